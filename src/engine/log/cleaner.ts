import { AppendVec } from '../append-vec.ts';
import type { CleanedRecord } from '../events.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import type { LogRecord, PartitionLog, Segment, TopicConfig } from '../types.ts';

// Log compaction as Kafka's LogCleaner does it, for one replica's log (each broker cleans its own):
// LogCleanerManager.cleanableOffsets and LogToClean pick what may be cleaned and how dirty it is;
// Cleaner.doClean builds the offset map (key -> latest offset) over the dirty section, then rewrites
// every segment below the first uncleanable offset, grouped by size (groupSegmentsBySize), keeping
// each key's latest record at its own offset. Offsets never change, so gaps appear.
// The cleaner checkpoint (cleaner-offset-checkpoint) is where the cleaned segments end: every segment
// the cleaner wrote is marked `cleaned`, and everything from the first unmarked one on is dirty.
// Simplifications: the offset map never fills up (Kafka's dedupe buffer holds millions of keys), and
// cleaning takes no model time.

export function isCompacted(config: TopicConfig): boolean {
  return config.cleanupPolicy !== 'delete';
}

/** LogToClean: the dirty section of a log and how dirty it is. */
export interface LogToClean {
  /** The cleaner checkpoint: where the dirty section starts. */
  firstDirtyOffset: number;
  /** Base offset of the first segment that may not be cleaned (calculateCleanableBytes). */
  firstUncleanableOffset: number;
  cleanBytes: number;
  cleanableBytes: number;
  /** cleanableBytes / (cleanBytes + cleanableBytes) */
  cleanableRatio: number;
  /** max.compaction.lag.ms has passed for the oldest dirty record (LogCleanerManager.maxCompactionDelay > 0). */
  needCompactionNow: boolean;
}

function allSegments(log: PartitionLog): Segment[] {
  const all = log.sealed.toArray();
  all.push(log.active);
  return all;
}

function firstDirtyOffsetOf(log: PartitionLog): number {
  let offset = log.logStartOffset;
  for (const segment of log.sealed) {
    if (!segment.cleaned) return Math.max(offset, segment.baseOffset);
    offset = Math.max(offset, segment.baseOffset);
  }
  return Math.max(log.logStartOffset, log.active.baseOffset);
}

/** LogCleanerManager.cleanableOffsets and LogToClean at model time `now`. */
export function logToClean(log: PartitionLog, config: TopicConfig, now: number): LogToClean {
  const segments = allSegments(log);
  const firstDirtyOffset = firstDirtyOffsetOf(log);
  // Never past the last stable offset (the high watermark here), never the active segment, never a
  // segment whose newest record is younger than min.compaction.lag.ms.
  let uncleanable = Math.min(log.highWatermark, log.active.baseOffset);
  let earliestDirtyTimestamp = Number.POSITIVE_INFINITY;
  for (const segment of segments) {
    if (segment === log.active || segment.baseOffset < firstDirtyOffset) continue;
    if (config.minCompactionLagMs > 0 && segment.largestTimestamp > now - config.minCompactionLagMs) uncleanable = Math.min(uncleanable, segment.baseOffset);
    const first = segment.records.at(0);
    if (first) earliestDirtyTimestamp = Math.min(earliestDirtyTimestamp, first.timestamp);
  }
  uncleanable = Math.max(firstDirtyOffset, uncleanable);
  // calculateCleanableBytes: whole segments, up to the one holding the uncleanable offset.
  let firstUncleanableOffset = log.active.baseOffset;
  for (const segment of segments) {
    if (segment.baseOffset <= uncleanable) firstUncleanableOffset = segment.baseOffset;
    else break;
  }
  let cleanBytes = 0;
  let cleanableBytes = 0;
  for (const segment of segments) {
    if (segment.baseOffset >= firstUncleanableOffset) break;
    if (segment.baseOffset < firstDirtyOffset) cleanBytes += segment.bytes;
    else cleanableBytes += segment.bytes;
  }
  const total = cleanBytes + cleanableBytes;
  // Timestamps start at model time 0, so (unlike Kafka's filter on > 0) a first timestamp of 0 counts.
  const needCompactionNow = earliestDirtyTimestamp < now - config.maxCompactionLagMs;
  return { firstDirtyOffset, firstUncleanableOffset, cleanBytes, cleanableBytes, cleanableRatio: total === 0 ? 0 : cleanableBytes / total, needCompactionNow };
}

