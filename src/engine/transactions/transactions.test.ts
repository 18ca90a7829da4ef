import { applyCommand } from '../apply.ts';
import type { Command } from '../commands.ts';
import { javaStringHash } from '../groups/assignors/java-hash.ts';
import { lastStableOffset, records, transactionState } from '../queries.ts';
import { partitionState } from '../replication/queries.ts';
import { topicNames } from '../shape-queries.ts';
import { eventsOf, run } from '../test-support/run.ts';
import { createSimulation } from '../apply.ts';
import type { SimEvent } from '../events.ts';
import type { SimState } from '../types.ts';

// Transactions as Kafka runs them: TransactionCoordinator / TransactionStateManager /
// TransactionMetadata on the broker, TransactionManager in the producer, ProducerStateManager and
// the last stable offset in the log, read_committed in the consumer (AbortedTxn).

const start = () => createSimulation({ seed: 7 });
const produce = (producer: string, value: string, partition = 0, topic = 'orders'): Command => ({ type: 'produce', producer, topic, value, partition, flush: true });
const advance = (ms: number): Command => ({ type: 'advanceTime', ms });
const txnProducer = (producer = 'tp', transactionalId = 'tx-1', more: Partial<Extract<Command, { type: 'addProducer' }>> = {}): Command[] => [
  { type: 'addProducer', producer, transactionalId, ...more },
  { type: 'initTransactions', producer },
];
const base: Command[] = [{ type: 'createTopic', topic: 'orders', partitions: 2 }, { type: 'addProducer', producer: 'plain' }];
const values = (state: SimState, partition = 0, topic = 'orders') => records(state, topic, partition).map((r) => (r.control ? `[${r.control}]` : r.value));
const fetched = (events: readonly SimEvent[], consumer: string) => eventsOf(events, 'recordsFetched').filter((e) => e.consumer === consumer).flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.value)));

function runFrom(state: SimState, commands: readonly Command[]) {
  return run(commands, state);
}

describe('TransactionStateManager.partitionFor: the coordinator leads __transaction_state partition abs(hashCode) % 50', () => {
  it('creates __transaction_state at the first initTransactions with min(3, brokers) replicas, not listed as a user topic', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }, ...base, ...txnProducer()], start());
    const partition = Math.abs(javaStringHash('tx-1')) % 50;
    const info = partitionState(state, '__transaction_state', partition)!;
    expect(info.replicas).toHaveLength(2);
    expect(transactionState(state, 'tx-1')).toEqual({ state: 'Empty', producerId: expect.any(Number), producerEpoch: 0, partitions: [], coordinator: info.leader, transactionTimeoutMs: 60_000, stateLogPartition: partition });
    expect(topicNames(state)).toEqual(['orders']);
    expect(partitionState(state, '__transaction_state', 50)).toBeUndefined();
  });

  it('refuses transactional calls on a producer without transactional.id, and sends before initTransactions or beginTransaction', () => {
    const { state } = run([...base, { type: 'addProducer', producer: 'tp', transactionalId: 'tx-1' }], start());
    expect(applyCommand(state, { type: 'initTransactions', producer: 'plain' }).error?.code).toBe('NOT_TRANSACTIONAL');
    expect(applyCommand(state, produce('tp', 'a')).error?.code).toBe('TRANSACTIONS_NOT_INITIALIZED');
    const ready = runFrom(state, [{ type: 'initTransactions', producer: 'tp' }]).state;
    expect(applyCommand(ready, produce('tp', 'a')).error).toEqual(expect.objectContaining({ code: 'TRANSACTION_NOT_IN_PROGRESS', message: 'Cannot add partition orders-0 to transaction while in state  READY' }));
    expect(applyCommand(ready, { type: 'commitTransaction', producer: 'tp' }).error?.code).toBe('INVALID_TXN_TRANSITION');
    expect(applyCommand(ready, { type: 'initTransactions', producer: 'tp' }).error?.code).toBe('INVALID_TXN_TRANSITION');
    expect(applyCommand(state, { type: 'addProducer', producer: 'x', transactionalId: 'tx-2', enableIdempotence: false }).error?.code).toBe('CONFIG_EXCEPTION');
  });

  it('ProducerConfig: transactional.id turns idempotence on, and acks=all where acks defaults to 1 (Kafka 2.3)', () => {
    const { state } = run([{ type: 'addProducer', producer: 'tp', transactionalId: 'tx-1' }], createSimulation({ seed: 1, kafkaVersion: '2.3' }));
    expect(state.producers['tp']).toEqual(expect.objectContaining({ acks: 'all', enableIdempotence: true }));
    expect(applyCommand(state, { type: 'addProducer', producer: 'one', transactionalId: 'tx-2', acks: 1 }).error?.code).toBe('CONFIG_EXCEPTION');
  });
});

