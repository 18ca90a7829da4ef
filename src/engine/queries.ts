import { allRecords, recordCountBetween, recordsBetween, segmentEndOffset, segmentsOf } from './log/partition-log.ts';
import { isCompacted, logToClean } from './log/cleaner.ts';
import type { LogRecord, PartitionLog, PartitionTxn, SimState, TopicPartition, TransactionStateName } from './types.ts';
import { lastStableOffsetOf, partitionTxns, recordTxnStateOf, type RecordTxnState } from './transactions/partition-txns.ts';
import { transactionCoordinator, transactionPartitionFor } from './transactions/coordinator.ts';
import { tpKey } from './types.ts';

function partitionLog(state: SimState, topic: string, partition: number): PartitionLog | undefined {
  return state.topics[topic]?.partitions[partition];
}

/** Retained records of a partition, oldest first. Reading never removes any. */
export function records(state: SimState, topic: string, partition: number): LogRecord[] {
  const log = partitionLog(state, topic, partition);
  return log ? allRecords(log) : [];
}

/** Retained records with offsets in [from, to): what a view draws of a long log. */
export function recordsInRange(state: SimState, topic: string, partition: number, from: number, to: number): LogRecord[] {
  const log = partitionLog(state, topic, partition);
  return log ? recordsBetween(log, from, to) : [];
}

export function logStartOffset(state: SimState, topic: string, partition: number): number | undefined {
  return partitionLog(state, topic, partition)?.logStartOffset;
}

export function logEndOffset(state: SimState, topic: string, partition: number): number | undefined {
  return partitionLog(state, topic, partition)?.logEndOffset;
}

/** The group's committed offset: the next offset the group will read, or undefined if none. */
export function committedOffset(state: SimState, group: string, topic: string, partition: number): number | undefined {
  return state.groups[group]?.committed[tpKey(topic, partition)];
}

/** The consumer's position: the next offset it will fetch, or undefined if not known yet. */
export function position(state: SimState, consumer: string, topic: string, partition: number): number | undefined {
  return state.consumers[consumer]?.positions[tpKey(topic, partition)];
}

export function assignment(state: SimState, consumer: string): TopicPartition[] {
  return [...(state.consumers[consumer]?.assignment ?? [])];
}

/**
 * Consumer lag as kafka-consumer-groups reports it: its LOG-END-OFFSET column is the high watermark
 * (ListOffsets latest), minus the committed offset ("-" = undefined without a commit).
 */
export function lag(state: SimState, group: string, topic: string, partition: number): number | undefined {
  const committed = committedOffset(state, group, topic, partition);
  const end = partitionLog(state, topic, partition)?.highWatermark;
  if (committed === undefined || end === undefined) return undefined;
  return Math.max(0, end - committed);
}

/** Sum of the lag of every partition the group has committed for. */
export function groupLag(state: SimState, group: string): number {
  const g = state.groups[group];
  if (!g) return 0;
  let total = 0;
  for (const key of Object.keys(g.committed)) {
    const at = key.lastIndexOf(':');
    total += lag(state, group, key.slice(0, at), Number(key.slice(at + 1))) ?? 0;
  }
  return total;
}

export interface SegmentInfo {
  baseOffset: number;
  /** One past the last offset in the segment. */
  endOffset: number;
  bytes: number;
  largestTimestamp: number;
  active: boolean;
  /** Written by the log cleaner (below its checkpoint): its offsets may have gaps. */
  cleaned: boolean;
}

export function segments(state: SimState, topic: string, partition: number): SegmentInfo[] {
  const log = partitionLog(state, topic, partition);
  return log ? logSegments(log) : [];
}

/** The same, for a partition log a view already holds (views subscribe to one partition). */
export function logSegments(log: PartitionLog): SegmentInfo[] {
  return segmentsOf(log).map((s) => ({ baseOffset: s.baseOffset, endOffset: segmentEndOffset(s), bytes: s.bytes, largestTimestamp: s.largestTimestamp, active: s === log.active, cleaned: s.cleaned === true }));
}

export function logRecordsInRange(log: PartitionLog, from: number, to: number): LogRecord[] {
  return recordsBetween(log, from, to);
}

/** How many records a partition log a view holds retains in [from, to): offsets the cleaner removed are not records. */
export function logRecordCount(log: PartitionLog, from: number, to: number): number {
  return recordCountBetween(log, from, to);
}

