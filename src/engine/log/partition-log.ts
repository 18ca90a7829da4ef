import { AppendVec } from '../append-vec.ts';
import { type Draft, disown, isOwned, own } from '../transient.ts';
import type { LogRecord, PartitionLog, ProducerSequenceState, Segment, TopicConfig } from '../types.ts';

/** How many batches of each producer a log remembers for duplicate detection (ProducerStateEntry.NUM_BATCHES_TO_RETAIN). */
export const BATCHES_TO_RETAIN = 5;

export function emptySegment(baseOffset: number, now: number): Segment {
  return { baseOffset, records: AppendVec.empty(), bytes: 0, largestTimestamp: -1, createdAt: now };
}

export function emptyPartition(partition: number, now: number): PartitionLog {
  return { partition, sealed: AppendVec.empty(), active: emptySegment(0, now), logStartOffset: 0, logEndOffset: 0, bytes: 0, highWatermark: 0, leaderEpochs: [], producerStates: {} };
}

/**
 * LogSegment.shouldRoll, for the rules we model: size, and segment.ms counted from the first
 * record's timestamp in the segment (rollingBasedTimestamp); an empty segment never rolls.
 */
function rollReason(active: Segment, recordBytes: number, now: number, config: TopicConfig): 'size' | 'time' | undefined {
  if (active.bytes === 0) return undefined;
  if (active.bytes > config.segmentBytes - recordBytes) return 'size';
  const first = active.records.at(0);
  if (first && now - first.timestamp > maxSegmentMs(config)) return 'time';
  return undefined;
}

/** LogConfig.maxSegmentMs: a compacted log also rolls by max.compaction.lag.ms, since the active segment is never cleaned. */
export function maxSegmentMs(config: TopicConfig): number {
  return config.cleanupPolicy !== 'delete' && config.maxCompactionLagMs < config.segmentMs ? config.maxCompactionLagMs : config.segmentMs;
}

export interface AppendResult {
  log: PartitionLog;
  record: LogRecord;
  rolled?: { baseOffset: number; reason: 'size' | 'time' };
}

/**
 * The producer state after a record with a sequence number lands at `offset`. In a transient, a map
 * and entry this replay made are changed in place (the entry's `recent` array is made with it, so
 * it is this replay's too); copyFromLeader disowns them before a follower shares them.
 */
export function withProducerSequence(states: PartitionLog['producerStates'], producer: string, sequence: number, offset: number): Record<string, ProducerSequenceState> {
  const previous = states[producer];
  if (previous !== undefined && isOwned(states) && isOwned(previous)) {
    const recent = previous.recent as { sequence: number; offset: number }[];
    if (recent.length >= BATCHES_TO_RETAIN) recent.shift();
    recent.push({ sequence, offset });
    (previous as Draft<ProducerSequenceState>).lastSequence = sequence;
    return states as Record<string, ProducerSequenceState>;
  }
  const recent = previous ? previous.recent.slice(-(BATCHES_TO_RETAIN - 1)) : [];
  recent.push({ sequence, offset });
  // Copied and set rather than spread with a computed key: this runs on every idempotent append.
  const next: Record<string, ProducerSequenceState> = isOwned(states) ? states as Record<string, ProducerSequenceState> : own(Object.assign({}, states));
  next[producer] = own({ lastSequence: sequence, recent });
  return next;
}

/** Ends in-place changes to a log's producer state (see withProducerSequence): it is about to be shared. */
export function disownProducerStates(states: PartitionLog['producerStates']): void {
  disown(states);
  for (const producer in states) disown(states[producer]!);
}

/**
 * Appends one record of `size` bytes (see placement/record-size.ts) at the log end offset.
 * `sequence` is the idempotent producer's (with its `producerId`, the key of the log's producer
 * state); `moveHighWatermark` is set when the leader is the only in-sync replica, so the high
 * watermark moves with the append.
 */
