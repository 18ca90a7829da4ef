import { groupLag, type SimState } from '../engine/index.ts';
import { SNAPSHOT_EVERY, type Timeline } from './timeline.ts';

export interface LagPoint { step: number; time: number; lag: Record<string, number> }

function point(step: number, state: SimState): LagPoint {
  const lag: Record<string, number> = {};
  for (const group of Object.keys(state.groups)) lag[group] = groupLag(state, group);
  return { step, time: state.time, lag };
}

/**
 * Each group's lag over the timeline up to the cursor, read from the snapshots the timeline
 * already keeps (every SNAPSHOT_EVERY steps) plus the current state: no replay, so a chart can
 * redraw on every step of a long run at top speed.
 */
export function lagHistory(timeline: Timeline, samples: number): LagPoint[] {
  const lastSnapshot = Math.min(Math.floor(timeline.cursor / SNAPSHOT_EVERY), timeline.snapshots.length - 1);
  const count = Math.max(1, Math.min(samples - 1, lastSnapshot));
  const indices = new Set<number>();
  for (let i = 0; i <= count; i++) indices.add(Math.round((lastSnapshot * i) / count));
  const points = [...indices].sort((a, b) => a - b).map((i) => point(i * SNAPSHOT_EVERY, timeline.snapshots.at(i)!));
  if (points.at(-1)?.step !== timeline.cursor) points.push(point(timeline.cursor, timeline.state));
  return points;
}
