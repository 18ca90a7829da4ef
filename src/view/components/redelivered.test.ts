import type { Command } from '../../engine/index.ts';
import { createSimStore } from '../../store/sim-store.ts';
import { offsetRanges, redeliveredTo } from './redelivered.ts';

describe('redelivered records, as a consumer shows them', () => {
  it('joins consecutive offsets into ranges', () => {
    expect(offsetRanges([4, 3, 7, 9, 8, 1])).toBe('1, 3–4, 7–9');
    expect(offsetRanges([])).toBe('');
  });

  it('names only the records the group had received before, for the consumer that polled', () => {
    const commands: Command[] = [
      { type: 'createTopic', topic: 't', partitions: 1 },
      { type: 'addProducer', producer: 'p' },
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'c' },
      { type: 'commit', consumer: 'c' },
      ...[0, 1, 2, 3].map((i): Command => ({ type: 'produce', producer: 'p', topic: 't', value: `${i}` })),
      { type: 'poll', consumer: 'c', maxRecords: 2 },
      { type: 'seekToBeginning', consumer: 'c' },
      { type: 'poll', consumer: 'c' },
    ];
    const store = createSimStore({ seed: 1, kafkaVersion: 'classic', commands });
    expect(redeliveredTo(store.getState().timeline.events, 'c')).toBe('t-0 0–1');
    expect(redeliveredTo(store.getState().timeline.events, 'other')).toBe('');
    store.getState().seek(commands.length - 2);
    expect(redeliveredTo(store.getState().timeline.events, 'c')).toBe('');
  });
});