/** grabFilthiestCompactedLog's test: due by max.compaction.lag.ms, or dirtier than min.cleanable.dirty.ratio (strictly). */
export function isCleanable(ltc: LogToClean, config: TopicConfig): boolean {
  if (ltc.cleanBytes + ltc.cleanableBytes === 0) return false;
  return (ltc.needCompactionNow && ltc.cleanableBytes > 0) || ltc.cleanableRatio > config.minCleanableDirtyRatio;
}

/**
 * The earliest model time from `now` at which this log becomes cleanable if nothing else happens
 * (no append, no high watermark move): Infinity when never. Time only lets more dirty segments pass
 * min.compaction.lag.ms (a prefix, so the ratio only grows) and brings max.compaction.lag.ms nearer.
 */
export function cleanableAt(log: PartitionLog, config: TopicConfig, now: number): number {
  const ltc = logToClean(log, config, now);
  if (isCleanable(ltc, config)) return now;
  const bound = Math.min(log.highWatermark, log.active.baseOffset);
  let eligibleAt = now;
  let cumulative = 0;
  let firstEligibleAt = Number.POSITIVE_INFINITY;
  let earliestFirst = Number.POSITIVE_INFINITY;
  let best = Number.POSITIVE_INFINITY;
  const sealed = log.sealed.toArray();
  for (let i = 0; i < sealed.length; i++) {
    const segment = sealed[i]!;
    if (segment.baseOffset < ltc.firstDirtyOffset) continue;
    const first = segment.records.at(0);
    if (first) earliestFirst = Math.min(earliestFirst, first.timestamp);
    // A segment is cleanable only when the whole of it lies below the bound (the next segment starts at or below it).
    const nextBase = sealed[i + 1]?.baseOffset ?? log.active.baseOffset;
    if (nextBase > bound) break;
    if (config.minCompactionLagMs > 0) eligibleAt = Math.max(eligibleAt, segment.largestTimestamp + config.minCompactionLagMs);
    cumulative += segment.bytes;
    if (firstEligibleAt === Number.POSITIVE_INFINITY && cumulative > 0) firstEligibleAt = eligibleAt;
    const total = ltc.cleanBytes + cumulative;
    if (best === Number.POSITIVE_INFINITY && total > 0 && cumulative / total > config.minCleanableDirtyRatio) best = eligibleAt;
  }
  if (Number.isFinite(earliestFirst) && config.maxCompactionLagMs < Number.MAX_SAFE_INTEGER - earliestFirst) {
    best = Math.min(best, Math.max(earliestFirst + config.maxCompactionLagMs + 1, firstEligibleAt));
  }
  return best;
}

export interface CleaningResult {
  log: PartitionLog;
  removed: CleanedRecord[];
  removedCount: number;
  tombstonesKept: number[];
  segmentsBefore: number;
  segmentsAfter: number;
}

/** How many removed records a logCleaned event lists (the count is always exact). */
export const MAX_LISTED_REMOVALS = 1_000;

/** Cleaner.groupSegmentsBySize: consecutive segments whose bytes together stay within segment.bytes. */
export function groupSegmentsBySize(segments: readonly Segment[], maxSize: number): Segment[][] {
  const groups: Segment[][] = [];
  let i = 0;
  while (i < segments.length) {
    const group = [segments[i]!];
    let size = segments[i]!.bytes;
    i++;
    while (i < segments.length && size + segments[i]!.bytes <= maxSize) {
      size += segments[i]!.bytes;
      group.push(segments[i]!);
      i++;
    }
    groups.push(group);
  }
  return groups;
}

