import { AppendVec } from '../append-vec.ts';
import type { Draft } from '../transient.ts';
import { appendCopies, disownProducerStates, emptySegment, indexAtOrAfter, recordsBetween, segmentEndOffset } from '../log/partition-log.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import type { EpochEntry, LogRecord, PartitionLog, ProducerSequenceState, Segment, TopicConfig } from '../types.ts';

// A replica's own log as replication changes it: copying from the leader, leader epochs, and
// truncation back to where two replicas agree.

const UNDEFINED = -1;

/** The newest leader epoch in a log's cache, or -1. */
export function latestEpoch(log: PartitionLog): number {
  return log.leaderEpochs[log.leaderEpochs.length - 1]?.epoch ?? UNDEFINED;
}

/**
 * LeaderEpochFileCache.endOffsetFor: for a requested epoch, the largest epoch this log knows at or
 * below it and the offset where that epoch ends here (the next epoch's start, or the log end).
 * Returns epoch -1 when the request is newer than anything known.
 */
export function endOffsetForEpoch(log: PartitionLog, requested: number): { epoch: number; endOffset: number } {
  if (requested === latestEpoch(log)) return { epoch: requested, endOffset: log.logEndOffset };
  const higher = log.leaderEpochs.find((e) => e.epoch > requested);
  if (!higher) return { epoch: UNDEFINED, endOffset: UNDEFINED };
  let floor: EpochEntry | undefined;
  for (const e of log.leaderEpochs) if (e.epoch <= requested) floor = e;
  return { epoch: floor ? floor.epoch : requested, endOffset: higher.startOffset };
}

/** LeaderEpochFileCache.assign: a leader starts a new epoch at its log end offset. */
export function withEpochStart(log: PartitionLog, epoch: number): PartitionLog {
  if (latestEpoch(log) >= epoch) return log;
  const kept = log.leaderEpochs.filter((e) => e.startOffset < log.logEndOffset);
  return { ...log, leaderEpochs: [...kept, { epoch, startOffset: log.logEndOffset }] };
}

/** Producer state after a truncation: only the batches below the cut are remembered. */
function producerStatesBelow(states: PartitionLog['producerStates'], offset: number): Record<string, ProducerSequenceState> {
  const kept: Record<string, ProducerSequenceState> = {};
  for (const [producer, state] of Object.entries(states)) {
    const recent = state.recent.filter((b) => b.offset < offset);
    const last = recent[recent.length - 1];
    if (last) kept[producer] = { lastSequence: last.sequence, recent };
  }
  return kept;
}

function segmentBytes(segment: Segment, count: number): number {
  let bytes = 0;
  for (const r of segment.records.slice(0, count)) bytes += recordSizeInBytes(r.key, r.value);
  return bytes;
}

/**
 * Drops every record at or above `offset` (UnifiedLog.truncateTo): segments past it go, the one
 * holding it is cut, leader epochs from it on are forgotten and producer state is rebuilt.
 */
export function truncateTo(log: PartitionLog, offset: number, now: number): PartitionLog {
  if (offset >= log.logEndOffset) return log;
  const target = Math.max(offset, log.logStartOffset);
  const all = [...log.sealed, log.active];
  const keptSealed: Segment[] = [];
  let active: Segment | undefined;
  for (const segment of all) {
    if (segment !== log.active && segmentEndOffset(segment) <= target) { keptSealed.push(segment); continue; }
    // Counted by offset: a cleaned segment has gaps. The cut segment becomes the active one, which is never a cleaned one.
    const keep = indexAtOrAfter(segment, target);
    active = keep <= 0 ? emptySegment(target, now) : { baseOffset: segment.baseOffset, records: segment.records.take(keep), bytes: segmentBytes(segment, keep), largestTimestamp: segment.largestTimestamp, createdAt: segment.createdAt };
    break;
  }
  active ??= emptySegment(target, now);
  const bytes = keptSealed.reduce((sum, s) => sum + s.bytes, 0) + active.bytes;
  return {
    ...log,
    sealed: AppendVec.of(keptSealed),
    active,
    logEndOffset: target,
    bytes,
    highWatermark: Math.min(log.highWatermark, target),
    leaderEpochs: log.leaderEpochs.filter((e) => e.startOffset < target),
    producerStates: producerStatesBelow(log.producerStates, target),
  };
}

/**
 * One answer of the divergence check (AbstractFetcherThread.getOffsetTruncationState): where to cut,
 * and whether that settles it or the follower must ask again about an older epoch.
 */
function truncationStep(follower: PartitionLog, leader: PartitionLog): { offset: number; completed: boolean } | undefined {
  const last = latestEpoch(follower);
  if (last === UNDEFINED || follower.logEndOffset === follower.logStartOffset) return undefined;
  const answer = endOffsetForEpoch(leader, last);
  // The leader knows nothing as old: fall back to the follower's high watermark.
  if (answer.endOffset === UNDEFINED) return { offset: Math.min(follower.highWatermark, follower.logEndOffset), completed: true };
  const mine = endOffsetForEpoch(follower, answer.epoch);
  if (mine.epoch === UNDEFINED) return { offset: Math.min(answer.endOffset, follower.logEndOffset), completed: true };
  if (mine.epoch !== answer.epoch) return { offset: Math.min(mine.endOffset, follower.logEndOffset), completed: false };
  return { offset: Math.min(mine.endOffset, answer.endOffset, follower.logEndOffset), completed: true };
}

