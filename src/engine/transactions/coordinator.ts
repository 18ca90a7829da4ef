import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { Events } from '../handlers/context.ts';
import { coordinatorPartitionOf } from '../groups/coordinator.ts';
import { appendExisting } from '../log/partition-log.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import { isRunning, leaderAvailable } from '../replication/leader-and-isr.ts';
import { withPartition } from '../replication/partition-state.ts';
import { placeReplicas } from '../replication/placement.ts';
import { settleSkippedRounds } from '../replication/settle.ts';
import type { LogRecord, OffsetsPartition, SimState, TransactionMetadata, TransactionsState, TransactionStateName } from '../types.ts';
import { tpKey } from '../types.ts';
import type { WrittenMarker } from '../events.ts';
import { noteMarker } from './partition-txns.ts';
import { bumpsEpochPerTransaction } from '../versions/rules.ts';

// The transaction coordinator (TransactionCoordinator, TransactionStateManager, TransactionMetadata):
// the broker leading partition Utils.abs(transactionalId.hashCode()) % 50 of __transaction_state.
// EndTxn moves a transaction to PrepareCommit/PrepareAbort; the markers follow within
// transactionMarkerDelayMs (TransactionMarkerChannelManager), then Complete*.

export const TRANSACTION_STATE_TOPIC = '__transaction_state';

/** TransactionStateManager.partitionFor: Utils.abs(transactionalId.hashCode()) % transaction.state.log.num.partitions. */
export function transactionPartitionFor(transactionalId: string): number {
  return coordinatorPartitionOf(transactionalId, KAFKA_DEFAULTS.transactionStateTopicPartitions);
}

/**
 * Creates __transaction_state on the first FindCoordinator of type TRANSACTION, as the broker does:
 * 50 partitions, transaction.state.log.replication.factor = 3 capped at the live brokers (as a
 * development cluster configures it; Kafka itself refuses fewer). Undefined when no broker runs.
 */
export function ensureTransactionTopic(state: SimState): SimState | undefined {
  if (state.transactions) return state;
  const live = state.brokers.filter((b) => isRunning(state, b.id)).map((b) => b.id);
  if (live.length === 0) return undefined;
  const replicationFactor = Math.min(KAFKA_DEFAULTS.transactionStateTopicReplicationFactor, live.length);
  const placed = placeReplicas(live, KAFKA_DEFAULTS.transactionStateTopicPartitions, replicationFactor, state.rngState);
  const topic: OffsetsPartition[] = placed.assignments.map((replicas) => ({ replicas, leader: replicas[0]!, leaderEpoch: 0, isr: replicas }));
  return { ...state, rngState: placed.rngState, transactions: { topic, byId: {}, partitions: {} } };
}

/** The running broker coordinating `transactionalId`, or undefined (no __transaction_state yet, or its partition has no live leader). */
export function transactionCoordinator(state: SimState, transactionalId: string): number | undefined {
  const leader = state.transactions?.topic[transactionPartitionFor(transactionalId)]?.leader;
  return leader !== undefined && isRunning(state, leader) ? leader : undefined;
}

export function withTransactions(state: SimState, transactions: TransactionsState): SimState {
  return { ...state, transactions };
}

export function withMetadata(state: SimState, metadata: TransactionMetadata): SimState {
  const txns = state.transactions!;
  return withTransactions(state, { ...txns, byId: { ...txns.byId, [metadata.transactionalId]: metadata } });
}

/** A state transition of TransactionMetadata, narrated. */
export function transition(state: SimState, metadata: TransactionMetadata, to: TransactionStateName, events: Events, changes: Partial<TransactionMetadata> = {}, reason?: 'timeout' | 'fenced'): SimState {
  const next: TransactionMetadata = { ...metadata, ...changes, state: to };
  events.push({ type: 'transactionStateChanged', at: state.time, transactionalId: metadata.transactionalId, producerId: next.producerId, producerEpoch: next.producerEpoch, from: metadata.state, to, ...(reason ? { reason } : {}) });
  return withMetadata(state, next);
}

/**
 * EndTxn (or the coordinator's own abort): Ongoing -> PrepareCommit / PrepareAbort; the markers
 * follow. Under transaction version 2 a producer's EndTxn also bumps the epoch
 * (TransactionMetadata.prepareAbortOrCommit), so the markers carry the new one; an abort after an
 * epoch fence (timeout, new producer) has bumped it already and does not bump again.
 */
export function prepareEnd(state: SimState, metadata: TransactionMetadata, outcome: 'commit' | 'abort', events: Events, reason?: 'timeout' | 'fenced'): SimState {
  const to = outcome === 'commit' ? 'PrepareCommit' : 'PrepareAbort';
  const changes: Partial<TransactionMetadata> = { markersAt: state.time + KAFKA_DEFAULTS.transactionMarkerDelayMs };
  if (reason === undefined && bumpsEpochPerTransaction(state)) {
    changes.producerEpoch = metadata.producerEpoch + 1;
    events.push({ type: 'producerEpochBumped', at: state.time, producer: metadata.producer, transactionalId: metadata.transactionalId, producerId: metadata.producerId, from: metadata.producerEpoch, to: changes.producerEpoch, end: outcome });
  }
  return transition(state, metadata, to, events, changes, reason);
}

/** The partitions of the transaction the coordinator writes markers to: user topics (its own and __consumer_offsets' logs are not modelled). */
function markerPartitions(state: SimState, metadata: TransactionMetadata) {
  return metadata.partitions.filter((tp) => state.topics[tp.topic] !== undefined);
}