/** Cleaner.doClean of one log at model time `now`. */
export function cleanLog(log: PartitionLog, config: TopicConfig, ltc: LogToClean, now: number): CleaningResult {
  const upper = ltc.firstUncleanableOffset;
  const sealed = log.sealed.toArray();
  // buildOffsetMap over the dirty section: each key's latest offset (tombstones included).
  const offsetMap = new Map<string, number>();
  let latestOffset = -1;
  for (const segment of sealed) {
    if (segment.baseOffset >= upper) break;
    if (segment.baseOffset < ltc.firstDirtyOffset) continue;
    for (const record of segment.records) {
      if (record.offset < ltc.firstDirtyOffset) continue;
      if (record.key !== undefined) offsetMap.set(record.key, record.offset);
      latestOffset = record.offset;
    }
  }
  const toClean: Segment[] = [];
  let kept = 0;
  while (kept < sealed.length && sealed[kept]!.baseOffset < upper) toClean.push(sealed[kept++]!);
  const removed: CleanedRecord[] = [];
  let removedCount = 0;
  const tombstonesKept: number[] = [];
  const cleaned: Segment[] = [];
  for (const group of groupSegmentsBySize(toClean, config.segmentBytes)) {
    const records: LogRecord[] = [];
    const horizons = new Map<number, number>();
    let bytes = 0;
    let largestTimestamp = -1;
    for (const segment of group) {
      for (const record of segment.records) {
        const horizon = record.value === null ? segment.deleteHorizons?.get(record.offset) : undefined;
        const reason = removalReason(record, horizon, offsetMap, latestOffset, now);
        if (reason !== undefined) {
          removedCount++;
          if (removed.length < MAX_LISTED_REMOVALS) removed.push(record.key === undefined ? { offset: record.offset, reason } : { offset: record.offset, key: record.key, reason });
          continue;
        }
        if (record.value === null) {
          // MemoryRecords.filterTo: the first cleaning that keeps a tombstone stamps its batch's delete horizon.
          if (horizon === undefined) tombstonesKept.push(record.offset);
          horizons.set(record.offset, horizon ?? now + config.deleteRetentionMs);
        }
        records.push(record);
        bytes += recordSizeInBytes(record.key, record.value);
        if (record.timestamp > largestTimestamp) largestTimestamp = record.timestamp;
      }
    }
    const segment: Segment = { baseOffset: group[0]!.baseOffset, records: AppendVec.of(records), bytes, largestTimestamp, createdAt: group[group.length - 1]!.createdAt, cleaned: true };
    if (horizons.size > 0) segment.deleteHorizons = horizons;
    cleaned.push(segment);
  }
  const rest = sealed.slice(kept);
  let bytes = log.bytes;
  for (const segment of toClean) bytes -= segment.bytes;
  for (const segment of cleaned) bytes += segment.bytes;
  const next: PartitionLog = { ...log, sealed: AppendVec.of([...cleaned, ...rest]), bytes };
  return { log: next, removed, removedCount, tombstonesKept, segmentsBefore: toClean.length, segmentsAfter: cleaned.length };
}

/** Cleaner.shouldRetainRecord, as a reason to remove (undefined: keep). */
function removalReason(record: LogRecord, deleteHorizonMs: number | undefined, offsetMap: ReadonlyMap<string, number>, latestOffset: number, now: number): CleanedRecord['reason'] | undefined {
  if (record.offset > latestOffset) return undefined;
  if (record.key === undefined) return 'no-key';
  const found = offsetMap.get(record.key) ?? -1;
  if (record.offset < found) return 'superseded';
  // A tombstone stays until a cleaning at or after its delete horizon.
  if (record.value === null && deleteHorizonMs !== undefined && now >= deleteHorizonMs) return 'tombstone-expired';
  return undefined;
}
