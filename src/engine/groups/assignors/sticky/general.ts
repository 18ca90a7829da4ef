import { compareJavaStrings } from '../member-order.ts';
import { topicPartitions } from '../group.ts';
import type { TopicPartition } from '../types.ts';
import { DEFAULT_GENERATION, removeFirst, tpKey, type StickyMember } from './common.ts';
import { PartitionMovements } from './partition-movements.ts';
import { SortedConsumers } from './sorted-consumers.ts';

export interface GeneralInput {
  /** Members in subscriptions-map order. */
  readonly members: readonly StickyMember[];
  readonly partitionsPerTopic: ReadonlyMap<string, number>;
  /** consumerToOwnedPartitions after claim resolution (see ownership.ts). */
  readonly consumerToOwnedPartitions: ReadonlyMap<string, readonly TopicPartition[]>;
  readonly maxGeneration: number;
}

interface PreviousOwner {
  readonly consumer: string;
  readonly generation: number;
}

/**
 * AbstractStickyAssignor.GeneralAssignmentBuilder (members subscribe to different topics): keep
 * valid owned partitions, give the rest to the least-loaded eligible member, then move partitions
 * (undoing earlier moves first, and returning partitions to their previous-generation owner) until
 * no member could take a partition from one with 2+ more. The result is reverted if it is not
 * strictly better balanced than what the owned partitions gave.
 */
export function generalAssign(input: GeneralInput): Map<string, TopicPartition[]> {
  return new GeneralAssignmentBuilder(input).build();
}

class GeneralAssignmentBuilder {
  private readonly members = new Map<string, StickyMember>();
  private readonly topic2AllPotentialConsumers = new Map<string, string[]>();
  private readonly consumer2AllPotentialTopics = new Map<string, string[]>();
  private currentAssignment = new Map<string, TopicPartition[]>();
  private currentPartitionConsumer = new Map<string, string>();
  private sortedAllPartitions: TopicPartition[];
  private readonly sortedCurrentSubscriptions: SortedConsumers;
  private readonly partitionMovements = new PartitionMovements();
  private readonly totalPartitionsCount: number;
  private revocationRequired = false;

  constructor(private readonly input: GeneralInput) {
    const { partitionsPerTopic } = input;
    this.totalPartitionsCount = [...partitionsPerTopic.values()].reduce((a, b) => a + b, 0);
    for (const topic of partitionsPerTopic.keys()) this.topic2AllPotentialConsumers.set(topic, []);
    for (const member of input.members) {
      this.members.set(member.id, member);
      const topics = member.topics.filter((t) => partitionsPerTopic.has(t));
      this.consumer2AllPotentialTopics.set(member.id, topics);
      for (const topic of topics) this.topic2AllPotentialConsumers.get(topic)!.push(member.id);
      this.currentAssignment.set(member.id, [...(input.consumerToOwnedPartitions.get(member.id) ?? [])]);
    }
    for (const [consumer, partitions] of this.currentAssignment) {
      for (const tp of partitions) this.currentPartitionConsumer.set(tpKey(tp), consumer);
    }
    // TopicComparator: topics with fewer potential consumers first, then by name.
    const sortedAllTopics = [...this.topic2AllPotentialConsumers.keys()].sort((a, b) =>
      this.potentialConsumers(a).length - this.potentialConsumers(b).length || compareJavaStrings(a, b));
    this.sortedAllPartitions = sortedAllTopics.flatMap((t) => topicPartitions(t, partitionsPerTopic.get(t)!));
    this.sortedCurrentSubscriptions = new SortedConsumers((c) => this.sizeOf(c));
  }

  build(): Map<string, TopicPartition[]> {
    const prevAssignment = this.prepopulateCurrentAssignments();
    const assignedKeys = new Set(this.assignOwnedPartitions().map(tpKey));
    const unassigned = this.sortedAllPartitions.filter((tp) => !assignedKeys.has(tpKey(tp)));
    for (const consumer of this.currentAssignment.keys()) this.sortedCurrentSubscriptions.add(consumer);
    this.balance(prevAssignment, unassigned);
    return this.currentAssignment;
  }

  private potentialConsumers(topic: string): readonly string[] {
    return this.topic2AllPotentialConsumers.get(topic) ?? [];
  }

  private potentialTopics(consumer: string): readonly string[] {
    return this.consumer2AllPotentialTopics.get(consumer) ?? [];
  }

