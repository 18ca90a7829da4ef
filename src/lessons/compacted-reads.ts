import { committedOffset, logEndOffset, records, type SimEvent, type SimState } from '../engine/index.ts';

// Where a consumer of a compacted topic reads first, as students get it wrong (Kafka's LogCleaner
// removes records; a fetch from a removed offset returns the next record that still exists):
// the tombstones it expects to see (delete.retention.ms may have passed), and the committed offset
// it resumes from although the cleaner removed that record. Empty for a topic that only deletes.
// Used by ./choices.ts and ./misconceptions.ts for firstOffsetRead questions.

export type TaggedOffset = [offset: number, misconception: string];

export function compactedReadBeliefs(before: SimState, after: SimState, history: readonly SimEvent[], consumer: string, topic: string, partition: number): TaggedOffset[] {
  const config = after.topics[topic]?.config ?? before.topics[topic]?.config;
  if (!config || config.cleanupPolicy === 'delete') return [];
  const out: TaggedOffset[] = [];
  for (const e of history) {
    if (e.type === 'recordProduced' && e.topic === topic && e.partition === partition && e.value === null) out.push([e.offset, 'tombstoneAlwaysSeen']);
  }
  const group = before.consumers[consumer]?.group ?? after.consumers[consumer]?.group;
  const committed = group === undefined ? undefined : committedOffset(before, group, topic, partition);
  if (committed !== undefined && !records(after, topic, partition).some((r) => r.offset === committed)) out.push([committed, 'readsRemovedOffset']);
  const end = logEndOffset(after, topic, partition);
  if (end !== undefined) out.push([end, 'positionIsLogEnd']);
  return out;
}