export function appendRecord(log: PartitionLog, config: TopicConfig, now: number, key: string | undefined, value: string | null, producer: string, size: number, sequence?: number, moveHighWatermark = true, producerId?: string, inPlace = false): AppendResult {
  const offset = log.logEndOffset;
  const record: LogRecord = key === undefined
    ? { offset, value, timestamp: now, producer }
    : { offset, key, value, timestamp: now, producer };
  const producerStates = sequence === undefined || producerId === undefined ? log.producerStates : withProducerSequence(log.producerStates, producerId, sequence, offset);
  return appendExisting(log, config, now, record, size, moveHighWatermark, producerStates, inPlace);
}

/** Appends a record object as it is (a follower copies the leader's objects, so replicas share memory). */
export function appendExisting(log: PartitionLog, config: TopicConfig, now: number, record: LogRecord, size: number, moveHighWatermark: boolean, producerStates = log.producerStates, inPlace = false): AppendResult {
  const offset = record.offset;
  const reason = rollReason(log.active, size, now, config);
  if (inPlace && reason === undefined && isOwned(log) && isOwned(log.active)) {
    // A transient (see transient.ts): this replay made the log and its active segment, so grow them
    // in place. `inPlace` is asked for only by callers that read nothing of the old log afterwards.
    const active = log.active as Draft<Segment>;
    active.records = active.records.push(record);
    active.bytes += size;
    active.largestTimestamp = Math.max(active.largestTimestamp, record.timestamp);
    const draft = log as Draft<PartitionLog>;
    draft.logEndOffset = offset + 1;
    draft.bytes += size;
    if (moveHighWatermark) draft.highWatermark = offset + 1;
    draft.producerStates = producerStates;
    return { log, record };
  }
  let sealed = log.sealed;
  let active = log.active;
  if (reason !== undefined) {
    sealed = sealed.push(active);
    active = emptySegment(offset, now);
  }
  const grown: Segment = own({
    baseOffset: active.baseOffset,
    records: active.records.push(record),
    bytes: active.bytes + size,
    largestTimestamp: Math.max(active.largestTimestamp, record.timestamp),
    createdAt: active.createdAt,
  });
  const next: PartitionLog = own({
    partition: log.partition,
    sealed,
    active: grown,
    logStartOffset: log.logStartOffset,
    logEndOffset: offset + 1,
    bytes: log.bytes + size,
    highWatermark: moveHighWatermark ? offset + 1 : log.highWatermark,
    leaderEpochs: log.leaderEpochs,
    producerStates,
  });
  return reason === undefined ? { log: next, record } : { log: next, record, rolled: { baseOffset: offset, reason } };
}

/**
 * Appends records a follower copied from its leader, the same objects, in order: the same segment
 * rolls as one append at a time, but the segment and log objects are built once per segment rather
 * than once per record, since a fetch brings many records.
 */
export function appendCopies(log: PartitionLog, config: TopicConfig, now: number, records: readonly LogRecord[], sizeOf: (record: LogRecord, index: number) => number): PartitionLog {
  if (records.length === 0) return log;
  let sealed = log.sealed;
  let active = log.active;
  let bytes = log.bytes;
  let pending: LogRecord[] = [];
  let pendingBytes = 0;
  let largest = active.largestTimestamp;
  const flush = () => {
    active = { baseOffset: active.baseOffset, records: active.records.pushAll(pending), bytes: active.bytes + pendingBytes, largestTimestamp: largest, createdAt: active.createdAt };
    pending = [];
    pendingBytes = 0;
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const size = sizeOf(record, i);
    // rollReason, on the segment as it stands with the records gathered so far.
    const current = active.bytes + pendingBytes;
    const first = active.records.at(0) ?? pending[0];
    const reason = current === 0 ? undefined
      : current > config.segmentBytes - size ? 'size'
        : first && now - first.timestamp > maxSegmentMs(config) ? 'time' : undefined;
    if (reason !== undefined) {
      flush();
      sealed = sealed.push(active);
      active = emptySegment(record.offset, now);
      largest = active.largestTimestamp;
    }
    pending.push(record);
    pendingBytes += size;
    bytes += size;
    largest = Math.max(largest, record.timestamp);
  }
  flush();
  return { ...log, sealed, active, logEndOffset: records[records.length - 1]!.offset + 1, bytes };
}

export function segmentsOf(log: PartitionLog): Segment[] {
  const all = log.sealed.toArray();
  all.push(log.active);
  return all;
}

