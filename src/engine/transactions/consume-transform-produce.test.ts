import { createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { committedOffset, transactionState } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';
import type { SimEvent } from '../events.ts';

// Exactly-once stream processing (KIP-98, KIP-447): read from `in`, write to `out` and commit the
// input offsets in one transaction (sendOffsetsToTransaction). The application crashes at each point
// of the loop; a new instance with the same transactional.id fences the old one and processes again.
// read_committed readers of `out` see every result once; read_uncommitted ones see aborted duplicates.

const setup: Command[] = [
  { type: 'createTopic', topic: 'in', partitions: 1 },
  { type: 'createTopic', topic: 'out', partitions: 2 },
  { type: 'addProducer', producer: 'src' },
  ...['i0', 'i1', 'i2'].map((value): Command => ({ type: 'produce', producer: 'src', topic: 'in', value, flush: true })),
  { type: 'addConsumer', consumer: 'app', group: 'g', topics: ['in'], autoOffsetReset: 'earliest', enableAutoCommit: false, isolationLevel: 'read_committed' },
  { type: 'addProducer', producer: 'app-tx-1', transactionalId: 'ctp' },
  { type: 'initTransactions', producer: 'app-tx-1' },
];

/** One turn of the loop, cut into its steps: poll, begin, the three sends, the offsets, the commit, and time for the markers. */
function loop(producer: string): Command[] {
  return [
    { type: 'poll', consumer: 'app' },
    { type: 'beginTransaction', producer },
    ...['i0', 'i1', 'i2'].map((value, i): Command => ({ type: 'produce', producer, topic: 'out', value: `o-${value}`, partition: i % 2 })),
    { type: 'sendOffsetsToTransaction', producer, group: 'g', offsets: [{ topic: 'in', partition: 0, offset: 3 }] },
    { type: 'commitTransaction', producer },
    { type: 'advanceTime', ms: 1000 },
  ];
}

/** The crash: the consumer process and its producer die; a new instance starts with the same transactional.id and consumer name. */
const recover: Command[] = [
  { type: 'crashConsumer', consumer: 'app' },
  { type: 'addProducer', producer: 'app-tx-2', transactionalId: 'ctp' },
  { type: 'initTransactions', producer: 'app-tx-2' },
  { type: 'restartConsumer', consumer: 'app' },
];

const readers: Command[] = [
  { type: 'addConsumer', consumer: 'rc', group: 'rc', topics: ['out'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' },
  { type: 'addConsumer', consumer: 'ru', group: 'ru', topics: ['out'], autoOffsetReset: 'earliest' },
  { type: 'poll', consumer: 'rc' },
  { type: 'poll', consumer: 'ru' },
];

const read = (events: readonly SimEvent[], consumer: string) => eventsOf(events, 'recordsFetched').filter((e) => e.consumer === consumer).flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.value))).sort();

// Crash points, by how many steps of the first loop ran: 1 = polled only; 2 = began; 5 = sent;
// 6 = offsets added; 7 = commitTransaction returned (PrepareCommit, markers not yet written); 8 = done.
const POINTS = [
  { steps: 1, name: 'after the poll, before the transaction', reprocessed: true, duplicates: false },
  { steps: 3, name: 'after one send', reprocessed: true, duplicates: true },
  { steps: 5, name: 'after all sends, before sendOffsetsToTransaction', reprocessed: true, duplicates: true },
  { steps: 6, name: 'after sendOffsetsToTransaction, before commitTransaction', reprocessed: true, duplicates: true },
  { steps: 7, name: 'after commitTransaction, before the markers (PrepareCommit)', reprocessed: false, duplicates: false },
  { steps: 8, name: 'after the markers (CompleteCommit)', reprocessed: false, duplicates: false },
];

describe('consume-transform-produce with a crash at each point (TransactionManager.sendOffsetsToTransaction, KIP-447)', () => {
  it.each(POINTS)('crash $name: read_committed sees each result once', ({ steps, reprocessed, duplicates }) => {
    const first = loop('app-tx-1').slice(0, steps);
    const crashed = run([...setup, ...first, ...recover], createSimulation({ seed: 3 }));
    // The new instance restarts from the committed offset: the input again, or nothing left.
    expect(committedOffset(crashed.state, 'g', 'in', 0)).toBe(reprocessed ? undefined : 3);
    const second = reprocessed ? loop('app-tx-2') : [{ type: 'poll', consumer: 'app' } as Command];
    const { state, events } = run([...second, { type: 'advanceTime', ms: 1000 }, ...readers], crashed.state);
    expect(committedOffset(state, 'g', 'in', 0)).toBe(3);
    expect(read(events, 'rc')).toEqual(['o-i0', 'o-i1', 'o-i2']);
    const uncommitted = read(events, 'ru');
    if (duplicates) expect(uncommitted.length).toBeGreaterThan(3);
    else expect(uncommitted).toEqual(['o-i0', 'o-i1', 'o-i2']);
    // The new instance's epoch fenced the old one (one more bump when it had to abort an open
    // transaction), and transaction version 2 (the newest profile, KIP-890) bumped it at the one commit.
    expect(transactionState(state, 'ctp')).toEqual(expect.objectContaining({ state: reprocessed ? 'CompleteCommit' : 'Empty', producerEpoch: (steps >= 3 && steps <= 6 ? 2 : 1) + 1 }));
  });

  it('without a transaction (at-least-once: produce, then commit the offsets), a crash before the commit duplicates for every reader', () => {
    const plain: Command[] = [
      { type: 'createTopic', topic: 'in', partitions: 1 }, { type: 'createTopic', topic: 'out', partitions: 2 }, { type: 'addProducer', producer: 'src' },
      { type: 'produce', producer: 'src', topic: 'in', value: 'i0', flush: true },
      { type: 'addConsumer', consumer: 'app', group: 'g', topics: ['in'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'addProducer', producer: 'out-p' },
      { type: 'poll', consumer: 'app' }, { type: 'produce', producer: 'out-p', topic: 'out', value: 'o-i0', partition: 0, flush: true },
      { type: 'crashConsumer', consumer: 'app' }, { type: 'restartConsumer', consumer: 'app' },
      { type: 'poll', consumer: 'app' }, { type: 'produce', producer: 'out-p', topic: 'out', value: 'o-i0', partition: 0, flush: true }, { type: 'commit', consumer: 'app' },
      ...readers,
    ];
    const { events } = run(plain, createSimulation({ seed: 3 }));
    expect(read(events, 'rc')).toEqual(['o-i0', 'o-i0']);
  });
});
