import type { AssignorName, KeylessPartitioner, LogRecord, OffsetResetPolicy, TopicPartition } from './types.ts';

// Events say what a command caused, in order, for the view to animate and the log to narrate.
// Every event carries the model time it happened at.

export type Placement =
  | { kind: 'explicit' }
  // The key's UTF-8 bytes are not repeated here: explainKeyPlacement(key, n) gives them to the UI.
  | { kind: 'key'; hash: number; positiveHash: number; numPartitions: number }
  | { kind: 'round-robin'; partitioner: 'legacy-default' | 'round-robin'; counter: number; numPartitions: number }
  | { kind: 'sticky'; partitioner: 'sticky' | 'uniform-sticky'; switched: boolean; stickyBytes: number; batchBytes: number; numPartitions: number };

export interface FetchedRecord { topic: string; partition: number; offset: number; key?: string; value: string; redelivered: boolean }
/** Records fetched from one partition: the log's own (immutable) record objects, not copies. */
export interface FetchedBatch {
  topic: string;
  partition: number;
  records: readonly LogRecord[];
  /** Records below this offset had already been handed to the group once: a redelivery. */
  redeliveredBelow: number;
}
export interface CommittedOffset { topic: string; partition: number; offset: number }
/** An explicit commit behind what the consumer has read: those records come back after a restart. */
export interface BelowPosition { topic: string; partition: number; offset: number; position: number }
export interface DeletedSegment { baseOffset: number; endOffset: number; bytes: number; largestTimestamp: number }
export interface MovedKey { key: string; from: number; to: number }

export type RebalanceReason = 'join' | 'leave' | 'session-timeout' | 'partitions-added' | 'cooperative-follow-up' | 'poll-timeout';

export type SimEvent =
  | { type: 'topicCreated'; at: number; topic: string; partitions: number }
  | { type: 'partitionsAdded'; at: number; topic: string; from: number; to: number; movedKeys: MovedKey[] }
  | { type: 'producerAdded'; at: number; producer: string; partitioner: KeylessPartitioner; batchBytes: number }
  | { type: 'producerRemoved'; at: number; producer: string }
  | { type: 'recordProduced'; at: number; producer: string; topic: string; partition: number; offset: number; key?: string; value: string; size: number; placement: Placement }
  | { type: 'segmentRolled'; at: number; topic: string; partition: number; baseOffset: number; reason: 'size' | 'time' | 'retention' }
  | { type: 'segmentsDeleted'; at: number; topic: string; partition: number; reason: 'retention.ms' | 'retention.bytes'; segments: DeletedSegment[]; logStartOffset: number }
  | { type: 'retentionChecked'; at: number }
  | { type: 'consumerJoined'; at: number; consumer: string; group: string; assignor: AssignorName; autoOffsetReset: OffsetResetPolicy }
  | { type: 'consumerLeft'; at: number; consumer: string; group: string; notMember?: boolean }
  | { type: 'consumerCrashed'; at: number; consumer: string; group: string; sessionTimeoutMs: number }
  // 'rebalance': a crashed member dropped early because another rebalance came first (a simplification).
  | { type: 'memberExpired'; at: number; consumer: string; group: string; reason: 'session-timeout' | 'rebalance' }
  | { type: 'rebalanceStarted'; at: number; group: string; generation: number; reason: RebalanceReason; members: string[] }
  | { type: 'partitionsRevoked'; at: number; group: string; consumer: string; partitions: TopicPartition[] }
  | { type: 'partitionsAssigned'; at: number; group: string; consumer: string; partitions: TopicPartition[] }
  | { type: 'rebalanceCompleted'; at: number; group: string; generation: number; assignment: Record<string, TopicPartition[]> }
  | { type: 'offsetReset'; at: number; consumer: string; group: string; topic: string; partition: number; policy: Exclude<OffsetResetPolicy, 'none'>; reason: 'no-committed-offset' | 'out-of-range' | 'requested'; from?: number; to: number }
  | { type: 'positionRestored'; at: number; consumer: string; group: string; topic: string; partition: number; offset: number }
  | { type: 'recordsFetched'; at: number; consumer: string; group: string; count: number; batches: FetchedBatch[] }
  | { type: 'offsetsCommitted'; at: number; consumer: string; group: string; auto: boolean; offsets: CommittedOffset[]; explicit?: boolean; belowPosition?: BelowPosition[] }
  | { type: 'timeAdvanced'; at: number; from: number; to: number }
  | { type: 'brokerConfigured'; at: number; retentionCheckIntervalMs: number }
  | { type: 'consumerSubscribed'; at: number; consumer: string; group: string; topics: string[] }
  // The heartbeat thread saw no poll() within max.poll.interval.ms and sent LeaveGroup.
  | { type: 'memberPollTimeout'; at: number; consumer: string; group: string; maxPollIntervalMs: number; lastPollAt: number }
  | { type: 'positionSought'; at: number; consumer: string; group: string; topic: string; partition: number; from?: number; to: number }
  | { type: 'offsetResetRequested'; at: number; consumer: string; group: string; policy: 'earliest' | 'latest'; partitions: TopicPartition[] }
  | { type: 'partitionsPaused'; at: number; consumer: string; group: string; partitions: TopicPartition[] }
  | { type: 'partitionsResumed'; at: number; consumer: string; group: string; partitions: TopicPartition[] }
  | { type: 'consumerRestarted'; at: number; consumer: string; group: string };

export type SimEventType = SimEvent['type'];

/** One entry per fetched record, flagged when the group had received it before. */
export function fetchedRecords(event: Extract<SimEvent, { type: 'recordsFetched' }>): FetchedRecord[] {
  return event.batches.flatMap((batch) => batch.records.map((r) => {
    const base = { topic: batch.topic, partition: batch.partition, offset: r.offset, value: r.value, redelivered: r.offset < batch.redeliveredBelow };
    return r.key === undefined ? base : { ...base, key: r.key };
  }));
}