/**
 * Where a follower must cut its log before fetching from a leader, asking about older epochs until
 * the two logs agree (each step only shortens the log). Undefined when nothing needs cutting.
 */
export function divergenceOffset(follower: PartitionLog, leader: PartitionLog, now: number): number | undefined {
  let log = follower;
  for (let round = 0; round < 64; round++) {
    const step = truncationStep(log, leader);
    if (!step) break;
    if (step.offset < log.logEndOffset) log = truncateTo(log, step.offset, now);
    if (step.completed) break;
  }
  return log.logEndOffset < follower.logEndOffset ? log.logEndOffset : undefined;
}

/**
 * The follower's log start follows the leader's (ReplicaFetcherThread: maybeIncrementLogStartOffset
 * from the fetch response), so records retention deleted on the leader go on the followers too;
 * whole segments below it are dropped.
 */
function followLogStart(log: PartitionLog, leaderStart: number): PartitionLog {
  const start = Math.min(leaderStart, log.logEndOffset);
  if (start <= log.logStartOffset) return log;
  let dropped = 0;
  let bytes = 0;
  for (const segment of log.sealed) {
    if (segmentEndOffset(segment) > start) break;
    dropped++;
    bytes += segment.bytes;
  }
  return { ...log, sealed: log.sealed.dropFirst(dropped), logStartOffset: start, bytes: log.bytes - bytes };
}

// A partition's followers usually fetch the same records in the same round: the last answer is
// kept, so their sizes are counted once. Keyed by the leader's log object and the offsets, which
// an append (even one made in place by a transient) always moves.
let lastFetched: { leader: PartitionLog; from: number; to: number; records: LogRecord[]; sizes: number[] } | undefined;

function leaderRecords(leader: PartitionLog, from: number): { records: readonly LogRecord[]; sizes: readonly number[] } {
  const to = leader.logEndOffset;
  if (lastFetched !== undefined && lastFetched.leader === leader && lastFetched.from === from && lastFetched.to === to) return lastFetched;
  const records = recordsBetween(leader, from, to);
  const sizes = records.map((record) => recordSizeInBytes(record.key, record.value));
  lastFetched = { leader, from, to, records, sizes };
  return lastFetched;
}

/**
 * The follower appends what the leader has past its own log end: the leader's record objects
 * themselves, with the leader epochs they were written in. A follower that fell below the leader's
 * log start starts over there (truncateFullyAndStartAt).
 */
export function copyFromLeader(follower: PartitionLog, leader: PartitionLog, config: TopicConfig, now: number): PartitionLog {
  let log = follower;
  if (log.logEndOffset < leader.logStartOffset) {
    log = { ...log, sealed: AppendVec.empty(), active: emptySegment(leader.logStartOffset, now), logStartOffset: leader.logStartOffset, logEndOffset: leader.logStartOffset, bytes: 0, highWatermark: leader.logStartOffset, leaderEpochs: [], producerStates: {} };
  }
  const from = log.logEndOffset;
  const { records: copied, sizes } = leaderRecords(leader, from);
  if (copied.length > 0) {
    // The epochs of what is copied (an array copied only when an epoch is new to the follower).
    let epochs = log.leaderEpochs;
    const entries = leader.leaderEpochs;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const end = i + 1 < entries.length ? entries[i + 1]!.startOffset : leader.logEndOffset;
      if (end <= from) continue;
      const last = epochs[epochs.length - 1];
      if (!last || last.epoch < entry.epoch) epochs = [...epochs, { epoch: entry.epoch, startOffset: Math.max(entry.startOffset, from) }];
    }
    log = appendCopies(log, config, now, copied, (_, i) => sizes[i]!);
    // The follower now holds the leader's log up to its end, so it knows the same producers (their sequence state).
    disownProducerStates(leader.producerStates);
    log = changed(log, follower, { leaderEpochs: epochs, producerStates: leader.producerStates });
  }
  // The leader's cleaner may have removed the records at the end of what was copied (offsets stay,
  // gaps appear): the follower is then at the leader's log end all the same.
  if (from < leader.logEndOffset && log.logEndOffset < leader.logEndOffset) log = changed(log, follower, { logEndOffset: leader.logEndOffset });
  log = followLogStart(log, leader.logStartOffset);
  // UnifiedLog.updateHighWatermark on a follower: the leader's, capped at its own log end.
  const highWatermark = Math.min(leader.highWatermark, log.logEndOffset);
  return highWatermark === log.highWatermark ? log : changed(log, follower, { highWatermark });
}

/** `log` with `changes`: copied while it is still the follower's own object, changed in place once this call made a new one. */
function changed(log: PartitionLog, follower: PartitionLog, changes: Partial<PartitionLog>): PartitionLog {
  return log === follower ? { ...log, ...changes } : Object.assign(log as Draft<PartitionLog>, changes);
}
