import { groupLag } from '../engine/index.ts';
import { seek, type Timeline } from './timeline.ts';

export interface LagPoint { step: number; time: number; lag: Record<string, number> }

/**
 * Each group's lag at up to `samples` steps spread over [0, cursor]. Every sample is a seek (a
 * snapshot plus a short replay), so the cost does not grow with the length of the timeline.
 */
export function lagHistory(timeline: Timeline, samples: number): LagPoint[] {
  const steps = new Set<number>();
  const count = Math.max(1, Math.min(samples, timeline.cursor));
  for (let i = 0; i <= count; i++) steps.add(Math.round((timeline.cursor * i) / count));
  return [...steps].sort((a, b) => a - b).map((step) => {
    const state = step === timeline.cursor ? timeline.state : seek(timeline, step).state;
    const lag: Record<string, number> = {};
    for (const group of Object.keys(state.groups)) lag[group] = groupLag(state, group);
    return { step, time: state.time, lag };
  });
}
