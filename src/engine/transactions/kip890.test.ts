import { createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { SimEvent } from '../events.ts';
import { lastStableOffset, recordTransactionState, records, transactionState } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';
import { partitionState } from '../replication/queries.ts';
import type { ProfileName } from '../versions/profiles.ts';
import type { SimState } from '../types.ts';

// KIP-890 (Transactions Server-Side Defense) by version profile, as Kafka answers:
// part 1 (3.6+, transaction.partition.verification.enable): the leader verifies a transactional
// write's partition with the coordinator (TransactionCoordinator.handleVerifyPartitionsInTransaction);
// part 2 (4.0+, transaction.version=2): EndTxn bumps the epoch (TransactionMetadata.prepareAbortOrCommit),
// the markers carry it and the producer learns it from the EndTxn response (KAFKA-14562), so a late
// write of the ended transaction is fenced (AddPartitionsToTxnManager: PRODUCER_FENCED -> INVALID_PRODUCER_EPOCH).

const start = (kafkaVersion: ProfileName) => createSimulation({ seed: 7, kafkaVersion });
const produce = (value: string, partition = 0): Command => ({ type: 'produce', producer: 'tp', topic: 'orders', value, partition, flush: true });
const late = (value: string, partition = 0): Command => ({ type: 'lateProduce', producer: 'tp', topic: 'orders', partition, value });
const begin: Command = { type: 'beginTransaction', producer: 'tp' };
const commit: Command[] = [{ type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 }];
const setup: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'plain' },
  { type: 'addProducer', producer: 'tp', transactionalId: 'tx-1' },
  { type: 'initTransactions', producer: 'tp' },
];
const readCommitted: Command = { type: 'addConsumer', consumer: 'rc', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' };
const polls: Command[] = Array.from({ length: 3 }, (): Command => ({ type: 'poll', consumer: 'rc' }));
const values = (state: SimState, partition = 0) => records(state, 'orders', partition).map((r) => (r.control ? `[${r.control}]` : r.value));
const fetched = (events: readonly SimEvent[]) => eventsOf(events, 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.value)));
/** Transaction 1 ('a' in partition 0) committed, transaction 2 open with 'b' in partition 0. */
const secondOpen: Command[] = [...setup, begin, produce('a'), ...commit, begin, produce('b')];