describe('WriteTxnMarkers: control markers take offsets', () => {
  it('commit: PrepareCommit at once, a commit marker in every partition within one second, then CompleteCommit', () => {
    const open = run([...base, ...txnProducer(), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a', 0), produce('tp', 'b', 1), produce('tp', 'c', 0)], start()).state;
    expect(transactionState(open, 'tx-1')).toEqual(expect.objectContaining({ state: 'Ongoing', partitions: [{ topic: 'orders', partition: 0 }, { topic: 'orders', partition: 1 }] }));
    const committing = runFrom(open, [{ type: 'commitTransaction', producer: 'tp' }]);
    expect(transactionState(committing.state, 'tx-1')?.state).toBe('PrepareCommit');
    const done = runFrom(committing.state, [advance(1000), produce('plain', 'after', 0)]);
    expect(values(done.state, 0)).toEqual(['a', 'c', '[commit]', 'after']);
    expect(values(done.state, 1)).toEqual(['b', '[commit]']);
    expect(records(done.state, 'orders', 0)[2]).toEqual(expect.objectContaining({ offset: 2, control: 'commit' }));
    const marked = eventsOf(done.events, 'transactionMarkersWritten')[0]!;
    expect(marked.markers).toEqual([{ topic: 'orders', partition: 0, offset: 2 }, { topic: 'orders', partition: 1, offset: 1 }]);
    expect(marked.at - committing.events[0]!.at).toBeLessThanOrEqual(1000);
    expect(transactionState(done.state, 'tx-1')).toEqual(expect.objectContaining({ state: 'CompleteCommit', partitions: [] }));
  });

  it('abort: an abort marker, and a read_uncommitted consumer still sees the aborted records but never a marker', () => {
    const { state, events } = run([...base, ...txnProducer(), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'), { type: 'abortTransaction', producer: 'tp' }, advance(1000),
      { type: 'addConsumer', consumer: 'ru', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'ru' }], start());
    expect(values(state, 0)).toEqual(['a', '[abort]']);
    expect(fetched(events, 'ru')).toEqual(['a']);
    expect(state.consumers['ru']!.positions['orders:0']).toBe(2);
  });
});

describe('UnifiedLog.lastStableOffset with an open transaction', () => {
  it('is the first offset of the oldest open transaction, else the high watermark', () => {
    const open = run([...base, ...txnProducer(), produce('plain', 'x'), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'), produce('tp', 'b'), produce('plain', 'y')], start()).state;
    expect(partitionState(open, 'orders', 0)!.highWatermark).toBe(4);
    expect(lastStableOffset(open, 'orders', 0)).toBe(1);
    expect(lastStableOffset(open, 'orders', 1)).toBe(0);
    // PrepareCommit: the markers are not written yet, so the transaction still holds the LSO.
    const preparing = runFrom(open, [{ type: 'commitTransaction', producer: 'tp' }]).state;
    expect(lastStableOffset(preparing, 'orders', 0)).toBe(1);
    const done = runFrom(preparing, [advance(1000)]).state;
    expect(lastStableOffset(done, 'orders', 0)).toBe(5);
    expect(lastStableOffset(done, 'nope', 0)).toBeUndefined();
  });

  it('with replication: a marker not yet below the high watermark still holds the LSO (unreplicated transactions)', () => {
    const cluster: Command[] = [{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3 }, ...txnProducer()];
    const { state } = run([...cluster, { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'), { type: 'commitTransaction', producer: 'tp' }, advance(1100)], start());
    // The commit waits for the record's acks=all answer (the high watermark passes it at 1 s), then
    // the marker follows at 1.1 s: written, but not yet copied, so the transaction still holds the LSO.
    expect(values(state, 0)).toEqual(['a', '[commit]']);
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(1);
    expect(lastStableOffset(state, 'orders', 0)).toBe(0);
    const later = runFrom(state, [advance(2000)]).state;
    expect(values(later, 0)).toEqual(['a', '[commit]']);
    expect(lastStableOffset(later, 'orders', 0)).toBe(2);
  });
});

describe('read_committed (isolation.level): stops at the LSO and skips aborted records (AbortedTxn)', () => {
  it('reads only below the LSO while a transaction is open, then skips the aborted records and the markers', () => {
    const rc: Command = { type: 'addConsumer', consumer: 'rc', group: 'g1', topics: ['orders'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' };
    const ru: Command = { type: 'addConsumer', consumer: 'ru', group: 'g2', topics: ['orders'], autoOffsetReset: 'earliest' };
    const open = run([...base, ...txnProducer(), rc, ru, produce('plain', 'x'), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'), produce('plain', 'y'),
      { type: 'poll', consumer: 'rc' }, { type: 'poll', consumer: 'ru' }], start());
    expect(fetched(open.events, 'rc')).toEqual(['x']);
    expect(open.state.consumers['rc']!.positions['orders:0']).toBe(1);
    expect(fetched(open.events, 'ru')).toEqual(['x', 'a', 'y']);
    const aborted = runFrom(open.state, [{ type: 'abortTransaction', producer: 'tp' }, advance(1000), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'b'), { type: 'commitTransaction', producer: 'tp' }, advance(1000), { type: 'poll', consumer: 'rc' }]);
    expect(values(aborted.state, 0)).toEqual(['x', 'a', 'y', '[abort]', 'b', '[commit]']);
    expect(fetched(aborted.events, 'rc')).toEqual(['y', 'b']);
    expect(aborted.state.consumers['rc']!.positions['orders:0']).toBe(6);
  });

  it('auto.offset.reset=latest is the LSO for read_committed (ListOffsets)', () => {
    const { state } = run([...base, ...txnProducer(), produce('plain', 'x'), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'),
      { type: 'addConsumer', consumer: 'rc', group: 'g1', topics: ['orders'], isolationLevel: 'read_committed' }, { type: 'poll', consumer: 'rc' }], start());
    expect(state.consumers['rc']!.positions['orders:0']).toBe(1);
  });
});

describe('transaction.timeout.ms: the coordinator aborts a stalled transaction', () => {
  it('aborts on the cleanup grid (10 s) once txnStartTimestamp + timeout has passed, bumping the epoch', () => {
    const { state, events } = run([...base, ...txnProducer('tp', 'tx-1', { transactionTimeoutMs: 10_000 }), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'), advance(19_999)], start());
    expect(transactionState(state, 'tx-1')?.state).toBe('Ongoing');
    const later = runFrom(state, [advance(1000)]);
    const change = eventsOf(later.events, 'transactionStateChanged');
    expect(change.map((e) => [e.from, e.to, e.reason])).toEqual([['Ongoing', 'PrepareEpochFence', 'timeout'], ['PrepareEpochFence', 'PrepareAbort', 'timeout'], ['PrepareAbort', 'CompleteAbort', undefined]]);
    expect(change[0]!.at).toBe(20_000);
    expect(transactionState(later.state, 'tx-1')).toEqual(expect.objectContaining({ state: 'CompleteAbort', producerEpoch: 1 }));
    expect(values(later.state, 0)).toEqual(['a', '[abort]']);
    // The producer's epoch is now stale: its commit is answered PRODUCER_FENCED.
    const commit = runFrom(later.state, [{ type: 'commitTransaction', producer: 'tp' }]);
    expect(eventsOf(commit.events, 'producerFenced')[0]).toEqual(expect.objectContaining({ error: 'PRODUCER_FENCED', operation: 'commitTransaction' }));
    void events;
  });

  it('defaults to 60 s, and idle time without transactions jumps to the next timer', () => {
    const { state } = run([...base, ...txnProducer(), { type: 'beginTransaction', producer: 'tp' }, produce('tp', 'a'), advance(60_000)], start());
    expect(transactionState(state, 'tx-1')?.state).toBe('Ongoing');
    const aborted = runFrom(state, [advance(10_100)]).state;
    expect(transactionState(aborted, 'tx-1')?.state).toBe('CompleteAbort');
    const year = runFrom(aborted, [advance(365 * 24 * 3600 * 1000)]);
    expect(eventsOf(year.events, 'transactionStateChanged')).toEqual([]);
  });
});

describe('ProducerFencedException: a new initTransactions with the same transactional.id fences the zombie', () => {
  const zombie = (): { state: SimState; events: SimEvent[] } => run([...base, ...txnProducer('old'), { type: 'beginTransaction', producer: 'old' }, produce('old', 'z1'),
    ...txnProducer('new')], start());

  it('aborts the zombie\'s open transaction and gives the new producer a higher epoch', () => {
    const { state, events } = zombie();
    expect(values(state, 0)).toEqual(['z1', '[abort]']);
    expect(eventsOf(events, 'transactionStateChanged').filter((e) => e.reason === 'fenced').map((e) => e.to)).toEqual(['PrepareEpochFence', 'PrepareAbort']);
    expect(transactionState(state, 'tx-1')).toEqual(expect.objectContaining({ state: 'Empty', producerEpoch: 2 }));
    expect(state.producers['new']!.producerId).toBe(state.producers['old']!.producerId);
  });

  it('the zombie\'s sends get INVALID_PRODUCER_EPOCH and write nothing; its commit gets PRODUCER_FENCED', () => {
    const { state } = zombie();
    const send = runFrom(state, [produce('old', 'z2')]);
    expect(eventsOf(send.events, 'produceFailed')[0]).toEqual(expect.objectContaining({ error: 'INVALID_PRODUCER_EPOCH' }));
    expect(eventsOf(send.events, 'producerFenced')[0]).toEqual(expect.objectContaining({ error: 'INVALID_PRODUCER_EPOCH', producerEpoch: 0, currentEpoch: 2 }));
    expect(values(send.state, 0)).toEqual(['z1', '[abort]']);
    const commit = runFrom(send.state, [{ type: 'commitTransaction', producer: 'old' }]);
    expect(eventsOf(commit.events, 'producerFenced')[0]).toEqual(expect.objectContaining({ error: 'PRODUCER_FENCED', operation: 'commitTransaction' }));
    expect(applyCommand(commit.state, { type: 'beginTransaction', producer: 'old' }).error?.code).toBe('PRODUCER_FENCED');
    // The new producer works on: its records are read, the zombie's never.
    const fresh = runFrom(commit.state, [{ type: 'beginTransaction', producer: 'new' }, produce('new', 'n1'), { type: 'commitTransaction', producer: 'new' }, advance(1000),
      { type: 'addConsumer', consumer: 'rc', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' }, { type: 'poll', consumer: 'rc' }]);
    expect(fetched(fresh.events, 'rc')).toEqual(['n1']);
  });
});