/** Which member of a group owns a partition, if any. */
export function ownerOf(state: SimState, group: string, topic: string, partition: number): string | undefined {
  const g = state.groups[group];
  return g?.members.find((m) => state.consumers[m]?.assignment.some((tp) => tp.topic === topic && tp.partition === partition));
}

/**
 * The last stable offset (UnifiedLog.lastStableOffset): the first offset of the partition's oldest
 * transaction not yet decided below the high watermark, else the high watermark. read_committed
 * consumers read below it. Undefined for no such partition.
 */
export function lastStableOffset(state: SimState, topic: string, partition: number): number | undefined {
  const log = partitionLog(state, topic, partition);
  return log ? lastStableOffsetOf(log, partitionTxns(state, topic, partition)) : undefined;
}

/**
 * A record's transaction (open, committed or aborted), or undefined for a record written outside a
 * transaction, a control marker, or an offset the partition does not hold.
 */
export function recordTransactionState(state: SimState, topic: string, partition: number, offset: number): RecordTxnState | undefined {
  const log = partitionLog(state, topic, partition);
  const record = log ? recordsBetween(log, offset, offset + 1)[0] : undefined;
  return record && record.offset === offset ? recordTxnStateOf(record, partitionTxns(state, topic, partition)) : undefined;
}

/**
 * The partition's transactions its leader still tracks (undecided ones and aborted ones), the same
 * array while they are unchanged: a view keeps it and asks recordTxnStateOf per record it draws.
 */
export function partitionTransactions(state: SimState, topic: string, partition: number): readonly PartitionTxn[] {
  return partitionTxns(state, topic, partition);
}

export interface TransactionStateInfo {
  state: TransactionStateName;
  producerId: number;
  producerEpoch: number;
  /** The partitions in the transaction (a group's __consumer_offsets partition too, after sendOffsetsToTransaction). */
  partitions: TopicPartition[];
  /** The broker leading the transactional id's __transaction_state partition; absent while it is down. */
  coordinator?: number;
  /** transaction.timeout.ms as the producer registered it. */
  transactionTimeoutMs: number;
  /** When the current transaction started (its first partition added); absent before one started in this epoch. */
  transactionStartTimeMs?: number;
  /** The __transaction_state partition holding the id (its coordinator leads it). */
  stateLogPartition: number;
}

/** What the coordinator knows of a transactional id (kafka-transactions --describe), or undefined before its first initTransactions. */
export function transactionState(state: SimState, transactionalId: string): TransactionStateInfo | undefined {
  const metadata = state.transactions?.byId[transactionalId];
  if (!metadata) return undefined;
  const info: TransactionStateInfo = {
    state: metadata.state, producerId: metadata.producerId, producerEpoch: metadata.producerEpoch, partitions: metadata.partitions.map((tp) => ({ ...tp })),
    transactionTimeoutMs: metadata.txnTimeoutMs, stateLogPartition: transactionPartitionFor(transactionalId),
  };
  if (metadata.txnStartTimestamp >= 0) info.transactionStartTimeMs = metadata.txnStartTimestamp;
  const coordinator = transactionCoordinator(state, transactionalId);
  if (coordinator !== undefined) info.coordinator = coordinator;
  return info;
}

/** What the log cleaner sees of a compacted partition's log (LogCleanerManager's LogToClean), for the view. */
export interface CleanerView {
  /** The cleaner point (cleaner-offset-checkpoint): below it the log is cleaned, from it on dirty. */
  firstDirtyOffset: number;
  /** Base offset of the active segment, which is never cleaned. */
  activeSegmentBaseOffset: number;
  /** Dirty bytes of the closed segments over all their bytes; cleanable when above min.cleanable.dirty.ratio. */
  dirtyRatio: number;
  minCleanableDirtyRatio: number;
}

/** The cleaner's view of the leader's log of a compacted partition now; undefined for a delete-only topic. */
export function cleanerView(state: SimState, topic: string, partition: number): CleanerView | undefined {
  const config = state.topics[topic]?.config;
  const log = partitionLog(state, topic, partition);
  if (!config || !log || !isCompacted(config)) return undefined;
  const ltc = logToClean(log, config, state.time);
  return { firstDirtyOffset: ltc.firstDirtyOffset, activeSegmentBaseOffset: log.active.baseOffset, dirtyRatio: ltc.cleanableRatio, minCleanableDirtyRatio: config.minCleanableDirtyRatio };
}

/** Every transactional id the coordinators know (ListTransactions), in name order. */
export function transactionalIds(state: SimState): string[] {
  return Object.keys(state.transactions?.byId ?? {}).sort();
}
