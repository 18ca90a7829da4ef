import { groupLag, type Command } from '../engine/index.ts';
import { lagHistory } from './selectors.ts';
import { appendAll, createTimeline, seek, SNAPSHOT_EVERY } from './timeline.ts';

describe('lagHistory', () => {
  const commands: Command[] = [
    { type: 'createTopic', topic: 't', partitions: 2 },
    { type: 'addProducer', producer: 'p' },
    { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'], autoOffsetReset: 'earliest', enableAutoCommit: false },
    { type: 'poll', consumer: 'c' },
    { type: 'commit', consumer: 'c' },
    ...Array.from({ length: 300 }, (_, i): Command => ({ type: 'produce', producer: 'p', topic: 't', value: `${i}` })),
  ];
  const { timeline } = appendAll(createTimeline({ seed: 1 }), commands);

  it('gives the true lag at each sampled step, ending at the cursor', () => {
    const points = lagHistory(timeline, 10);
    expect(points.at(-1)!.step).toBe(timeline.cursor);
    expect(points.at(-1)!.lag['g']).toBe(300);
    for (const p of points) expect(p.lag['g'] ?? 0).toBe(groupLag(seek(timeline, p.step).state, 'g'));
    expect(points.length).toBeLessThanOrEqual(11);
    expect(points.every((p, i) => i === 0 || p.step > points[i - 1]!.step)).toBe(true);
  });

  it('only shows the past when the cursor is stepped back', () => {
    const back = seek(timeline, SNAPSHOT_EVERY + 5);
    const points = lagHistory(back, 10);
    expect(Math.max(...points.map((p) => p.step))).toBe(SNAPSHOT_EVERY + 5);
  });
});
