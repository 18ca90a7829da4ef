import type { ProfileName } from './versions/names.ts';
import type { GroupRemoteAssignor } from './groups/consumer-protocol/assignors.ts';
import type { MemberState } from './groups/consumer-protocol/types.ts';
import type { Acks, AssignorName, ClassicGroupStateName, CleanupPolicy, KeylessPartitioner, LogRecord, MetadataRefreshReason, OffsetResetPolicy, Placement, RebalanceReason, TopicPartition, TransactionStateName } from './types.ts';

// Events say what a command caused, in order, for the view to animate and the log to narrate.
// Every event carries the model time it happened at.

// Placement lives with the state's types (a request carries it); re-exported for the events' readers.
export type { Placement } from './types.ts';

export interface FetchedRecord { topic: string; partition: number; offset: number; key?: string; value: string | null; redelivered: boolean }
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
export type ProduceErrorName = 'NOT_ENOUGH_REPLICAS' | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND' | 'NOT_LEADER_OR_FOLLOWER' | 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT' | 'INVALID_PRODUCER_EPOCH' | 'INVALID_TXN_STATE';
/** A control marker the coordinator wrote (WriteTxnMarkers): the partition and the offset it took. */
export interface WrittenMarker { topic: string; partition: number; offset: number }
/** What the leader answers a late transactional write (ProducerAppendInfo, AddPartitionsToTxnManager). */
export type LateWriteError = 'INVALID_PRODUCER_EPOCH' | 'INVALID_TXN_STATE' | 'CONCURRENT_TRANSACTIONS';

/** The transaction events (TransactionCoordinator, TransactionManager); narrated by view/narrate-transactions.ts. */
export type TransactionEvent =
  | { type: 'transactionsInitialized'; at: number; producer: string; transactionalId: string; producerId: number; producerEpoch: number; coordinator?: number; partition: number }
  | { type: 'transactionStateChanged'; at: number; transactionalId: string; producerId: number; producerEpoch: number; from: TransactionStateName; to: TransactionStateName; reason?: 'timeout' | 'fenced' }
  | { type: 'transactionBegun'; at: number; producer: string; transactionalId: string }
  /** implicit: transaction version 2, the broker taking the produce (or TxnOffsetCommit) adds it; the producer sends no AddPartitionsToTxn (KAFKA-14563). */
  | { type: 'partitionAddedToTransaction'; at: number; producer: string; transactionalId: string; topic: string; partition: number; implicit?: true }
  | { type: 'transactionMarkersWritten'; at: number; transactionalId: string; producerId: number; producerEpoch: number; control: 'commit' | 'abort'; markers: WrittenMarker[] }
  | { type: 'transactionOffsetsAdded'; at: number; producer: string; transactionalId: string; group: string; offsets: CommittedOffset[] }
  | { type: 'transactionOffsetsCommitted'; at: number; transactionalId: string; group: string; offsets: CommittedOffset[] }
  | { type: 'transactionEndWaiting'; at: number; producer: string; transactionalId: string; end: 'commit' | 'abort'; unsent: number }
  // error: what the zombie got (a send: INVALID_PRODUCER_EPOCH from the leader; EndTxn and the rest: PRODUCER_FENCED from the coordinator).
  /** Transaction version 2 (KIP-890, TransactionMetadata.prepareAbortOrCommit): EndTxn bumps the epoch; the markers and the producer carry the new one. */
  | { type: 'producerEpochBumped'; at: number; producer: string; transactionalId: string; producerId: number; from: number; to: number; end: 'commit' | 'abort' }
  /** A late write (lateProduce) reached the leader: refused, joined the producer's open transaction in the partition, or opened one the coordinator does not know (hanging). */
  | { type: 'lateWriteArrived'; at: number; producer: string; transactionalId: string; topic: string; partition: number; producerId: number; producerEpoch: number; outcome: 'refused' | 'joined' | 'hanging'; error?: LateWriteError; offset?: number }
  /** Admin.abortTransaction (KIP-664): an abort marker closes a hanging transaction. */
  | { type: 'hangingTransactionAborted'; at: number; topic: string; partition: number; producerId: number; startOffset: number; markerOffset: number }
  | { type: 'producerFenced'; at: number; producer: string; transactionalId: string; producerEpoch: number; currentEpoch: number; error: 'PRODUCER_FENCED' | 'INVALID_PRODUCER_EPOCH'; operation: 'send' | 'commitTransaction' | 'abortTransaction' | 'sendOffsetsToTransaction' | 'beginTransaction' };
