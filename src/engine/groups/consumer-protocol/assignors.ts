import type { TopicPartition } from '../assignors/types.ts';
import { uniformHeterogeneousAssign } from './uniform-heterogeneous.ts';

// The group coordinator's server-side assignors of KIP-848 (group-coordinator module, package
// org.apache.kafka.coordinator.group.assignor): pure functions of the subscriptions, the topic
// metadata and the previous *target* assignment (TargetAssignmentBuilder hands the assignor each
// member's current target, not what it owns). Iteration orders Kafka takes from hash maps (topic
// ids, member ids) are the caller's order here: the engine passes sorted names.

/** group.remote.assignor: 'uniform' (the broker's default) or 'range'. */
export type GroupRemoteAssignor = 'uniform' | 'range';
export const GROUP_REMOTE_ASSIGNORS: readonly GroupRemoteAssignor[] = ['uniform', 'range'];

export interface ServerAssignorMember {
  id: string;
  /** group.instance.id of a static member (RangeAssignor sorts those first). */
  instanceId?: string;
  topics: readonly string[];
  /** The member's previous target assignment, in the order Kafka would iterate it. */
  assigned: readonly TopicPartition[];
}

export interface ServerAssignorInput {
  /** Topic metadata of the subscribed topics, in iteration order. */
  topics: readonly { topic: string; partitions: number }[];
  members: readonly ServerAssignorMember[];
}

/** Every member id is a key; each list is ordered by the input's topic order, then partition. */
export type ServerAssignment = Record<string, TopicPartition[]>;