export function segmentEndOffset(segment: Segment): number {
  // One past its last record: a cleaned segment may have lost records at its end (offsets are kept, so gaps appear).
  const last = segment.records.at(-1);
  return last === undefined ? segment.baseOffset : last.offset + 1;
}

/**
 * Index of the first record at or after `offset` in a segment. A segment never cleaned holds
 * consecutive offsets, so the index is the difference; a cleaned one has gaps (its record at
 * index i has offset >= baseOffset + i), so a binary search below that index finds it.
 */
export function indexAtOrAfter(segment: Segment, offset: number): number {
  const records = segment.records;
  const n = records.length;
  const guess = offset - segment.baseOffset;
  if (guess <= 0) return 0;
  if (guess < n && records.at(guess)!.offset === offset) return guess;
  // No gaps (the last record sits where counting puts it): past the end.
  if (guess >= n && (n === 0 || records.at(n - 1)!.offset === segment.baseOffset + n - 1)) return n;
  let lo = 0;
  let hi = Math.min(guess, n);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records.at(mid)!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The retained record at an offset, found by binary search over the segments (undefined in a gap the cleaner left). */
export function recordAt(log: PartitionLog, offset: number): LogRecord | undefined {
  if (offset < log.logStartOffset || offset >= log.logEndOffset) return undefined;
  const i = sealedIndexOf(log, offset);
  const segment = i < 0 ? log.active : log.sealed.at(i)!;
  const record = segment.records.at(indexAtOrAfter(segment, offset));
  return record?.offset === offset ? record : undefined;
}

/** Index of the sealed segment holding `offset`, or -1 when it is in the active segment. */
function sealedIndexOf(log: PartitionLog, offset: number): number {
  if (offset >= log.active.baseOffset) return -1;
  let lo = 0;
  let hi = log.sealed.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (log.sealed.at(mid)!.baseOffset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Retained records in [from, to), oldest first, at most `limit` of them: one search, then a walk
 * along the segments. Offsets the cleaner removed are skipped, as a fetch skips them.
 */
export function recordsBetween(log: PartitionLog, from: number, to: number, limit = Number.POSITIVE_INFINITY): LogRecord[] {
  const out: LogRecord[] = [];
  const start = Math.max(from, log.logStartOffset);
  const end = Math.min(to, log.logEndOffset);
  if (start >= end || limit <= 0) return out;
  const first = sealedIndexOf(log, start);
  for (let i = first; ; i++) {
    const segment = i < 0 || i >= log.sealed.length ? log.active : log.sealed.at(i)!;
    const lo = indexAtOrAfter(segment, start);
    const hi = indexAtOrAfter(segment, end);
    const take = Math.min(hi - lo, limit - out.length);
    if (take > 0) segment.records.copyInto(out, lo, lo + take);
    if (segment === log.active || out.length >= limit || segmentEndOffset(segment) >= end) break;
  }
  return out;
}

/**
 * How many retained records lie in [from, to), without copying them: the cleaner's gaps are not
 * counted (a compacted log's offsets outnumber its records). One search, then the same walk as
 * recordsBetween; a segment never cleaned counts in O(1) (indexAtOrAfter).
 */
export function recordCountBetween(log: PartitionLog, from: number, to: number): number {
  const start = Math.max(from, log.logStartOffset);
  const end = Math.min(to, log.logEndOffset);
  if (start >= end) return 0;
  let count = 0;
  for (let i = sealedIndexOf(log, start); ; i++) {
    const segment = i < 0 || i >= log.sealed.length ? log.active : log.sealed.at(i)!;
    count += indexAtOrAfter(segment, end) - indexAtOrAfter(segment, start);
    if (segment === log.active || segmentEndOffset(segment) >= end) break;
  }
  return count;
}

/** Every retained record, oldest first. A follower's log start can sit inside a segment; what lies below it is gone. */
export function allRecords(log: PartitionLog): LogRecord[] {
  const out: LogRecord[] = [];
  for (const segment of log.sealed) for (const record of segment.records) if (record.offset >= log.logStartOffset) out.push(record);
  for (const record of log.active.records) if (record.offset >= log.logStartOffset) out.push(record);
  return out;
}
