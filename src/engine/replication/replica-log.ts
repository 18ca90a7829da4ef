import { AppendVec } from '../append-vec.ts';
import { appendExisting, emptySegment, recordsBetween, segmentEndOffset } from '../log/partition-log.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import type { EpochEntry, PartitionLog, ProducerSequenceState, Segment, TopicConfig } from '../types.ts';

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
    const keep = target - segment.baseOffset;
    active = keep <= 0 ? emptySegment(target, now) : { ...segment, records: segment.records.take(keep), bytes: segmentBytes(segment, keep) };
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
 * Where a follower must cut its log before fetching from a leader (the divergence check of a fetch
 * with lastFetchedEpoch, AbstractFetcherThread.truncateOnFetchResponse): the leader's end offset of
 * the newest epoch both know, or the follower's own end of that epoch if sooner. Undefined when the
 * logs agree.
 */
export function divergenceOffset(follower: PartitionLog, leader: PartitionLog): number | undefined {
  const last = latestEpoch(follower);
  if (last === UNDEFINED || follower.logEndOffset === 0) return undefined;
  const answer = endOffsetForEpoch(leader, last);
  let cut: number;
  if (answer.epoch === UNDEFINED) cut = follower.highWatermark;
  else cut = Math.min(answer.endOffset, endOffsetForEpoch(follower, answer.epoch).endOffset);
  if (cut < 0) cut = follower.highWatermark;
  return cut < follower.logEndOffset ? cut : undefined;
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
  const copied = recordsBetween(leader, from, leader.logEndOffset);
  if (copied.length > 0) {
    const epochs = [...log.leaderEpochs];
    for (const entry of leader.leaderEpochs) {
      const next = leader.leaderEpochs[leader.leaderEpochs.indexOf(entry) + 1];
      const end = next ? next.startOffset : leader.logEndOffset;
      if (end <= from) continue;
      const last = epochs[epochs.length - 1];
      if (!last || last.epoch < entry.epoch) epochs.push({ epoch: entry.epoch, startOffset: Math.max(entry.startOffset, from) });
    }
    for (const record of copied) log = appendExisting(log, config, now, record, recordSizeInBytes(record.key, record.value), false).log;
    // The follower now holds the leader's log up to its end, so it knows the same producers (their sequence state).
    log = { ...log, leaderEpochs: epochs, producerStates: leader.producerStates };
  }
  const highWatermark = Math.max(log.highWatermark, Math.min(leader.highWatermark, log.logEndOffset));
  return highWatermark === log.highWatermark ? log : { ...log, highWatermark };
}
