import type { TopicPartition } from '../assignors/types.ts';

// UniformHeterogeneousAssignmentBuilder (group-coordinator, KAFKA-17710 rework): members subscribed
// to different topics. Every member keeps its previous target partitions of topics it still subscribes
// to; unassigned partitions go, topic by topic, to the least loaded subscribers; then, up to 16 rounds
// over the topics, partitions move from the most to the least loaded subscribers of each topic until
// no topic can improve. Members are indexed in the caller's order (Kafka's TreeMap in its tests, sorted
// member names here); topics with equal ratios and subscriber counts are ordered by name (Kafka: Uuid).

const MAX_ITERATION_COUNT = 16;

export interface HeterogeneousInput {
  topics: readonly { topic: string; partitions: number }[];
  members: readonly { id: string; topics: readonly string[]; assigned: readonly TopicPartition[] }[];
}

/** Returns each member's target partitions as topic → partitions (insertion order). */
export function uniformHeterogeneousAssign(input: HeterogeneousInput): Map<string, TopicPartition[]> {
  const numPartitions = new Map(input.topics.map((t) => [t.topic, t.partitions]));
  const memberIds = input.members.map((m) => m.id);
  const sizes = new Array<number>(memberIds.length).fill(0);
  const subscribers = new Map<string, number[]>();
  const subscribed = new Set<string>();
  input.members.forEach((m, index) => {
    for (const topic of m.topics) {
      if (!numPartitions.has(topic)) continue;
      subscribed.add(topic);
      const list = subscribers.get(topic);
      if (list) list.push(index);
      else subscribers.set(topic, [index]);
    }
  });
  const owners = new Map<string, number[]>();
  for (const topic of subscribed) owners.set(topic, new Array<number>(numPartitions.get(topic)!).fill(-1));

  const topicCompare = (a: string, b: string): number => {
    const sa = subscribers.get(a)!.length;
    const sb = subscribers.get(b)!.length;
    const ratio = numPartitions.get(b)! / sb - numPartitions.get(a)! / sa;
    if (ratio !== 0) return ratio > 0 ? 1 : -1;
    if (sa !== sb) return sa - sb;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const memberCompare = (a: number, b: number): number => (sizes[a]! - sizes[b]!) || a - b;

  // maybeRevokePartitions: keep what is still subscribed.
  input.members.forEach((m, index) => {
    const topics = new Set(m.topics);
    for (const tp of m.assigned) {
      if (!topics.has(tp.topic) || !owners.has(tp.topic) || tp.partition >= numPartitions.get(tp.topic)!) continue;
      owners.get(tp.topic)![tp.partition] = index;
      sizes[index]!++;
    }
  });

  const assign = (topic: string, partition: number, member: number) => {
    const list = owners.get(topic)!;
    if (list[partition] !== -1) sizes[list[partition]!]!--;
    list[partition] = member;
    sizes[member]!++;
  };

  // MemberAssignmentBalancer: walks the subscribers of one topic from the least and the most loaded ends.
  class Balancer {
    sorted: number[] = [];
    leastEnd = 0;
    leastCount = -1;
    nextLeast = 0;
    mostStart = 0;
    mostEnd = 0;
    mostCount = 1;
    nextMost = -1;
    initialize(members: readonly number[]): number {
      this.sorted = [...members].sort(memberCompare);
      this.leastEnd = 0;
      this.leastCount = sizes[this.sorted[0]!]! - 1;
      this.nextLeast = 0;
      this.mostStart = this.sorted.length;
      this.mostEnd = this.sorted.length;
      this.mostCount = sizes[this.sorted[this.sorted.length - 1]!]! + 1;
      this.nextMost = this.sorted.length - 1;
      return sizes[this.sorted[this.sorted.length - 1]!]! - sizes[this.sorted[0]!]!;
    }
    nextLeastLoaded(): number {
      if (this.nextLeast >= this.leastEnd) {
        this.leastCount++;
        while (this.leastEnd < this.sorted.length && sizes[this.sorted[this.leastEnd]!] === this.leastCount) this.leastEnd++;
        this.nextLeast = 0;
      }
      return this.sorted[this.nextLeast++]!;
    }
    nextMostLoaded(): number {
      if (this.nextMost < this.mostStart) {
        if (this.mostEnd <= this.mostStart && this.mostStart > 0) this.mostCount = sizes[this.sorted[this.mostStart - 1]!]!;
        else this.mostCount--;
        while (this.mostStart > 0 && sizes[this.sorted[this.mostStart - 1]!] === this.mostCount) this.mostStart--;
        this.nextMost = this.mostEnd - 1;
      }
      if (this.nextMost < 0) return -1;
      return this.sorted[this.nextMost--]!;
    }
    excludeMostLoaded(): void {
      const index = this.sorted[this.nextMost + 1]!;
      this.sorted[this.nextMost + 1] = this.sorted[this.mostEnd - 1]!;
      this.sorted[this.mostEnd - 1] = index;
      this.mostEnd--;
    }
    isBalanced(): boolean {
      return this.mostCount - this.leastCount <= 1;
    }
  }

  // assignRemainingPartitions
  const balancer = new Balancer();
  const withUnassigned = [...subscribed].filter((t) => owners.get(t)!.includes(-1)).sort(topicCompare);
  for (const topic of withUnassigned) {
    balancer.initialize(subscribers.get(topic)!);
    owners.get(topic)!.forEach((owner, partition) => {
      if (owner === -1) assign(topic, partition, balancer.nextLeastLoaded());
    });
  }

  // balance: topics with at least two subscribers.
  const balanceTopic = (topic: string): number => {
    let moved = 0;
    const list = owners.get(topic)!;
    if (balancer.initialize(subscribers.get(topic)!) <= 1) return 0;
    const partitions = list.map((_, p) => p).sort((a, b) => (list[a]! - list[b]!) || a - b);
    const start = new Map<number, number>();
    const end = new Map<number, number>();
    partitions.forEach((p, i) => {
      if (!start.has(list[p]!)) start.set(list[p]!, i);
      end.set(list[p]!, i + 1);
    });
    while (!balancer.isBalanced()) {
      let most: number;
      for (;;) {
        most = balancer.nextMostLoaded();
        if (most === -1) break;
        if (!end.has(most) || end.get(most)! - start.get(most)! <= 0) { balancer.excludeMostLoaded(); continue; }
        break;
      }
      if (most === -1) break;
      const partition = partitions[end.get(most)! - 1]!;
      end.set(most, end.get(most)! - 1);
      const least = balancer.nextLeastLoaded();
      if (balancer.isBalanced()) break;
      assign(topic, partition, least);
      moved++;
    }
    return moved;
  };
  const balanced = [...subscribed].filter((t) => subscribers.get(t)!.length >= 2).sort(topicCompare);
  let lastRebalanced = -1;
  outer: for (let i = 0; i < MAX_ITERATION_COUNT && balanced.length > 0; i++) {
    for (let t = 0; t < balanced.length; t++) {
      if (t === lastRebalanced) break outer;
      if (balanceTopic(balanced[t]!) > 0 || lastRebalanced === -1) lastRebalanced = t;
    }
  }

  const result = new Map<string, TopicPartition[]>(memberIds.map((id) => [id, []]));
  for (const [topic, list] of owners) list.forEach((owner, partition) => { if (owner !== -1) result.get(memberIds[owner]!)!.push({ topic, partition }); });
  return result;
}