function key(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

/** Each member's partitions in the input's topic order, partitions ascending (Kafka's Set<Integer> iteration). */
function ordered(input: ServerAssignorInput, result: Map<string, TopicPartition[]>): ServerAssignment {
  const rank = new Map(input.topics.map((t, i) => [t.topic, i]));
  const out: ServerAssignment = {};
  for (const member of input.members) {
    const list = [...(result.get(member.id) ?? [])].sort((a, b) => (rank.get(a.topic)! - rank.get(b.topic)!) || a.partition - b.partition);
    // defineProperty: a member id such as "__proto__" stays an ordinary key.
    Object.defineProperty(out, member.id, { value: list, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A member's partitions grouped by topic, topics in first-appearance order (its assignment map's iteration). */
function byTopic(partitions: readonly TopicPartition[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const tp of partitions) {
    const list = groups.get(tp.topic);
    if (list) list.push(tp.partition);
    else groups.set(tp.topic, [tp.partition]);
  }
  return groups;
}

/** Whether every member subscribes to the same topics (ConsumerGroup's SubscriptionType.HOMOGENEOUS). */
export function isHomogeneous(members: readonly ServerAssignorMember[]): boolean {
  const first = new Set(members[0]?.topics ?? []);
  return members.every((m) => m.topics.length === first.size && m.topics.every((t) => first.has(t)) && new Set(m.topics).size === first.size);
}

/**
 * UniformHomogeneousAssignmentBuilder as of Kafka 4.1 (KAFKA-18688): each member keeps up to its
 * quota of its previous target; any member that already holds minQuota + 1 may keep the extra
 * partition while extras remain (4.0 gave the extras to the first members in iteration order, so a
 * balanced assignment could still move); the rest of the extras go to the LAST unfilled members, and
 * unassigned partitions are handed out in order to the unfilled members.
 */
function uniformHomogeneous(input: ServerAssignorInput): Map<string, TopicPartition[]> {
  const result = new Map<string, TopicPartition[]>();
  const members = input.members;
  const subscribed = new Set(members[0]!.topics);
  const topics = input.topics.filter((t) => subscribed.has(t.topic));
  for (const m of members) result.set(m.id, []);
  if (topics.length === 0) return result;

  const previouslyAssigned = new Set<string>();
  for (const m of members) for (const tp of m.assigned) previouslyAssigned.add(key(tp.topic, tp.partition));
  const unassigned: TopicPartition[] = [];
  let total = 0;
  for (const t of topics) {
    for (let p = 0; p < t.partitions; p++) if (!previouslyAssigned.has(key(t.topic, p))) unassigned.push({ topic: t.topic, partition: p });
    total += t.partitions;
  }
  const minQuota = Math.floor(total / members.length);
  let extras = total % members.length;
  const exists = new Map(topics.map((t) => [t.topic, t.partitions]));

  // maybeRevokePartitions
  const unfilled: { id: string; quota: number }[] = [];
  for (const member of members) {
    let quota = minQuota;
    let hasExtra = false;
    if (extras > 0) { quota++; hasExtra = true; }
    const kept: TopicPartition[] = [];
    for (const [topic, partitions] of byTopic(member.assigned)) {
      if (!exists.has(topic)) continue; // no longer subscribed: the whole topic goes
      if (partitions.length <= quota) {
        quota -= partitions.length;
        for (const p of partitions) kept.push({ topic, partition: p });
      } else {
        for (const p of partitions) {
          if (quota > 0) { quota--; kept.push({ topic, partition: p }); } else unassigned.push({ topic, partition: p });
        }
      }
    }
    // Did not reach minQuota + 1: give up the claim on an extra partition for another member.
    if (quota > 0 && hasExtra) { quota--; hasExtra = false; }
    if (quota === 0 && hasExtra) extras--;
    if (quota > 0 || (extras > 0 && !hasExtra)) unfilled.push({ id: member.id, quota });
    result.set(member.id, kept);
  }

  // assignRemainingPartitions: the last unfilled members take the remaining extras.
  for (let i = unfilled.length - 1; i >= 0; i--) {
    if (extras > 0) { extras--; unfilled[i]!.quota++; }
  }
  let next = 0;
  for (const u of unfilled) {
    const list = result.get(u.id)!;
    for (let i = 0; i < u.quota && next < unassigned.length; i++) list.push(unassigned[next++]!);
  }
  return result;
}

/** UniformAssignor: the homogeneous builder when every member subscribes to the same topics, else the heterogeneous one. */
export function uniformAssign(input: ServerAssignorInput): ServerAssignment {
  if (input.members.length === 0) return {};
  return ordered(input, isHomogeneous(input.members) ? uniformHomogeneous(input) : uniformHeterogeneousAssign(input));
}

/**
 * The server-side RangeAssignor (Kafka 4.0): members sorted by group.instance.id (static members
 * first) then member id; for each topic its subscribers take consecutive ranges of
 * partitions / subscribers, the first partitions % subscribers of them one more. It is not sticky:
 * co-partitioned topics line up, at the price of moving partitions when membership changes.
 */
export function rangeAssign(input: ServerAssignorInput): ServerAssignment {
  if (input.members.length === 0) return {};
  const sorted = [...input.members].sort((a, b) => {
    if (a.instanceId !== undefined && b.instanceId !== undefined) return a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0;
    if (a.instanceId !== undefined) return -1;
    if (b.instanceId !== undefined) return 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const result = new Map<string, TopicPartition[]>(input.members.map((m) => [m.id, []]));
  for (const t of input.topics) {
    const subscribers = sorted.filter((m) => m.topics.includes(t.topic));
    if (subscribers.length === 0) continue;
    const minQuota = Math.floor(t.partitions / subscribers.length);
    const extra = t.partitions % subscribers.length;
    let start = 0;
    subscribers.forEach((m, i) => {
      const end = Math.min(start + minQuota + (i < extra ? 1 : 0), t.partitions);
      for (let p = start; p < end; p++) result.get(m.id)!.push({ topic: t.topic, partition: p });
      start = end;
    });
  }
  return ordered(input, result);
}

export function serverAssign(assignor: GroupRemoteAssignor, input: ServerAssignorInput): ServerAssignment {
  return assignor === 'range' ? rangeAssign(input) : uniformAssign(input);
}
