import { recordsBetween } from '../log/partition-log.ts';
import type { ConsumerState, LogRecord, PartitionLog, PartitionTxn, ProducerState, SimState, TransactionsState } from '../types.ts';
import { producerKey, tpKey } from '../types.ts';
import { verifiesTxnPartitions } from '../versions/rules.ts';

// What a partition's leader knows of transactions (ProducerStateManager's ongoing and unreplicated
// transactions, the log's AbortedTxn index): where each transaction's records start and where its
// marker landed. The last stable offset and read_committed fetches are answered from it.

/** Transactions of one partition that matter now: undecided (no marker, or one at or above the high watermark) or aborted. */
export function partitionTxns(state: SimState, topic: string, partition: number): readonly PartitionTxn[] {
  return state.transactions?.partitions[tpKey(topic, partition)] ?? NONE;
}

/** One empty list for every partition without transactions, so a view's selector sees no change. */
const NONE: readonly PartitionTxn[] = [];

/**
 * The last stable offset (UnifiedLog.lastStableOffset): the first offset of the oldest transaction
 * not yet decided below the high watermark (ProducerStateManager.firstUndecidedOffset), or the high
 * watermark when there is none.
 */
export function lastStableOffsetOf(log: PartitionLog, txns: readonly PartitionTxn[]): number {
  let lso = log.highWatermark;
  for (const t of txns) {
    if (t.markerOffset !== undefined && t.markerOffset < log.highWatermark) continue;
    if (t.firstOffset < lso) lso = t.firstOffset;
  }
  return lso;
}

/** The first transactional record of `producerId` in a partition opens its transaction there. */
export function noteTransactionalAppend(txns: TransactionsState, key: string, producerId: number, offset: number): TransactionsState {
  const list = txns.partitions[key] ?? [];
  if (list.some((t) => t.producerId === producerId && t.markerOffset === undefined)) return txns;
  return { ...txns, partitions: { ...txns.partitions, [key]: [...list, { producerId, firstOffset: offset }] } };
}

/**
 * The marker at `offset` closes the producer's open transaction in the partition. Committed
 * transactions already decided below `highWatermark` are dropped: nothing needs them any more.
 */
export function noteMarker(txns: TransactionsState, key: string, producerId: number, offset: number, aborted: boolean, highWatermark: number): TransactionsState {
  const list = (txns.partitions[key] ?? [])
    .map((t) => (t.producerId === producerId && t.markerOffset === undefined ? { ...t, markerOffset: offset, ...(aborted ? { aborted: true } : {}) } : t))
    .filter((t) => t.aborted === true || t.markerOffset === undefined || t.markerOffset >= highWatermark);
  return { ...txns, partitions: { ...txns.partitions, [key]: list } };
}

/** A record a read_committed consumer never returns: a marker, or a record of an aborted transaction (AbortedTxn). */
export function hiddenFromReadCommitted(record: LogRecord, txns: readonly PartitionTxn[]): boolean {
  if (record.control !== undefined) return true;
  if (record.producerId === undefined) return false;
  for (const t of txns) {
    if (t.aborted === true && t.producerId === record.producerId && t.firstOffset <= record.offset && record.offset < t.markerOffset!) return true;
  }
  return false;
}

/** Where a record stands in its transaction: undefined for a non-transactional record or a marker. */
export type RecordTxnState = 'open' | 'committed' | 'aborted';

/**
 * A transactional record's transaction, as its partition's leader knows it: open while no marker
 * closes it, aborted per the AbortedTxn index, else committed (decided transactions are dropped).
 */
export function recordTxnStateOf(record: LogRecord, txns: readonly PartitionTxn[]): RecordTxnState | undefined {
  if (record.control !== undefined || record.producerId === undefined) return undefined;
  for (const t of txns) {
    if (t.producerId !== record.producerId || record.offset < t.firstOffset) continue;
    if (t.markerOffset === undefined) return 'open';
    if (record.offset < t.markerOffset) return t.aborted === true ? 'aborted' : 'committed';
  }
  return 'committed';
}

/**
 * One partition's part of a poll: up to `wanted` records from `from`, below `upTo` (the high
 * watermark, or for read_committed the last stable offset). Markers are never returned (the
 * consumer skips control batches); read_committed also skips aborted records. `next` is the
 * position after what was scanned, past skipped records too.
 */
export function fetchPartition(log: PartitionLog, from: number, upTo: number, wanted: number, txns: readonly PartitionTxn[], readCommitted: boolean): { records: LogRecord[]; next: number } {
  const out: LogRecord[] = [];
  let next = from;
  while (out.length < wanted && next < upTo) {
    const chunk = recordsBetween(log, next, Math.min(upTo, next + (wanted - out.length)));
    if (chunk.length === 0) break;
    for (const record of chunk) {
      next = record.offset + 1;
      if (readCommitted ? hiddenFromReadCommitted(record, txns) : record.control !== undefined) continue;
      out.push(record);
      if (out.length === wanted) break;
    }
  }
  return { records: out, next };
}

/**
 * Why the leader refuses a transactional producer's batch, if it does: an epoch older than the
 * coordinator's (INVALID_PRODUCER_EPOCH, a zombie), or a partition not in an ongoing transaction
 * (INVALID_TXN_STATE: a retry that arrives after its transaction ended, which transaction
 * verification, KIP-890, refuses from 3.6 on; before, only the epoch is checked).
 */
export function transactionalAppendRefusal(state: SimState, producer: ProducerState, topic: string, partition: number): 'INVALID_PRODUCER_EPOCH' | 'INVALID_TXN_STATE' | undefined {
  const t = producer.transactional;
  if (t === undefined) return undefined;
  const metadata = state.transactions?.byId[t.transactionalId];
  if (!metadata || metadata.producerId !== producer.producerId || metadata.producerEpoch !== t.producerEpoch) return 'INVALID_PRODUCER_EPOCH';
  if (!verifiesTxnPartitions(state)) return undefined;
  if (metadata.state !== 'Ongoing' || !metadata.partitions.some((tp) => tp.topic === topic && tp.partition === partition)) return 'INVALID_TXN_STATE';
  return undefined;
}

/** ListOffsets LATEST: the high watermark, or for a read_committed consumer the last stable offset. */
export function latestOffset(state: SimState, consumer: ConsumerState, topic: string, partition: number, log: PartitionLog): number {
  return consumer.isolationLevel === 'read_committed' ? lastStableOffsetOf(log, partitionTxns(state, topic, partition)) : log.highWatermark;
}

/**
 * The key of the producer's sequence numbers in a log's producer state: a transactional producer's
 * new epoch starts its sequences at 0 again (ProducerStateManager checks them per epoch).
 */
export function sequenceKey(producer: ProducerState): string {
  const t = producer.transactional;
  return t === undefined ? producerKey(producer.producerId) : `${producerKey(producer.producerId)}.${t.producerEpoch}`;
}

/**
 * A transactional record just appended (not yet handed out) carries its producer id, as the batch
 * header does, and opens the producer's transaction in its partition: the LSO stops at it.
 */
export function noteTransactionalRecord(state: SimState, producer: ProducerState, record: LogRecord, topic: string, partition: number): SimState {
  record.producerId = producer.producerId;
  return state.transactions ? { ...state, transactions: noteTransactionalAppend(state.transactions, tpKey(topic, partition), producer.producerId, record.offset) } : state;
}