/** Why the controller changed a partition: a clean stop, a fenced (crashed) broker, a broker back, leadership rebalanced to the preferred replica. */
export type ControllerReason = 'controlled-shutdown' | 'fenced' | 'unfenced' | 'preferred';

export type { RebalanceReason } from './types.ts';

/** Why a KIP-848 consumer group's epoch went up (GroupMetadataManager). */
export type GroupEpochReason = 'member-joined' | 'member-left' | 'member-expired' | 'poll-timeout' | 'member-restarted' | 'partitions-added';

export type SimEvent =
  | TransactionEvent
  // replicas: each partition's replica list, given when the topic has more than one replica.
  // minInsyncReplicas: given when it exceeds the replication factor, which Kafka accepts but no acks=all write can then meet.
  // effectiveMinInsyncReplicas: Kafka 3.7+ caps it at the replica count (KAFKA-15583); given when that applies.
  | { type: 'topicCreated'; at: number; topic: string; partitions: number; replicas?: number[][]; minInsyncReplicas?: number; effectiveMinInsyncReplicas?: number }
  | { type: 'partitionsAdded'; at: number; topic: string; from: number; to: number; movedKeys: MovedKey[]; replicas?: number[][] }
  | { type: 'producerAdded'; at: number; producer: string; partitioner: KeylessPartitioner; batchBytes: number; acks: Acks; enableIdempotence: boolean; /** The version whose pre-3.0 defaults (acks=1, idempotence off; KIP-679) the producer took; absent otherwise. */ defaultsOf?: ProfileName; /** linger.ms when above 0 (4.0+, KIP-1030). */ lingerMs?: number }
  | { type: 'producerRemoved'; at: number; producer: string }
  // A producer or classic consumer refreshed its cached metadata (Metadata) and learned a topic's new partition count:
  // 'maxAge' metadata.max.age.ms passed, 'error' an error invalidated it (NOT_LEADER_OR_FOLLOWER), 'unknownPartition' a send named
  // a partition it did not know, 'newTopics' the group leader fetched its members' topics. Metadata-age profiles only.
  // maxAgeMs: the client's metadata.max.age.ms; groupLeader: a consumer that leads its classic group (only the leader acts on new partitions).
  | { type: 'metadataUpdated'; at: number; clientType: 'producer' | 'consumer'; client: string; topic: string; partitions: number; previous: number; reason: MetadataRefreshReason; maxAgeMs: number; groupLeader?: true }
  // retry: set when this append came from the n-th retry of the request.
  | { type: 'recordProduced'; at: number; producer: string; topic: string; partition: number; offset: number; key?: string; value: string | null; size: number; placement: Placement; retry?: number }
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
  | { type: 'consumerJoined'; at: number; consumer: string; group: string; assignor: AssignorName; autoOffsetReset: OffsetResetPolicy; groupProtocol?: 'consumer' }
  | { type: 'consumerLeft'; at: number; consumer: string; group: string; notMember?: boolean }
  | { type: 'consumerCrashed'; at: number; consumer: string; group: string; sessionTimeoutMs: number }
  // 'rebalance': a crashed member dropped early because another rebalance came first (a simplification).
  // 'rebalance-timeout': the join barrier's deadline passed without this member's JoinGroup (ClassicGroup completeClassicGroupJoin).
  | { type: 'memberExpired'; at: number; consumer: string; group: string; reason: 'session-timeout' | 'rebalance' | 'rebalance-timeout' }
  // The classic protocol's group state machine (ClassicGroupState), for version profiles with the join barrier.
  | { type: 'groupStateChanged'; at: number; group: string; from: ClassicGroupStateName; to: ClassicGroupStateName; generation: number }
  // JoinGroup held at the barrier; waitingFor: the members whose JoinGroup the group still needs.
  | { type: 'joinGroup'; at: number; group: string; consumer: string; memberId: string; waitingFor: string[] }
  // SyncGroup answered: the member's share of the new generation (the leader computed it).
  | { type: 'syncGroup'; at: number; group: string; consumer: string; memberId: string; generation: number; leader: boolean; partitions: TopicPartition[] }
  // commitSync met a retriable error and tries again at retryAt (ConsumerCoordinator.commitOffsetsSync); narrated up to SIM_LIMITS.maxNarratedRetries.
  | { type: 'commitRetried'; at: number; consumer: string; group: string; attempt: number; error: 'COORDINATOR_NOT_AVAILABLE'; retryAt: number }
  // commitSync gave up: TIMEOUT after default.api.timeout.ms (TimeoutException), COMMIT_FAILED when the member left its group meanwhile.
  | { type: 'commitFailed'; at: number; consumer: string; group: string; error: 'TIMEOUT' | 'COMMIT_FAILED'; attempts: number; timeoutMs: number }

  | { type: 'rebalanceStarted'; at: number; group: string; generation: number; reason: RebalanceReason; members: string[] }
  | { type: 'partitionsRevoked'; at: number; group: string; consumer: string; partitions: TopicPartition[] }
  | { type: 'partitionsAssigned'; at: number; group: string; consumer: string; partitions: TopicPartition[] }
  | { type: 'rebalanceCompleted'; at: number; group: string; generation: number; assignment: Record<string, TopicPartition[]> }
  | { type: 'offsetReset'; at: number; consumer: string; group: string; topic: string; partition: number; policy: Exclude<OffsetResetPolicy, 'none'>; reason: 'no-committed-offset' | 'out-of-range' | 'requested'; from?: number; to: number }
  | { type: 'positionRestored'; at: number; consumer: string; group: string; topic: string; partition: number; offset: number }
  | { type: 'recordsFetched'; at: number; consumer: string; group: string; count: number; batches: FetchedBatch[] }
  // attempts: set when a commitSync succeeded only after retrying.
  | { type: 'offsetsCommitted'; at: number; consumer: string; group: string; auto: boolean; offsets: CommittedOffset[]; explicit?: boolean; belowPosition?: BelowPosition[]; attempts?: number }
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
  // KIP-848 consumer protocol: the coordinator bumps the group epoch, computes the target assignment,
  // and moves one member at a time towards it (CurrentAssignmentBuilder).
  | { type: 'groupEpochBumped'; at: number; group: string; groupEpoch: number; reason: GroupEpochReason; consumer?: string }
  | { type: 'targetAssignmentComputed'; at: number; group: string; groupEpoch: number; assignor: GroupRemoteAssignor; target: Record<string, TopicPartition[]> }
  // unreleased: target partitions another member still holds; revoking: asked back, not yet acknowledged.
  | { type: 'memberReconciled'; at: number; group: string; consumer: string; memberEpoch: number; previousMemberEpoch: number; state: MemberState; assigned: TopicPartition[]; revoking: TopicPartition[]; unreleased: TopicPartition[] }
  | { type: 'groupOffsetsReset'; at: number; group: string; offsets: CommittedOffset[] } | { type: 'topicConfigAltered'; at: number; topic: string; configs: TopicConfigChanges }
  // LogCleaner: one cleaning of one replica's log (Cleaner.doClean). removed: the records it dropped (the first 1,000; removedCount counts all),
  // superseded by a later record of their key, or tombstones past their deleteHorizonMs; tombstonesKept:
  // tombstones it kept (the first cleaning sets their deleteHorizonMs); firstDirtyOffset/cleanedUpTo: the
  // cleaner checkpoint before and after; dirtyRatio: the cleanable ratio that chose the log;
  // forced: max.compaction.lag.ms made it due (below min.cleanable.dirty.ratio).
  | { type: 'logCleaned'; at: number; topic: string; partition: number; broker: number; firstDirtyOffset: number; cleanedUpTo: number; dirtyRatio: number; minCleanableDirtyRatio: number; deleteRetentionMs: number; forced: boolean; removed: CleanedRecord[]; removedCount: number; tombstonesKept: number[]; segmentsBefore: number; segmentsAfter: number };

/** A record the cleaner removed: its offset and key, and why. */
export interface CleanedRecord { offset: number; key?: string; reason: 'superseded' | 'tombstone-expired' | 'no-key' }

/** What topicConfigAltered reports: the topic configs the command set. */
export type TopicConfigChanges = Partial<Record<'retentionMs' | 'retentionBytes' | 'segmentBytes' | 'segmentMs' | 'minInsyncReplicas' | 'minCleanableDirtyRatio' | 'minCompactionLagMs' | 'maxCompactionLagMs' | 'deleteRetentionMs', number>> & { cleanupPolicy?: CleanupPolicy };

export type SimEventType = SimEvent['type'];

/** One entry per fetched record, flagged when the group had received it before. */
export function fetchedRecords(event: Extract<SimEvent, { type: 'recordsFetched' }>): FetchedRecord[] {
  return event.batches.flatMap((batch) => batch.records.map((r) => {
    const base = { topic: batch.topic, partition: batch.partition, offset: r.offset, value: r.value, redelivered: r.offset < batch.redeliveredBelow };
    return r.key === undefined ? base : { ...base, key: r.key };
  }));
}
