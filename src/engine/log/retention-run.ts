import type { Events } from '../handlers/context.ts';
import type { SimState, TopicState } from '../types.ts';
import { segmentEndOffset } from './partition-log.ts';
import { applyRetention } from './retention.ts';

// UnifiedLog.deleteOldSegments over one topic's partitions (the leader's logs; followers follow the
// leader's log start). The retention check runs it for cleanup.policy=delete topics; the log cleaner
// runs it for compact,delete ones (cleaner-pass.ts).

export function retentionOf(state: SimState, topic: TopicState, events: Events): SimState {
  let changed: TopicState | undefined;
  topic.partitions.forEach((log, p) => {
    const outcomes = applyRetention(log, topic.config, state.time);
    if (outcomes.length === 0) return;
    const partitions = (changed ?? topic).partitions.slice();
    for (const outcome of outcomes) {
      if (outcome.rolledAt !== undefined) {
        events.push({ type: 'segmentRolled', at: state.time, topic: topic.name, partition: p, baseOffset: outcome.rolledAt, reason: 'retention' });
      }
      events.push({ type: 'segmentsDeleted', at: state.time, topic: topic.name, partition: p, reason: outcome.reason, segments: outcome.deleted, logStartOffset: outcome.log.logStartOffset });
      partitions[p] = outcome.log;
    }
    changed = { ...topic, partitions };
  });
  return changed ? { ...state, topics: { ...state.topics, [topic.name]: changed } } : state;
}

/**
 * The earliest model time at which retention could delete anything from this topic, given its logs
 * as they are: Infinity when nothing can go until something else changes (an append, or the high
 * watermark moving). Deletion walks segments oldest first and stops at the high watermark
 * (UnifiedLog.deleteOldSegments: upper bound <= highWatermark), so only the oldest segment matters,
 * and an oldest segment that reaches past the high watermark blocks both rules.
 */
export function retentionUsefulFor(topic: TopicState, now: number): number {
  let earliest = Number.POSITIVE_INFINITY;
  const { retentionMs, retentionBytes } = topic.config;
  if (retentionMs < 0 && retentionBytes < 0) return earliest;
  for (const log of topic.partitions) {
    const oldest = log.sealed.first() ?? log.active;
    // An empty closed segment (the cleaner emptied it) has largestTimestamp -1 and counts like any other.
    if ((oldest.bytes === 0 && oldest === log.active) || segmentEndOffset(oldest) > log.highWatermark) continue;
    // retention.bytes: the oldest segment goes once what remains is still at least retention.bytes.
    if (retentionBytes >= 0 && log.bytes - oldest.bytes >= retentionBytes) return now;
    if (retentionMs >= 0) earliest = Math.min(earliest, oldest.largestTimestamp + retentionMs + 1);
  }
  return earliest;
}
