import { compareJavaStrings } from '../member-order.ts';
import { topicPartitions } from '../group.ts';
import type { TopicPartition } from '../types.ts';
import { tpKey, type StickyOutcome } from './common.ts';

export interface ConstrainedInput {
  readonly partitionsPerTopic: ReadonlyMap<string, number>;
  /** consumerToOwnedPartitions, iterated in subscriptions-map order (that order decides who keeps maxQuota). */
  readonly consumerToOwnedPartitions: ReadonlyMap<string, readonly TopicPartition[]>;
  readonly partitionsWithMultiplePreviousOwners: ReadonlySet<string>;
}

/** Owned partitions are reclaimed by partition number first, then topic (assignOwnedPartitions). */
function comparePartitionThenTopic(a: TopicPartition, b: TopicPartition): number {
  return a.partition - b.partition || compareJavaStrings(a.topic, b.topic);
}

/**
 * AbstractStickyAssignor.ConstrainedAssignmentBuilder (all members subscribe to the same topics):
 * 1. each member keeps its owned partitions up to minQuota, or maxQuota while fewer than
 *    `total % members` members have been granted maxQuota;
 * 2. the rest, sorted by topic then partition, are dealt round-robin to members under minQuota,
 *    then one each to members sitting exactly at minQuota.
 */
export function constrainedAssign(input: ConstrainedInput): StickyOutcome {
  const { partitionsPerTopic, consumerToOwnedPartitions, partitionsWithMultiplePreviousOwners: multiOwned } = input;
  const total = [...partitionsPerTopic.values()].reduce((a, b) => a + b, 0);
  const numberOfConsumers = consumerToOwnedPartitions.size;
  const minQuota = Math.floor(total / numberOfConsumers);
  const maxQuota = Math.ceil(total / numberOfConsumers);
  const expectedNumMembersWithOverMinQuota = total % numberOfConsumers;
  let currentNumMembersWithOverMinQuota = 0;

  const underMinQuota: string[] = [];
  let exactlyMinQuota: string[] = [];
  const assignment = new Map<string, TopicPartition[]>([...consumerToOwnedPartitions.keys()].map((c) => [c, []]));
  const assigned = new Set<string>();
  const allRevoked = new Set<string>();
  const transferring = new Map<string, string>();

  // Step 1: assignOwnedPartitions.
  for (const [consumer, ownedList] of consumerToOwnedPartitions) {
    const owned = [...ownedList].sort(comparePartitionThenTopic).filter((tp) => !multiOwned.has(tpKey(tp)));
    const keep = (n: number): void => {
      for (const tp of owned.slice(0, n)) {
        assignment.get(consumer)!.push(tp);
        assigned.add(tpKey(tp));
      }
      for (const tp of owned.slice(n)) allRevoked.add(tpKey(tp));
    };
    if (owned.length < minQuota) {
      keep(owned.length);
      underMinQuota.push(consumer);
    } else if (owned.length >= maxQuota && currentNumMembersWithOverMinQuota < expectedNumMembersWithOverMinQuota) {
      currentNumMembersWithOverMinQuota++;
      if (currentNumMembersWithOverMinQuota === expectedNumMembersWithOverMinQuota) exactlyMinQuota = [];
      keep(maxQuota);
    } else {
      keep(minQuota);
      if (currentNumMembersWithOverMinQuota < expectedNumMembersWithOverMinQuota) exactlyMinQuota.push(consumer);
    }
  }

  // getUnassignedPartitions: every partition (topics sorted by name) not kept above.
  const unassigned = [...partitionsPerTopic.keys()].sort(compareJavaStrings)
    .flatMap((topic) => topicPartitions(topic, partitionsPerTopic.get(topic)!))
    .filter((tp) => !assigned.has(tpKey(tp)));
  underMinQuota.sort(compareJavaStrings);
  exactlyMinQuota.sort(compareJavaStrings);

  const assignNewPartition = (tp: TopicPartition, consumer: string): number => {
    const list = assignment.get(consumer)!;
    list.push(tp);
    // A revoked or doubly-claimed partition given to someone is what the cooperative protocol withholds.
    if (allRevoked.has(tpKey(tp)) || multiOwned.has(tpKey(tp))) transferring.set(tpKey(tp), consumer);
    return list.length;
  };

  // Step 2: assignRoundRobin, emulating its LinkedList iterator over the under-minQuota members.
  let cursor = 0;
  for (const tp of unassigned) {
    let consumer: string;
    let fromIterator = true;
    if (cursor < underMinQuota.length) {
      consumer = underMinQuota[cursor++]!;
    } else if (underMinQuota.length === 0 && exactlyMinQuota.length === 0) {
      throw new Error('sticky assignor: no more unfilled consumers to be assigned');
    } else if (underMinQuota.length === 0) {
      consumer = exactlyMinQuota.shift()!;
      fromIterator = false;
    } else {
      cursor = 0;
      consumer = underMinQuota[cursor++]!;
    }
    const count = assignNewPartition(tp, consumer);
    if (count === minQuota && fromIterator) {
      underMinQuota.splice(--cursor, 1);
      exactlyMinQuota.push(consumer);
    } else if (count === maxQuota) {
      currentNumMembersWithOverMinQuota++;
    }
  }

  // verifyUnfilledMembers: Kafka throws IllegalStateException if the quotas were not met.
  if (underMinQuota.length > 0) {
    const unfilled = currentNumMembersWithOverMinQuota !== expectedNumMembersWithOverMinQuota ||
      underMinQuota.some((c) => assignment.get(c)!.length !== minQuota);
    if (unfilled) throw new Error('sticky assignor: a member did not reach minQuota');
  }
  return { assignment, transferring };
}
