import { groupIds, groupLag, replayCommand, type SimState } from '../engine/index.ts';
import { SNAPSHOT_EVERY, type Timeline } from './timeline.ts';

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

/** Points for the absolute steps [from, to] (to ≤ the cursor), replayed from the snapshot at or before `from`. */
function replay(timeline: Timeline, from: number, to: number): LagPoint[] {
  const fromLocal = from - timeline.dropped;
  const toLocal = to - timeline.dropped;
  const snapshot = Math.floor(fromLocal / SNAPSHOT_EVERY);
  const saved = timeline.snapshots.at(snapshot);
  let state = saved ?? timeline.initial;
  let local = saved ? snapshot * SNAPSHOT_EVERY : 0;
  const points: LagPoint[] = [];
  for (;;) {
    // The cursor's own state is already known: no need to apply its command again.
    if (local === timeline.cursor) state = timeline.state;
    if (local >= fromLocal) points.push(lagPoint(timeline.dropped + local, state));
    if (local >= toLocal) return points;
    state = replayCommand(state, timeline.commands.at(local)!).state;
    local++;
  }
}

/**
 * The series after the timeline moved to `timeline`. `forkedAfter` (an absolute step) says the
 * history after that step was replaced (a command applied at the cursor): cached points beyond it
 * are dropped. A new timeline (a loaded scenario) starts from EMPTY_LAG_SERIES.
 */
export function followLag(series: LagSeries, timeline: Timeline, forkedAfter?: number): LagSeries {
  const lo = windowStart(timeline);
  const hi = absoluteCursor(timeline);
  let points = series.points;
  if (forkedAfter !== undefined && points.length > 0 && points.at(-1)!.step > forkedAfter) {
    points = points.slice(0, Math.max(0, forkedAfter - points[0]!.step + 1));
  }
  const first = points[0]?.step;
  const last = points.at(-1)?.step;
  if (first === undefined || last === undefined || first > hi + 1 || last < lo - 1) {
    // Nothing cached touches the window (or it predates the kept history): compute the window.
    points = replay(timeline, lo, hi);
  } else {
    if (first > lo) points = [...replay(timeline, lo, first - 1), ...points];
    if (last < hi) points = [...points, ...(last === hi - 1 ? [lagPoint(hi, timeline.state)] : replay(timeline, last + 1, hi))];
  }
  // Bounded: past 2 × LAG_WINDOW points, keep those from the window's start (any beyond the cursor
  // are ahead of a stepped-back cursor). Trimming only then keeps a step
  // forward at one copy of the (small) array.
  if (points.length > 2 * LAG_WINDOW) {
    const skip = Math.max(0, lo - points[0]!.step);
    points = points.slice(skip, skip + 2 * LAG_WINDOW);
  }
  return points === series.points ? series : { points };
}

/** The points the chart draws: the last LAG_WINDOW steps up to the cursor. */
export function lagWindow(series: LagSeries, timeline: Timeline): readonly LagPoint[] {
  const lo = windowStart(timeline);
  const hi = absoluteCursor(timeline);
  const first = series.points[0]?.step ?? 0;
  return series.points.slice(Math.max(0, lo - first), Math.max(0, hi - first + 1));
}
