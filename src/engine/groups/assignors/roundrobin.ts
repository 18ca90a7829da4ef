import { compareJavaStrings, sortMembers } from './member-order.ts';
import { emptyAssignment, topicPartitions, type GroupView } from './group.ts';
import type { TopicPartition } from './types.ts';

/**
 * RoundRobinAssignor: every subscribed partition, sorted by topic (a TreeSet of names) then partition,
 * is dealt to the next member of a CircularIterator over the MemberInfo-sorted members, skipping
 * members that do not subscribe to the partition's topic.
 */
export function roundRobinAssign(group: GroupView): Map<string, TopicPartition[]> {
  const assignment = emptyAssignment(group);
  const members = sortMembers(group.members);
  const topics = [...new Set(group.members.flatMap((m) => m.topics))].sort(compareJavaStrings);

  let next = 0;
  for (const topic of topics) {
    const count = group.partitionsPerTopic.get(topic);
    if (count === undefined) continue;
    for (const tp of topicPartitions(topic, count)) {
      // Terminates: the topic is in the set only because some member subscribes to it.
      while (!members[next]!.topics.includes(topic)) next = (next + 1) % members.length;
      assignment.get(members[next]!.id)!.push(tp);
      next = (next + 1) % members.length;
    }
  }
  return assignment;
}
