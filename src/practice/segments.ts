import type { SegmentInfo } from '../engine/index.ts';

/**
 * The log start offset that deleting the marked segments (by base offset) leaves, or 'notOldest'
 * when they are not the oldest ones: retention deletes from the log's start (Log.deleteOldSegments),
 * so the log start offset only moves forward and no segment goes while an older one stays.
 */
export function segmentsResponse(segments: readonly SegmentInfo[], marked: ReadonlySet<number>, logEndOffset: number): number | 'notOldest' {
  const sorted = [...segments].sort((a, b) => a.baseOffset - b.baseOffset);
  const kept = sorted.findIndex((s) => !marked.has(s.baseOffset));
  if (kept === -1) return logEndOffset;
  if (sorted.slice(kept).some((s) => marked.has(s.baseOffset))) return 'notOldest';
  return sorted[kept]!.baseOffset;
}
