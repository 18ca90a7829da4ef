import type { ProfileName } from './versions/names.ts';
import type { Acks, AssignorName, KeylessPartitioner, LogRecord, OffsetResetPolicy, Placement, TopicPartition } from './types.ts';

// Events say what a command caused, in order, for the view to animate and the log to narrate.
// Every event carries the model time it happened at.

// Placement lives with the state's types (a request carries it); re-exported for the events' readers.
export type { Placement } from './types.ts';

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

/** Kafka's error names for a produce request's response. */
export type ProduceErrorName = 'NOT_ENOUGH_REPLICAS' | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND' | 'NOT_LEADER_OR_FOLLOWER' | 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT';
/** Why the controller changed a partition: a clean stop, a fenced (crashed) broker, a broker back, leadership rebalanced to the preferred replica. */
export type ControllerReason = 'controlled-shutdown' | 'fenced' | 'unfenced' | 'preferred';

export type RebalanceReason = 'join' | 'leave' | 'session-timeout' | 'partitions-added' | 'cooperative-follow-up' | 'poll-timeout';

export type SimEvent =
  // replicas: each partition's replica list, given when the topic has more than one replica.
  // minInsyncReplicas: given when it exceeds the replication factor, which Kafka accepts but no acks=all write can then meet.
  // effectiveMinInsyncReplicas: Kafka 3.7+ caps it at the replica count (KAFKA-15583); given when that applies.
  | { type: 'topicCreated'; at: number; topic: string; partitions: number; replicas?: number[][]; minInsyncReplicas?: number; effectiveMinInsyncReplicas?: number }
  | { type: 'partitionsAdded'; at: number; topic: string; from: number; to: number; movedKeys: MovedKey[]; replicas?: number[][] }
  | { type: 'producerAdded'; at: number; producer: string; partitioner: KeylessPartitioner; batchBytes: number; acks: Acks; enableIdempotence: boolean; /** The version whose pre-3.0 defaults (acks=1, idempotence off; KIP-679) the producer took; absent otherwise. */ defaultsOf?: ProfileName; /** linger.ms when above 0 (4.0+, KIP-1030). */ lingerMs?: number }
  | { type: 'producerRemoved'; at: number; producer: string }
  // retry: set when this append came from the n-th retry of the request.
  | { type: 'recordProduced'; at: number; producer: string; topic: string; partition: number; offset: number; key?: string; value: string; size: number; placement: Placement; retry?: number }
  // linger.ms > 0 (KIP-1030, 4.0+): the record joined its partition's open batch (RecordAccumulator.append).
  | { type: 'recordAccumulated'; at: number; producer: string; topic: string; partition: number; requestId: number; recordCount: number; sendAt: number; lingerMs: number }
  // The Sender drained a batch: its records leave as one produce request.
  | { type: 'batchSent'; at: number; producer: string; topic: string; partition: number; recordCount: number; bytes: number; requestIds: number[]; reason: 'linger' | 'full' | 'flush'; lingerMs: number }
  | { type: 'produceWaiting'; at: number; producer: string; topic: string; partition: number; requestId: number; reason: 'no-leader' | 'ordering' }
  // offset -1: unknown, as RecordMetadata reports it after DUPLICATE_SEQUENCE_NUMBER.
  | { type: 'produceAcknowledged'; at: number; producer: string; topic: string; partition: number; requestId: number; offset: number; acks: Acks; attempts: number; duplicate: boolean }
  | { type: 'produceErrored'; at: number; producer: string; topic: string; partition: number; requestId: number; error: ProduceErrorName; retryAt?: number }
  | { type: 'produceRetried'; at: number; producer: string; topic: string; partition: number; requestId: number; attempt: number; broker: number }
  // writtenAt: the offset the record was nevertheless written at, when it was.
  | { type: 'produceFailed'; at: number; producer: string; topic: string; partition: number; requestId: number; error: ProduceErrorName; attempts: number; writtenAt?: number }
  | { type: 'ackLost'; at: number; producer: string; topic: string; partition: number; requestId: number; offset: number; retryAt: number }
  // offset: where the original is, when the leader still remembers the batch.
  | { type: 'duplicateDropped'; at: number; producer: string; topic: string; partition: number; requestId: number; sequence: number; offset?: number }
  | { type: 'ackLossArmed'; at: number; producer: string }
  | { type: 'brokerAdded'; at: number; broker: number }
  | { type: 'brokerStopped'; at: number; broker: number }
  | { type: 'brokerCrashed'; at: number; broker: number; sessionTimeoutMs: number }
  | { type: 'brokerFenced'; at: number; broker: number }
  | { type: 'brokerStarted'; at: number; broker: number }
  | { type: 'brokerIsolated'; at: number; broker: number }
  | { type: 'brokerReconnected'; at: number; broker: number }
  | { type: 'replicaFetched'; at: number; topic: string; partition: number; broker: number; from: number; to: number; highWatermark: number }
  | { type: 'highWatermarkAdvanced'; at: number; topic: string; partition: number; broker: number; from: number; to: number }
  // highWatermarkHeld: 3.7+ (KAFKA-15583) and the new ISR is below the effective min ISR, so the high watermark stays put; absent otherwise.
  | { type: 'isrShrunk'; at: number; topic: string; partition: number; removed: number[]; isr: number[]; reason: 'lagging' | 'controlled-shutdown' | 'fenced'; highWatermarkHeld?: true }
  | { type: 'isrExpanded'; at: number; topic: string; partition: number; added: number; isr: number[] }
  // lostOffsets: an unclean election's new leader never had [from, to); those records are gone.
  | { type: 'leaderElected'; at: number; topic: string; partition: number; leader: number; previousLeader?: number; leaderEpoch: number; unclean: boolean; reason: ControllerReason; isr: number[]; lostOffsets?: { from: number; to: number }; fromElr?: boolean }
  | { type: 'partitionOffline'; at: number; topic: string; partition: number; leaderEpoch: number; isr: number[]; lastLeader?: number }
  | { type: 'logTruncated'; at: number; topic: string; partition: number; broker: number; from: number; to: number }
  | { type: 'coordinatorMoved'; at: number; group: string; partition: number; reason: ControllerReason; from?: number; to?: number }
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
  // A config below the version's real minimum, accepted anyway (lessons need tiny segments).
  | { type: 'configScaledDown'; at: number; topic: string; config: 'segment.bytes'; value: number; minimum: number; version: ProfileName }
  | { type: 'timeAdvanced'; at: number; from: number; to: number }
  | { type: 'brokerConfigured'; at: number; retentionCheckIntervalMs: number }
  | { type: 'consumerSubscribed'; at: number; consumer: string; group: string; topics: string[] }
  // The heartbeat thread saw no poll() within max.poll.interval.ms and sent LeaveGroup.
  | { type: 'memberPollTimeout'; at: number; consumer: string; group: string; maxPollIntervalMs: number; lastPollAt: number }
  | { type: 'positionSought'; at: number; consumer: string; group: string; topic: string; partition: number; from?: number; to: number }
  | { type: 'offsetResetRequested'; at: number; consumer: string; group: string; policy: 'earliest' | 'latest'; partitions: TopicPartition[] }
  | { type: 'partitionsPaused'; at: number; consumer: string; group: string; partitions: TopicPartition[] }
  | { type: 'partitionsResumed'; at: number; consumer: string; group: string; partitions: TopicPartition[] }
  | { type: 'consumerRestarted'; at: number; consumer: string; group: string }
  | { type: 'groupOffsetsReset'; at: number; group: string; offsets: CommittedOffset[] } | { type: 'topicConfigAltered'; at: number; topic: string; configs: Partial<Record<'retentionMs' | 'retentionBytes' | 'segmentBytes' | 'segmentMs' | 'minInsyncReplicas', number>> };

export type SimEventType = SimEvent['type'];

/** One entry per fetched record, flagged when the group had received it before. */
export function fetchedRecords(event: Extract<SimEvent, { type: 'recordsFetched' }>): FetchedRecord[] {
  return event.batches.flatMap((batch) => batch.records.map((r) => {
    const base = { topic: batch.topic, partition: batch.partition, offset: r.offset, value: r.value, redelivered: r.offset < batch.redeliveredBelow };
    return r.key === undefined ? base : { ...base, key: r.key };
  }));
}
