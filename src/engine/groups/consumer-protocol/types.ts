import type { TopicPartition } from '../assignors/types.ts';
import type { GroupRemoteAssignor } from './assignors.ts';

// What the group coordinator keeps of a KIP-848 consumer group (ConsumerGroup, ConsumerGroupMember).

/** ConsumerGroupMember's MemberState, as the coordinator tracks its reconciliation. */
export type MemberState = 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';

export interface ConsumerGroupMember {
  memberId: string;
  memberEpoch: number;
  previousMemberEpoch: number;
  state: MemberState;
  subscribedTopics: readonly string[];
  /** assignedPartitions: what the member owns and keeps (excludes those pending revocation). */
  assigned: readonly TopicPartition[];
  /** partitionsPendingRevocation: asked back, not yet acknowledged as revoked. */
  revoking: readonly TopicPartition[];
  /** The member's heartbeats run on a grid of heartbeat intervals from here. */
  heartbeatBase: number;
  heartbeatIntervalMs: number;
  sessionTimeoutMs: number;
}

export interface ConsumerGroupData {
  groupEpoch: number;
  assignor: GroupRemoteAssignor;
  targetAssignmentEpoch: number;
  /** The target assignment by member id, as the assignor last computed it. */
  targetAssignment: Readonly<Record<string, readonly TopicPartition[]>>;
  members: Readonly<Record<string, ConsumerGroupMember>>;
  /** Partition counts of the subscribed topics at the last epoch bump (ConsumerGroup.subscriptionMetadata). */
  subscriptionMetadata: Readonly<Record<string, number>>;
}
