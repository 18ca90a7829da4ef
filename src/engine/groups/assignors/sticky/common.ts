import type { AssignorMember, TopicPartition } from '../types.ts';

export type StickyFlavor = 'sticky' | 'cooperative-sticky';

/** AbstractStickyAssignor.DEFAULT_GENERATION. */
export const DEFAULT_GENERATION = -1;

/** A map/set key for a partition; the partition number comes first so no topic name can collide. */
export function tpKey(tp: TopicPartition): string {
  return `${tp.partition}:${tp.topic}`;
}

/** AbstractStickyAssignor.MemberData: what the assignor believes a member owned, and in which generation. */
export interface MemberData {
  readonly partitions: readonly TopicPartition[];
  /** Absent (undefined) when the member reported no generation. */
  readonly generation: number | undefined;
}

export interface StickyMember {
  readonly id: string;
  /** Subscription.topics(), as listed (duplicates kept, like Kafka's List). */
  readonly topics: readonly string[];
  readonly data: MemberData;
  /** Subscription.generationId().orElse(DEFAULT_GENERATION). */
  readonly subscriptionGeneration: number;
  /** Subscription.ownedPartitions(), used by the cooperative protocol's revocation check. */
  readonly ownedPartitions: readonly TopicPartition[];
}

/** Result of one sticky build: the assignment and, for the constrained path, the partitions changing hands. */
export interface StickyOutcome {
  readonly assignment: Map<string, TopicPartition[]>;
  /** partitionsTransferringOwnership (tp key to new owner); null after the general path, as in Kafka. */
  readonly transferring: ReadonlyMap<string, string> | null;
}

/** ArrayList.remove(Object): drops the first equal element, if any. */
export function removeFirst(list: TopicPartition[], tp: TopicPartition): boolean {
  const key = tpKey(tp);
  const at = list.findIndex((p) => tpKey(p) === key);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}

/** Kafka's Subscription maps a negative generation to Optional.empty(); so do we. */
export function reportedGeneration(member: AssignorMember): number | undefined {
  return member.generation !== undefined && member.generation >= 0 ? member.generation : undefined;
}
