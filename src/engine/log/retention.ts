import type { DeletedSegment } from '../events.ts';
import type { PartitionLog, Segment, TopicConfig } from '../types.ts';
import { emptySegment, segmentEndOffset } from './partition-log.ts';

// UnifiedLog.deleteOldSegments for cleanup.policy=delete, below the replica's high watermark:
// walk segments oldest first while the predicate holds, never returning an empty last segment;
// if every segment goes, first roll a new empty active segment at the log end, as Kafka does.

export interface RetentionOutcome {
  log: PartitionLog;
  deleted: DeletedSegment[];
  reason: 'retention.ms' | 'retention.bytes';
  rolledAt?: number;
}

type Predicate = (segment: Segment) => boolean;

function deletable(log: PartitionLog, predicate: Predicate): Segment[] {
  const out: Segment[] = [];
  const all = [...log.sealed, log.active];
  for (let i = 0; i < all.length; i++) {
    const segment = all[i]!;
    const isLastAndEmpty = i === all.length - 1 && segment.bytes === 0;
    // Only what every in-sync replica has may go (UnifiedLog.deleteSegments: upper bound <= highWatermark).
    if (isLastAndEmpty || segmentEndOffset(segment) > log.highWatermark || !predicate(segment)) break;
    out.push(segment);
  }
  return out;
}

function deleteSegments(log: PartitionLog, doomed: Segment[], reason: RetentionOutcome['reason'], now: number): RetentionOutcome | undefined {
  if (doomed.length === 0) return undefined;
  const deleted = doomed.map((s) => ({ baseOffset: s.baseOffset, endOffset: segmentEndOffset(s), bytes: s.bytes, largestTimestamp: s.largestTimestamp }));
  const freed = doomed.reduce((sum, s) => sum + s.bytes, 0);
  const includesActive = doomed.length === log.sealed.length + 1;
  if (includesActive) {
    const fresh = emptySegment(log.logEndOffset, now);
    return {
      log: { ...log, sealed: log.sealed.dropFirst(log.sealed.length), active: fresh, logStartOffset: log.logEndOffset, bytes: log.bytes - freed },
      deleted,
      reason,
      rolledAt: log.logEndOffset,
    };
  }
  const sealed = log.sealed.dropFirst(doomed.length);
  const nextStart = (sealed.first() ?? log.active).baseOffset;
  return { log: { ...log, sealed, logStartOffset: Math.max(log.logStartOffset, nextStart), bytes: log.bytes - freed }, deleted, reason };
}

/** Runs the time rule, then the size rule, as one retention check would. */
export function applyRetention(log: PartitionLog, config: TopicConfig, now: number): RetentionOutcome[] {
  const outcomes: RetentionOutcome[] = [];
  let current = log;
  if (config.retentionMs >= 0) {
    // A segment is breached once its newest record is older than retention.ms (strictly).
    const byTime = deleteSegments(current, deletable(current, (s) => now - s.largestTimestamp > config.retentionMs), 'retention.ms', now);
    if (byTime) {
      outcomes.push(byTime);
      current = byTime.log;
    }
  }
  if (config.retentionBytes >= 0 && current.bytes >= config.retentionBytes) {
    // Delete oldest segments only while what remains is still at least retention.bytes.
    let excess = current.bytes - config.retentionBytes;
    const bySize = deleteSegments(current, deletable(current, (s) => {
      if (excess - s.bytes < 0) return false;
      excess -= s.bytes;
      return true;
    }), 'retention.bytes', now);
    if (bySize) outcomes.push(bySize);
  }
  return outcomes;
}