  private sizeOf(consumer: string): number {
    return this.currentAssignment.get(consumer)?.length ?? 0;
  }

  // Claims from generations older than the newest one: the latest such owner of each partition.
  private prepopulateCurrentAssignments(): Map<string, PreviousOwner> {
    const prev = new Map<string, PreviousOwner>();
    const record = (partitions: readonly TopicPartition[], consumer: string, generation: number): void => {
      for (const tp of partitions) {
        const existing = prev.get(tpKey(tp));
        if (existing === undefined || generation > existing.generation) prev.set(tpKey(tp), { consumer, generation });
      }
    };
    for (const member of this.input.members) {
      const { partitions, generation } = member.data;
      if (generation !== undefined && generation < this.input.maxGeneration) record(partitions, member.id, generation);
      else if (generation === undefined && this.input.maxGeneration > DEFAULT_GENERATION) record(partitions, member.id, DEFAULT_GENERATION);
    }
    return prev;
  }

  private assignOwnedPartitions(): TopicPartition[] {
    const assigned: TopicPartition[] = [];
    for (const [consumer, partitions] of this.currentAssignment) {
      const topics = this.members.get(consumer)!.topics;
      const kept = partitions.filter((tp) => {
        if (!this.topic2AllPotentialConsumers.has(tp.topic)) {
          this.currentPartitionConsumer.delete(tpKey(tp));
          return false;
        }
        if (!topics.includes(tp.topic)) {
          this.revocationRequired = true;
          return false;
        }
        return true;
      });
      this.currentAssignment.set(consumer, kept);
      assigned.push(...kept);
    }
    return assigned;
  }

  private getMaxAssignmentSize(topics: readonly string[]): number {
    if (topics.length === this.input.partitionsPerTopic.size) return this.totalPartitionsCount;
    return topics.reduce((sum, t) => sum + (this.input.partitionsPerTopic.get(t) ?? 0), 0);
  }

  /** Balanced when sizes differ by at most one, or no member could take a partition from one with 2+ more. */
  private isBalanced(): boolean {
    const first = this.sortedCurrentSubscriptions.first();
    const last = this.sortedCurrentSubscriptions.last();
    if (first === undefined || last === undefined || this.sizeOf(first) >= this.sizeOf(last) - 1) return true;

    const allPartitions = new Map<string, string>();
    for (const [consumer, partitions] of this.currentAssignment) for (const tp of partitions) allPartitions.set(tpKey(tp), consumer);

    for (const consumer of this.sortedCurrentSubscriptions.ascending()) {
      const count = this.sizeOf(consumer);
      const topics = this.potentialTopics(consumer);
      if (count === this.getMaxAssignmentSize(topics)) continue;
      const own = new Set(this.currentAssignment.get(consumer)!.map(tpKey));
      for (const topic of topics) {
        for (const tp of topicPartitions(topic, this.input.partitionsPerTopic.get(topic)!)) {
          if (own.has(tpKey(tp))) continue;
          const other = allPartitions.get(tpKey(tp));
          if (other !== undefined && count + 1 < this.sizeOf(other)) return false;
        }
      }
    }
    return true;
  }

  private balance(prevAssignment: ReadonlyMap<string, PreviousOwner>, unassignedPartitions: readonly TopicPartition[]): void {
    const initializing = this.sizeOf(this.sortedCurrentSubscriptions.last() ?? '') === 0;

    // maybeAssign: each unassigned partition goes to the least-loaded member subscribed to its topic.
    for (const tp of unassignedPartitions) {
      const consumer = this.sortedCurrentSubscriptions.find((c) => this.potentialTopics(c).includes(tp.topic));
      if (consumer === undefined) continue;
      this.sortedCurrentSubscriptions.remove(consumer);
      this.currentAssignment.get(consumer)!.push(tp);
      this.currentPartitionConsumer.set(tpKey(tp), consumer);
      this.sortedCurrentSubscriptions.add(consumer);
    }

    // Topics with a single potential consumer, and members that cannot change, stay out of the balancing.
    const canMove = (tp: TopicPartition): boolean => this.potentialConsumers(tp.topic).length >= 2;
    this.sortedAllPartitions = this.sortedAllPartitions.filter(canMove);
    const reassignableUnassigned = unassignedPartitions.filter(canMove);
    const fixedAssignments = new Map<string, TopicPartition[]>();
    for (const consumer of this.consumer2AllPotentialTopics.keys()) {
      if (this.canConsumerParticipateInReassignment(consumer)) continue;
      this.sortedCurrentSubscriptions.remove(consumer);
      fixedAssignments.set(consumer, this.currentAssignment.get(consumer)!);
      this.currentAssignment.delete(consumer);
    }

    const preBalanceAssignment = copyAssignment(this.currentAssignment);
    const preBalancePartitionConsumers = new Map(this.currentPartitionConsumer);
    // Without revocations, first try to balance by moving only the newly assigned partitions.
    if (!this.revocationRequired) this.performReassignments(reassignableUnassigned, prevAssignment);
    const reassignmentPerformed = this.performReassignments(this.sortedAllPartitions, prevAssignment);

    if (!initializing && reassignmentPerformed &&
      balanceScore(this.currentAssignment) >= balanceScore(preBalanceAssignment)) {
      this.currentAssignment = copyAssignment(preBalanceAssignment);
      this.currentPartitionConsumer = preBalancePartitionConsumers;
    }
    for (const [consumer, partitions] of fixedAssignments) {
      this.currentAssignment.set(consumer, partitions);
      this.sortedCurrentSubscriptions.add(consumer);
    }
  }