describe('TransactionMetadata.prepareAbortOrCommit: transaction version 2 bumps the epoch at every EndTxn (4.0+)', () => {
  it('4.1: after two committed transactions the epoch is the initial one + 2, and each transaction\'s markers carry its bumped epoch', () => {
    const { state, events } = run([...setup, begin, produce('a'), ...commit, begin, produce('b', 1), ...commit], start('4.1'));
    expect(transactionState(state, 'tx-1')).toEqual(expect.objectContaining({ state: 'CompleteCommit', producerEpoch: 2 }));
    expect(eventsOf(events, 'producerEpochBumped').map((e) => [e.from, e.to, e.end])).toEqual([[0, 1, 'commit'], [1, 2, 'commit']]);
    expect(eventsOf(events, 'transactionMarkersWritten').map((e) => e.producerEpoch)).toEqual([1, 2]);
    // The producer took the epoch from the EndTxn response: it is not fenced, and it sends on.
    expect(state.producers['tp']!.transactional).toEqual(expect.objectContaining({ status: 'ready', producerEpoch: 2, lastEndedEpoch: 1 }));
    const third = run([begin, produce('c'), ...commit], state);
    expect(eventsOf(third.events, 'producerFenced')).toEqual([]);
    expect(values(third.state)).toEqual(['a', '[commit]', 'c', '[commit]']);
  });

  it('an abort bumps it too; an abort after an epoch fence (a new producer) does not bump twice', () => {
    const aborted = run([...setup, begin, produce('a'), { type: 'abortTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 }], start('4.0'));
    expect(transactionState(aborted.state, 'tx-1')).toEqual(expect.objectContaining({ state: 'CompleteAbort', producerEpoch: 1 }));
    const fenced = run([begin, produce('b'), { type: 'addProducer', producer: 'tp2', transactionalId: 'tx-1' }, { type: 'initTransactions', producer: 'tp2' }], aborted.state);
    // prepareFenceProducerEpoch (1 -> 2) and the abort without a second bump, then InitProducerId (2 -> 3).
    expect(eventsOf(fenced.events, 'producerEpochBumped')).toEqual([]);
    expect(transactionState(fenced.state, 'tx-1')?.producerEpoch).toBe(3);
  });

  it('3.9 and classic (transaction version 0): the epoch stays as InitProducerId gave it', () => {
    for (const version of ['3.9', 'classic'] as const) {
      const { state, events } = run([...setup, begin, produce('a'), ...commit, begin, produce('b'), ...commit], start(version));
      expect(transactionState(state, 'tx-1')?.producerEpoch).toBe(0);
      expect(eventsOf(events, 'producerEpochBumped')).toEqual([]);
      expect(eventsOf(events, 'transactionMarkersWritten').map((e) => e.producerEpoch)).toEqual([0, 0]);
    }
  });
});

describe('a late write of transaction 1 delivered during transaction 2 (KIP-890)', () => {
  it('4.1: fenced with INVALID_PRODUCER_EPOCH; it never joins transaction 2, and read_committed never sees it', () => {
    const { state, events } = run([...secondOpen, late('late-a'), late('late-b', 1), ...commit, readCommitted, ...polls], start('4.1'));
    expect(eventsOf(events, 'lateWriteArrived').map((e) => [e.outcome, e.error, e.producerEpoch])).toEqual([['refused', 'INVALID_PRODUCER_EPOCH', 0], ['refused', 'INVALID_PRODUCER_EPOCH', 0]]);
    expect(values(state, 0)).toEqual(['a', '[commit]', 'b', '[commit]']);
    expect(values(state, 1)).toEqual([]);
    expect(fetched(events)).toEqual(['a', 'b']);
  });

  it('3.9: verification refuses it for a partition not in transaction 2 (INVALID_TXN_STATE); one transaction 2 holds takes it in', () => {
    const { state, events } = run([...secondOpen, late('late-1', 1), late('late-0', 0), ...commit, readCommitted, ...polls], start('3.9'));
    expect(eventsOf(events, 'lateWriteArrived').map((e) => [e.outcome, e.error])).toEqual([['refused', 'INVALID_TXN_STATE'], ['joined', undefined]]);
    expect(values(state, 1)).toEqual([]);
    // The same epoch cannot tell it from transaction 2's own record: it commits with it (what TV2 fixes).
    expect(values(state, 0)).toEqual(['a', '[commit]', 'b', 'late-0', '[commit]']);
    expect(fetched(events)).toEqual(['a', 'b', 'late-0']);
  });

  it('3.9: between transactions verification refuses it, so nothing hangs', () => {
    const { state, events } = run([...setup, begin, produce('a'), ...commit, late('late')], start('3.9'));
    expect(eventsOf(events, 'lateWriteArrived')[0]).toEqual(expect.objectContaining({ outcome: 'refused', error: 'INVALID_TXN_STATE' }));
    expect(lastStableOffset(state, 'orders', 0)).toBe(2);
  });

  it('2.8 (no verification): appended, it opens a transaction the coordinator does not know, which holds the LSO until an admin aborts it', () => {
    const hung = run([...setup, begin, produce('a'), ...commit, late('late'), { type: 'produce', producer: 'plain', topic: 'orders', value: 'x', partition: 0 }, readCommitted, ...polls], start('2.8'));
    expect(eventsOf(hung.events, 'lateWriteArrived')[0]).toEqual(expect.objectContaining({ outcome: 'hanging', offset: 2 }));
    expect(values(hung.state)).toEqual(['a', '[commit]', 'late', 'x']);
    expect(recordTransactionState(hung.state, 'orders', 0, 2)).toBe('open');
    expect(lastStableOffset(hung.state, 'orders', 0)).toBe(2);
    expect(fetched(hung.events)).toEqual(['a']);
    // transaction.timeout.ms does not help: the coordinator has no such transaction to time out.
    const later = run([{ type: 'advanceTime', ms: 80_000 }, ...polls], hung.state);
    expect(transactionState(later.state, 'tx-1')?.state).toBe('CompleteCommit');
    expect(lastStableOffset(later.state, 'orders', 0)).toBe(2);
    expect(fetched(later.events)).toEqual([]);
    // kafka-transactions.sh abort --topic orders --partition 0 --start-offset 2 (Admin.abortTransaction).
    const cured = run([{ type: 'adminAbortTransaction', topic: 'orders', partition: 0, startOffset: 2 }, ...polls], later.state);
    expect(eventsOf(cured.events, 'hangingTransactionAborted')[0]).toEqual(expect.objectContaining({ startOffset: 2, markerOffset: 4 }));
    expect(values(cured.state)).toEqual(['a', '[commit]', 'late', 'x', '[abort]']);
    expect(lastStableOffset(cured.state, 'orders', 0)).toBe(5);
    expect(fetched(cured.events)).toEqual(['x']);
  });

  it('2.8 with three replicas: the hanging transaction holds the LSO after the high watermark passed it', () => {
    const replicated: Command[] = [{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3 },
      { type: 'addProducer', producer: 'tp', transactionalId: 'tx-1' }, { type: 'initTransactions', producer: 'tp' }];
    // The commit waits for acks=all (about 1 s), then the markers: the late write comes after them.
    const { state, events } = run([...replicated, begin, produce('a'), ...commit, { type: 'advanceTime', ms: 2000 }, late('late'), { type: 'advanceTime', ms: 5000 }], start('2.8'));
    expect(eventsOf(events, 'lateWriteArrived')[0]).toEqual(expect.objectContaining({ outcome: 'hanging', offset: 2 }));
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(3);
    expect(lastStableOffset(state, 'orders', 0)).toBe(2);
  });

  it('2.8: during transaction 2 it joins the transaction that partition holds, as with 3.9', () => {
    const { state, events } = run([...secondOpen, late('late'), ...commit], start('2.8'));
    expect(eventsOf(events, 'lateWriteArrived')[0]).toEqual(expect.objectContaining({ outcome: 'joined' }));
    expect(values(state)).toEqual(['a', '[commit]', 'b', 'late', '[commit]']);
  });

  it('an admin abort needs an open transaction at the start offset (NO_OPEN_TRANSACTION)', () => {
    const { state } = run([...setup, begin, produce('a'), ...commit], start('2.8'));
    expect(() => run([{ type: 'adminAbortTransaction', topic: 'orders', partition: 0, startOffset: 0 }], state)).toThrow('Could not find any open transactions starting at offset 0 on partition orders-0');
  });
});
