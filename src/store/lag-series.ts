import { groupIds, groupLag, replayCommand, type SimState } from '../engine/index.ts';
import { SNAPSHOT_EVERY, type Timeline } from './timeline.ts';
import { drain, never, type Work } from './work.ts';

// Each group's lag at every step (not only at snapshots), so lag swinging 8 → 0 → 8 draws a
// sawtooth. The store keeps the points of the last LAG_WINDOW steps up to the cursor and a few
// ahead of it (after a step back); nothing else. Memory is bounded by 2 × LAG_WINDOW points
// whatever the length of the run, and the common moves cost one groupLag per group:
// - one step forward (play, a dispatched command): one point from the new state;
// - a jump, a lesson step of several commands, a step back below the cached points: a replay
//   from the nearest snapshot, at most SNAPSHOT_EVERY - 1 + LAG_WINDOW commands.
// Steps are absolute (dropped + cursor), so a live run whose old history is forgotten keeps its
// numbering and its cached points.

/** How many steps of lag the chart draws (the newest up to the cursor). */
export const LAG_WINDOW = 120;

/** Each group's lag (kafka-consumer-groups' LAG summed over the group's partitions) after `step`. */
export interface LagPoint { readonly step: number; readonly time: number; readonly lag: Readonly<Record<string, number>> }

/** Points for consecutive steps: points[i].step === points[0].step + i. */
export interface LagSeries { readonly points: readonly LagPoint[] }

export const EMPTY_LAG_SERIES: LagSeries = { points: [] };

export function lagPoint(step: number, state: SimState): LagPoint {
  const lag: Record<string, number> = {};
  for (const group of groupIds(state)) lag[group] = groupLag(state, group);
  return { step, time: state.time, lag };
}

const absoluteCursor = (t: Timeline) => t.dropped + t.cursor;
const windowStart = (t: Timeline) => Math.max(t.dropped, absoluteCursor(t) - LAG_WINDOW + 1);

/** Where replaying [from, to] starts: the cursor's own point needs no replay, else the snapshot at or before `from`. */
function replayStart(timeline: Timeline, from: number, to: number): number | 'cursor' {
  if (from === to && to === absoluteCursor(timeline)) return 'cursor';
  const snapshot = Math.floor((from - timeline.dropped) / SNAPSHOT_EVERY);
  return timeline.snapshots.at(snapshot) ? snapshot * SNAPSHOT_EVERY : 0;
}

/** Points for the absolute steps [from, to] (to ≤ the cursor), replayed from the snapshot at or before `from`. */
function* replay(timeline: Timeline, from: number, to: number, stop: () => boolean): Work<LagPoint[]> {
  const start = replayStart(timeline, from, to);
  if (start === 'cursor') return [lagPoint(to, timeline.state)];
  const fromLocal = from - timeline.dropped;
  const toLocal = to - timeline.dropped;
  let state = timeline.snapshots.at(start / SNAPSHOT_EVERY) ?? timeline.initial;
  let local = start;
  let replayed = 0;
  const points: LagPoint[] = [];
  for (;;) {
    if (local === timeline.cursor) state = timeline.state;
    if (local >= fromLocal) points.push(lagPoint(timeline.dropped + local, state));
    if (local >= toLocal) break;
    // The cursor's own state is already known: its command (perhaps a heavy step) is not applied again.
    state = local + 1 === timeline.cursor ? timeline.state : replayCommand(state, timeline.commands.at(local)!).state;
    local++;
    replayed++;
    if (stop()) {
      yield replayed;
      replayed = 0;
    }
  }
  if (replayed > 0) yield replayed;
  return points;
}

/** What following the timeline needs: the cached points kept, and the absolute ranges to replay before and after them. */
function planLag(series: LagSeries, timeline: Timeline, forkedAfter: number | undefined) {
  const lo = windowStart(timeline);
  const hi = absoluteCursor(timeline);
  let points = series.points;
  if (forkedAfter !== undefined && points.length > 0 && points.at(-1)!.step > forkedAfter) {
    points = points.slice(0, Math.max(0, forkedAfter - points[0]!.step + 1));
  }
  const first = points[0]?.step;
  const last = points.at(-1)?.step;
  // Nothing cached touches the window (or it predates the kept history): compute the window.
  if (first === undefined || last === undefined || first > hi + 1 || last < lo - 1) return { lo, points: [], before: [lo, hi] as const, after: undefined };
  return { lo, points, before: first > lo ? [lo, first - 1] as const : undefined, after: last < hi ? [last + 1, hi] as const : undefined };
}

/** How many commands following the timeline replays (see followLagWork). */
export function lagCost(series: LagSeries, timeline: Timeline, forkedAfter?: number): number {
  const plan = planLag(series, timeline, forkedAfter);
  const cost = (range: readonly [number, number] | undefined) => {
    if (!range) return 0;
    const start = replayStart(timeline, range[0], range[1]);
    return start === 'cursor' ? 0 : range[1] - timeline.dropped - start;
  };
  return cost(plan.before) + cost(plan.after);
}

/**
 * The series after the timeline moved to `timeline`. `forkedAfter` (an absolute step) says the
 * history after that step was replaced (a command applied at the cursor): cached points beyond it
 * are dropped. A new timeline (a loaded scenario) starts from EMPTY_LAG_SERIES.
 */
export function* followLagWork(series: LagSeries, timeline: Timeline, forkedAfter?: number, stop: () => boolean = never): Work<LagSeries> {
  const plan = planLag(series, timeline, forkedAfter);
  let points = plan.points;
  if (plan.before) points = [...(yield* replay(timeline, plan.before[0], plan.before[1], stop)), ...points];
  if (plan.after) points = [...points, ...(yield* replay(timeline, plan.after[0], plan.after[1], stop))];
  // Bounded: past 2 × LAG_WINDOW points, keep those from the window's start (any beyond the cursor
  // are ahead of a stepped-back cursor). Trimming only then keeps a step
  // forward at one copy of the (small) array.
  if (points.length > 2 * LAG_WINDOW) {
    const skip = Math.max(0, plan.lo - points[0]!.step);
    points = points.slice(skip, skip + 2 * LAG_WINDOW);
  }
  return points === series.points ? series : { points };
}

export const followLag = (series: LagSeries, timeline: Timeline, forkedAfter?: number): LagSeries => drain(followLagWork(series, timeline, forkedAfter));

/** The points the chart draws: the last LAG_WINDOW steps up to the cursor. */
export function lagWindow(series: LagSeries, timeline: Timeline): readonly LagPoint[] {
  const lo = windowStart(timeline);
  const hi = absoluteCursor(timeline);
  const first = series.points[0]?.step ?? 0;
  return series.points.slice(Math.max(0, lo - first), Math.max(0, hi - first + 1));
}
