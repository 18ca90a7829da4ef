import { emptyAssignment, topicPartitions, type GroupView } from './group.ts';
import { sortMembers } from './member-order.ts';
import type { AssignorMember, TopicPartition } from './types.ts';

/**
 * RangeAssignor (non-rack-aware path of assignPartitions): per topic, the sorted subscribers take
 * consecutive ranges; the first `count % n` of them get one extra partition. Topics are visited in
 * the partitionsPerTopic HashMap order, which is therefore the order of each member's list.
 */
export function rangeAssign(group: GroupView): Map<string, TopicPartition[]> {
  const assignment = emptyAssignment(group);

  // consumersPerTopic: members in subscriptions-map order, once per listed topic.
  const consumersPerTopic = new Map<string, AssignorMember[]>();
  for (const member of group.members) {
    for (const topic of member.topics) {
      const list = consumersPerTopic.get(topic) ?? [];
      list.push(member);
      consumersPerTopic.set(topic, list);
    }
  }

  for (const [topic, count] of group.partitionsPerTopic) {
    // TopicAssignmentState: sort by MemberInfo, then a LinkedHashMap keeps one entry per member id.
    const consumers = [...new Set(sortMembers(consumersPerTopic.get(topic) ?? []).map((m) => m.id))];
    if (consumers.length === 0) continue;
    const perConsumer = Math.floor(count / consumers.length);
    const withExtra = count % consumers.length;
    const partitions = topicPartitions(topic, count);
    let start = 0;
    consumers.forEach((consumer, i) => {
      const length = perConsumer + (i < withExtra ? 1 : 0);
      assignment.get(consumer)!.push(...partitions.slice(start, start + length));
      start += length;
    });
  }
  return assignment;
}