  private canConsumerParticipateInReassignment(consumer: string): boolean {
    const partitions = this.currentAssignment.get(consumer)!;
    if (partitions.length < this.getMaxAssignmentSize(this.potentialTopics(consumer))) return true;
    return partitions.some((tp) => this.potentialConsumers(tp.topic).length >= 2);
  }

  private performReassignments(partitions: readonly TopicPartition[], prevAssignment: ReadonlyMap<string, PreviousOwner>): boolean {
    let reassignmentPerformed = false;
    let modified: boolean;
    do {
      modified = false;
      for (const tp of partitions) {
        if (this.isBalanced()) break;
        const consumer = this.currentPartitionConsumer.get(tpKey(tp));
        if (consumer === undefined) continue;
        const prev = prevAssignment.get(tpKey(tp));
        // Back to its previous-generation owner, as Kafka does even when that member no longer subscribes
        // to the topic. Kafka throws (NPE) if that owner is a fixed member; we skip the shortcut instead.
        if (prev !== undefined && this.currentAssignment.has(prev.consumer) &&
          this.sizeOf(consumer) > this.sizeOf(prev.consumer) + 1) {
          this.reassignPartition(tp, prev.consumer);
          reassignmentPerformed = modified = true;
          continue;
        }
        const lighter = this.potentialConsumers(tp.topic).some((other) =>
          this.currentAssignment.has(other) && this.sizeOf(consumer) > this.sizeOf(other) + 1);
        if (lighter) {
          const target = this.sortedCurrentSubscriptions.find((c) => this.potentialTopics(c).includes(tp.topic))!;
          this.reassignPartition(tp, target);
          reassignmentPerformed = modified = true;
        }
      }
    } while (modified);
    return reassignmentPerformed;
  }

  private reassignPartition(tp: TopicPartition, newConsumer: string): void {
    const consumer = this.currentPartitionConsumer.get(tpKey(tp))!;
    const moved = this.partitionMovements.partitionToMove(tp, consumer, newConsumer);
    const oldConsumer = this.currentPartitionConsumer.get(tpKey(moved))!;
    this.sortedCurrentSubscriptions.remove(oldConsumer);
    this.sortedCurrentSubscriptions.remove(newConsumer);
    this.partitionMovements.movePartition(moved, oldConsumer, newConsumer);
    removeFirst(this.currentAssignment.get(oldConsumer)!, moved);
    this.currentAssignment.get(newConsumer)!.push(moved);
    this.currentPartitionConsumer.set(tpKey(moved), newConsumer);
    this.sortedCurrentSubscriptions.add(newConsumer);
    this.sortedCurrentSubscriptions.add(oldConsumer);
  }
}

function copyAssignment(assignment: ReadonlyMap<string, readonly TopicPartition[]>): Map<string, TopicPartition[]> {
  return new Map([...assignment].map(([consumer, partitions]) => [consumer, [...partitions]]));
}

/** getBalanceScore: the sum of size differences over all pairs of members (0 is perfectly balanced). */
function balanceScore(assignment: ReadonlyMap<string, readonly TopicPartition[]>): number {
  const sizes = [...assignment.values()].map((p) => p.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) for (let j = i + 1; j < sizes.length; j++) score += Math.abs(sizes[i]! - sizes[j]!);
  return score;
}
