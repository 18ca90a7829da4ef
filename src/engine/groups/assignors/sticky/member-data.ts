import { JavaHashMap, javaStringHash } from '../java-hash.ts';
import type { AssignorMember, TopicPartition } from '../types.ts';
import { DEFAULT_GENERATION, reportedGeneration, type MemberData, type StickyFlavor, type StickyMember } from './common.ts';

/**
 * StickyAssignor.memberData reads the previous assignment back from its user data, which
 * serializeTopicPartitionAssignment wrote grouped by topic via CollectionUtils.groupPartitionsByTopic
 * (HashMap.computeIfAbsent): topics come back in that HashMap's order, partitions in their original order.
 */
function stickyUserDataOrder(owned: readonly TopicPartition[]): TopicPartition[] {
  const byTopic = new JavaHashMap<string, number[]>((t) => t, javaStringHash);
  for (const tp of owned) byTopic.computeIfAbsent(tp.topic, () => []).push(tp.partition);
  return [...byTopic.entries()].flatMap(([topic, partitions]) => partitions.map((partition) => ({ topic, partition })));
}

/**
 * StickyAssignor takes owned partitions and generation from its user data; CooperativeStickyAssignor
 * from Subscription.ownedPartitions and generationId (v2+ protocol). Both come from `owned` and
 * `generation` here; only the sticky user-data round trip reorders the list.
 */
export function memberData(flavor: StickyFlavor, member: AssignorMember): MemberData {
  const owned = member.owned ?? [];
  const partitions = flavor === 'sticky' ? stickyUserDataOrder(owned) : [...owned];
  return { partitions, generation: reportedGeneration(member) };
}

export function toStickyMember(flavor: StickyFlavor, member: AssignorMember): StickyMember {
  return {
    id: member.id,
    topics: member.topics,
    data: memberData(flavor, member),
    subscriptionGeneration: reportedGeneration(member) ?? DEFAULT_GENERATION,
    ownedPartitions: member.owned ?? [],
  };
}
