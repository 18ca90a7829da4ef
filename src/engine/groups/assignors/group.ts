import { JavaHashMap, javaStringHash, javaStringSet } from './java-hash.ts';
import type { AssignorInput, AssignorMember, TopicPartition } from './types.ts';

/**
 * The inputs as Kafka's group leader hands them to an assignor (ConsumerCoordinator.onLeaderElected
 * then AbstractPartitionAssignor.assign(Cluster, GroupSubscription)): both maps are java.util.HashMaps,
 * so `members` and `partitionsPerTopic` are listed in Java HashMap iteration order.
 */
export interface GroupView {
  /** The subscriptions map: keyed by member id, filled in the order the members joined. */
  readonly members: readonly AssignorMember[];
  /** Subscribed topics that have metadata (at least one partition), with their partition counts. */
  readonly partitionsPerTopic: ReadonlyMap<string, number>;
}

export function buildGroupView(input: AssignorInput): GroupView {
  // HashMap.put: a repeated member id replaces the earlier subscription but keeps its slot.
  const subscriptions = new JavaHashMap<string, AssignorMember>((id) => id, javaStringHash);
  for (const member of input.members) subscriptions.set(member.id, member);
  const members = [...subscriptions.values()];

  const allSubscribedTopics = javaStringSet();
  for (const member of members) for (const topic of member.topics) allSubscribedTopics.set(topic, true);

  // Topics with no (or empty) metadata are skipped, as AbstractPartitionAssignor does.
  const partitionsPerTopic = new JavaHashMap<string, number>((t) => t, javaStringHash);
  for (const topic of allSubscribedTopics.keys()) {
    const count = Object.hasOwn(input.partitionsPerTopic, topic) ? input.partitionsPerTopic[topic] : undefined;
    if (count !== undefined && Number.isInteger(count) && count > 0) partitionsPerTopic.set(topic, count);
  }
  return { members, partitionsPerTopic: new Map(partitionsPerTopic.entries()) };
}

export function emptyAssignment(group: GroupView): Map<string, TopicPartition[]> {
  return new Map(group.members.map((m) => [m.id, []]));
}

/** AbstractPartitionAssignor.partitions(topic, n): partitions 0..n-1 in order. */
export function topicPartitions(topic: string, count: number): TopicPartition[] {
  return Array.from({ length: count }, (_, partition) => ({ topic, partition }));
}