/** Markers can go once every partition of the transaction has a live leader (TransactionMarkerChannelManager retries until then). */
export function markersCanBeWritten(state: SimState, metadata: TransactionMetadata): boolean {
  return markerPartitions(state, metadata).every((tp) => leaderAvailable(state, tp.topic, tp.partition));
}

/** Appends one control record (a marker) to a partition's leader log; it takes an offset like any record. */
export function appendMarker(state: SimState, topicName: string, partition: number, metadata: Pick<TransactionMetadata, 'producer' | 'producerId'>, control: 'commit' | 'abort'): { state: SimState; offset: number } {
  const settled = state.topics[topicName]!.config.replicationFactor > 1 ? settleSkippedRounds(state, { topic: topicName, partition }) : state;
  const topic = settled.topics[topicName]!;
  const replication = topic.replication[partition]!;
  const log = topic.partitions[partition]!;
  const record: LogRecord = { offset: log.logEndOffset, value: '', timestamp: state.time, producer: metadata.producer, producerId: metadata.producerId, control };
  const alone = replication.isr.length === 1 && replication.isr[0] === replication.leader;
  const appended = appendExisting(log, topic.config, state.time, record, recordSizeInBytes(undefined, ''), alone);
  return { state: withPartition(settled, topicName, partition, appended.log, undefined), offset: record.offset };
}

/**
 * WriteTxnMarkers: a marker in every partition of the transaction, the group offsets it carried
 * committed (or dropped), then CompleteCommit / CompleteAbort.
 */
export function completeTransaction(state: SimState, transactionalId: string, events: Events): SimState {
  const metadata = state.transactions?.byId[transactionalId];
  if (!metadata || (metadata.state !== 'PrepareCommit' && metadata.state !== 'PrepareAbort')) return state;
  const control = metadata.state === 'PrepareCommit' ? 'commit' : 'abort';
  let next = state;
  const markers: WrittenMarker[] = [];
  for (const tp of markerPartitions(state, metadata)) {
    const written = appendMarker(next, tp.topic, tp.partition, metadata, control);
    next = written.state;
    markers.push({ topic: tp.topic, partition: tp.partition, offset: written.offset });
    const key = tpKey(tp.topic, tp.partition);
    const highWatermark = next.topics[tp.topic]!.partitions[tp.partition]!.highWatermark;
    next = withTransactions(next, noteMarker(next.transactions!, key, metadata.producerId, written.offset, control === 'abort', highWatermark));
  }
  events.push({ type: 'transactionMarkersWritten', at: state.time, transactionalId, producerId: metadata.producerId, producerEpoch: metadata.producerEpoch, control, markers });
  if (control === 'commit') next = commitPendingOffsets(next, metadata, events);
  const { markersAt: _m, ...rest } = metadata;
  void _m;
  const done: TransactionMetadata = { ...rest, partitions: [], pendingOffsets: [] };
  return transition(withMetadata(next, done), done, control === 'commit' ? 'CompleteCommit' : 'CompleteAbort', events);
}

/** TxnOffsetCommit's offsets become the groups' committed offsets with the commit marker. */
function commitPendingOffsets(state: SimState, metadata: TransactionMetadata, events: Events): SimState {
  let next = state;
  const groups = [...new Set(metadata.pendingOffsets.map((o) => o.group))];
  for (const id of groups) {
    const group = next.groups[id];
    if (!group) continue;
    const offsets = metadata.pendingOffsets.filter((o) => o.group === id).map(({ topic, partition, offset }) => ({ topic, partition, offset }));
    const committed = { ...group.committed };
    for (const o of offsets) committed[tpKey(o.topic, o.partition)] = o.offset;
    events.push({ type: 'transactionOffsetsCommitted', at: state.time, transactionalId: metadata.transactionalId, group: id, offsets });
    next = { ...next, groups: { ...next.groups, [id]: { ...group, committed } } };
  }
  return next;
}

/** The first moment on the cleanup grid (transaction.abort.timed.out.transaction.cleanup.interval.ms) at or after `t`. */
function cleanupGridAtOrAfter(t: number): number {
  const interval = KAFKA_DEFAULTS.transactionAbortTimedOutIntervalMs;
  return Math.ceil(t / interval) * interval;
}

/**
 * When the coordinator next has something to do: markers due (and writable), or a transaction
 * found timed out by the periodic check (TransactionStateManager.timedOutTransactions:
 * txnStartTimestamp + txnTimeoutMs < now). Producers waiting to end a transaction whose records are
 * all answered are due at once. Infinity when nothing is pending: idle time costs nothing.
 */
export function nextTransactionTimerAt(state: SimState): number {
  const txns = state.transactions;
  if (!txns) return Number.POSITIVE_INFINITY;
  let at = Number.POSITIVE_INFINITY;
  for (const metadata of Object.values(txns.byId)) {
    if (metadata.markersAt !== undefined && markersCanBeWritten(state, metadata)) at = Math.min(at, Math.max(state.time, metadata.markersAt));
    if (metadata.state === 'Ongoing') at = Math.min(at, Math.max(state.time, cleanupGridAtOrAfter(metadata.txnStartTimestamp + metadata.txnTimeoutMs + 1)));
  }
  for (const producer of Object.values(state.producers)) {
    if (producer.transactional?.pendingEnd !== undefined && producer.queued.length + producer.inFlight.length === 0) at = Math.min(at, state.time);
  }
  return at;
}
