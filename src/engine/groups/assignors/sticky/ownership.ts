import { DEFAULT_GENERATION, removeFirst, tpKey, type StickyMember } from './common.ts';
import type { TopicPartition } from '../types.ts';

export interface Ownership {
  /** True when every member lists the same topics: Kafka then uses the constrained builder. */
  readonly allSubscriptionsEqual: boolean;
  /** consumerToOwnedPartitions: each member's still-valid owned partitions, in subscriptions-map order. */
  readonly consumerToOwnedPartitions: Map<string, TopicPartition[]>;
  /** Keys of partitions claimed by two members of the same generation (Kafka invalidates both claims). */
  readonly partitionsWithMultiplePreviousOwners: ReadonlySet<string>;
  /** AbstractStickyAssignor.maxGeneration (fresh per call here; Kafka keeps it on the assignor instance). */
  readonly maxGeneration: number;
}

// An owned partition counts only if its topic has metadata. Partition numbers beyond the topic's count
// are dropped too (Kafka would keep them and then double-assign; partitions never shrink in Kafka).
function isKnownPartition(tp: TopicPartition, partitionsPerTopic: ReadonlyMap<string, number>): boolean {
  const count = partitionsPerTopic.get(tp.topic);
  return count !== undefined && Number.isInteger(tp.partition) && tp.partition >= 0 && tp.partition < count;
}

/**
 * AbstractStickyAssignor.allSubscriptionsEqual, which also resolves ownership claims in
 * subscriptions-map order: the highest generation wins a partition; two claims from the same
 * generation invalidate it for both members.
 */
export function analyzeOwnership(members: readonly StickyMember[], partitionsPerTopic: ReadonlyMap<string, number>): Ownership {
  let allSubscriptionsEqual = true;
  const subscribedTopics = new Set<string>();
  const previousOwner = new Map<string, string>();
  const generationOf = new Map(members.map((m) => [m.id, m.subscriptionGeneration]));
  const consumerToOwnedPartitions = new Map<string, TopicPartition[]>();
  const partitionsWithMultiplePreviousOwners = new Set<string>();
  let maxGeneration = DEFAULT_GENERATION;

  for (const member of members) {
    // Kafka seeds the reference set from the first member with a non-empty list and compares list sizes.
    if (subscribedTopics.size === 0) {
      for (const topic of member.topics) subscribedTopics.add(topic);
    } else if (allSubscriptionsEqual &&
      !(member.topics.length === subscribedTopics.size && member.topics.every((t) => subscribedTopics.has(t)))) {
      allSubscriptionsEqual = false;
    }

    const generation = member.data.generation ?? DEFAULT_GENERATION;
    maxGeneration = Math.max(maxGeneration, generation);
    const owned: TopicPartition[] = [];
    consumerToOwnedPartitions.set(member.id, owned);

    for (const tp of member.data.partitions) {
      if (!isKnownPartition(tp, partitionsPerTopic)) continue;
      const key = tpKey(tp);
      const other = previousOwner.get(key);
      if (other === undefined) {
        owned.push(tp);
        previousOwner.set(key, member.id);
        continue;
      }
      const otherGeneration = generationOf.get(other) ?? DEFAULT_GENERATION;
      if (generation === otherGeneration) {
        partitionsWithMultiplePreviousOwners.add(key);
        removeFirst(consumerToOwnedPartitions.get(other)!, tp);
        previousOwner.set(key, member.id);
      } else if (generation > otherGeneration) {
        owned.push(tp);
        removeFirst(consumerToOwnedPartitions.get(other)!, tp);
        previousOwner.set(key, member.id);
      }
      // else: the other member's newer claim stands.
    }
  }
  return { allSubscriptionsEqual, consumerToOwnedPartitions, partitionsWithMultiplePreviousOwners, maxGeneration };
}
