// Public shapes of the assignors, mirroring the inputs of Kafka's ConsumerPartitionAssignor.assign:
// partition counts per topic (cluster metadata) and one subscription per group member.

export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface AssignorMember {
  /** member.id, the key of the group subscription map. */
  id: string;
  /** Subscribed topics, as the member sent them. */
  topics: string[];
  /** Previously owned partitions (sticky: its user data; cooperative: Subscription.ownedPartitions). */
  owned?: TopicPartition[];
  /** Generation of `owned`; missing means AbstractStickyAssignor.DEFAULT_GENERATION (-1). */
  generation?: number;
  /** group.instance.id of a static member. */
  instanceId?: string;
}

export interface AssignorInput {
  partitionsPerTopic: Record<string, number>;
  members: AssignorMember[];
}

export type Assignment = Record<string, TopicPartition[]>;
