import type { AppendVec } from './append-vec.ts';

export type OffsetResetPolicy = 'earliest' | 'latest' | 'none';
/**
 * Named after what Kafka ships: 'uniform-sticky' the built-in partitioner of 3.3+ (BuiltInPartitioner,
 * the default), 'sticky' the DefaultPartitioner of 2.4-3.2, 'legacy-default' the DefaultPartitioner of
 * 2.3 and earlier (keys hash, keyless records rotate), 'round-robin' RoundRobinPartitioner (keys ignored).
 */
export type KeylessPartitioner = 'uniform-sticky' | 'sticky' | 'legacy-default' | 'round-robin';
export const KEYLESS_PARTITIONERS: readonly KeylessPartitioner[] = ['uniform-sticky', 'sticky', 'legacy-default', 'round-robin'];
import type { AssignorName, TopicPartition } from './groups/assignors/index.ts';

export type { AssignorName, TopicPartition };

export interface LogRecord {
  offset: number;
  key?: string;
  value: string;
  /** CreateTime in model milliseconds. */
  timestamp: number;
  producer: string;
}

/** A log segment: a run of consecutive offsets starting at baseOffset. */
export interface Segment {
  baseOffset: number;
  records: AppendVec<LogRecord>;
  bytes: number;
  /** Largest record timestamp: time retention compares it (LogSegment.largestTimestamp). */
  largestTimestamp: number;
  /** When the segment was rolled, for segment.ms. */
  createdAt: number;
}

export interface PartitionLog {
  partition: number;
  /** Closed segments, oldest first. */
  sealed: AppendVec<Segment>;
  /** The segment new records go to; Kafka always has exactly one. */
  active: Segment;
  logStartOffset: number;
  logEndOffset: number;
  /** Bytes of all retained segments. */
  bytes: number;
}

export interface TopicConfig {
  /** retention.ms; -1 keeps forever. */
  retentionMs: number;
  /** retention.bytes per partition; -1 means no size limit. */
  retentionBytes: number;
  /** segment.bytes */
  segmentBytes: number;
  /** segment.ms */
  segmentMs: number;
}

export interface TopicState {
  name: string;
  config: TopicConfig;
  partitions: readonly PartitionLog[];
}

export interface ProducerTopicState {
  /** Round-robin counter, from 0 as RoundRobinPartitioner starts it. */
  counter?: number;
  /** The partition keyless records currently stick to. */
  stickyPartition?: number;
  /** Bytes sent to the sticky partition since it was chosen. */
  stickyBytes: number;
}

export interface ProducerState {
  id: string;
  partitioner: KeylessPartitioner;
  /** batch.size: when sticky partitioners move on. */
  batchBytes: number;
  topics: Readonly<Record<string, ProducerTopicState>>;
}

export interface ConsumerState {
  id: string;
  group: string;
  topics: readonly string[];
  autoOffsetReset: OffsetResetPolicy;
  assignor: AssignorName;
  enableAutoCommit: boolean;
  autoCommitIntervalMs: number;
  sessionTimeoutMs: number;
  status: 'active' | 'crashed';
  crashedAt?: number;
  assignment: readonly TopicPartition[];
  /** Next offset to fetch per assigned partition, by tpKey. Absent until known. */
  positions: Readonly<Record<string, number>>;
  nextAutoCommitAt: number;
  /** The partition in progress (FetchCollector's next-in-line fetch), as an index into the assignment. */
  pollCursor: number;
  /** max.poll.interval.ms: a member that does not poll within it leaves its group. */
  maxPollIntervalMs: number;
  /** When poll() was last called (the heartbeat thread's poll timer). */
  lastPollAt: number;
  /**
   * 'subscribed': subscribe() was called, the member joins in its first poll; 'joined': in the group;
   * 'poll-timeout': left for exceeding max.poll.interval.ms, rejoins in its next poll.
   */
  membership: ConsumerMembership;
  /** Paused partitions by tpKey (KafkaConsumer.pause). */
  paused: readonly string[];
  /** seekToBeginning / seekToEnd, evaluated lazily at the next poll (SubscriptionState.requestOffsetReset). */
  resetRequested: Readonly<Record<string, 'earliest' | 'latest'>>;
}

export type ConsumerMembership = 'subscribed' | 'joined' | 'poll-timeout';

export interface GroupState {
  id: string;
  assignor: AssignorName;
  /** Member ids in join order; crashed members stay until their session times out. */
  members: readonly string[];
  generation: number;
  /** committed offset (next offset to read) by tpKey. */
  committed: Readonly<Record<string, number>>;
  /** One past the highest offset ever handed to a member, by tpKey: anything below it is a redelivery. */
  delivered: Readonly<Record<string, number>>;
}

export interface BrokerConfig {
  /** log.retention.check.interval.ms */
  retentionCheckIntervalMs: number;
  /** max.request.size of producers: the largest record accepted. */
  maxRequestSize: number;
}

export interface SimState {
  seed: number;
  rngState: number;
  /** Model time in milliseconds. */
  time: number;
  broker: BrokerConfig;
  nextRetentionCheckAt: number;
  topics: Readonly<Record<string, TopicState>>;
  producers: Readonly<Record<string, ProducerState>>;
  consumers: Readonly<Record<string, ConsumerState>>;
  groups: Readonly<Record<string, GroupState>>;
}

export function tpKey(topic: string, partition: number): string {
  // ':' is not legal in a topic name, so the key is unambiguous.
  return `${topic}:${partition}`;
}
