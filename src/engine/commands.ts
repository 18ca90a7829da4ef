import type { Acks, AssignorName, CleanupPolicy, KeylessPartitioner, OffsetResetPolicy } from './types.ts';
import type { GroupRemoteAssignor } from './groups/consumer-protocol/assignors.ts';

// Commands are plain JSON: scenario files, share links and the timeline store hold them as they are.

export interface CreateTopicCommand extends CompactionConfigFields {
  type: 'createTopic';
  topic: string;
  partitions: number;
  retentionMs?: number;
  retentionBytes?: number;
  segmentBytes?: number;
  segmentMs?: number;
  /** Copies of each partition, on distinct live brokers (default.replication.factor = 1). */
  replicationFactor?: number;
  /** min.insync.replicas (1); accepted above the replication factor, as Kafka does, though acks=all then always fails. */
  minInsyncReplicas?: number;
  /** unclean.leader.election.enable (false) */
  uncleanLeaderElection?: boolean;
}

/** The log cleaner's topic configs (LogConfig / TopicConfig), shared by createTopic and alterTopicConfig. */
export interface CompactionConfigFields {
  /** cleanup.policy ('delete') */
  cleanupPolicy?: CleanupPolicy;
  /** min.cleanable.dirty.ratio (0.5), between 0 and 1 */
  minCleanableDirtyRatio?: number;
  /** min.compaction.lag.ms (0) */
  minCompactionLagMs?: number;
  /** max.compaction.lag.ms (no limit) */
  maxCompactionLagMs?: number;
  /** delete.retention.ms (1 day) */
  deleteRetentionMs?: number;
}
export interface AlterPartitionsCommand { type: 'alterPartitions'; topic: string; partitions: number }
export interface AddProducerCommand {
  type: 'addProducer';
  producer: string;
  partitioner?: KeylessPartitioner;
  batchBytes?: number;
  /** acks: 0, 1 or 'all' (Kafka 3.0+ default). */
  acks?: Acks;
  /** enable.idempotence: on by default when acks is all; asking for it with other acks is refused. */
  enableIdempotence?: boolean;
  /** retries (Integer.MAX_VALUE) */
  retries?: number;
  /** delivery.timeout.ms (120000); at least request.timeout.ms. */
  deliveryTimeoutMs?: number;
  /** transactional.id: the producer then needs initTransactions and sends inside transactions. */
  transactionalId?: string;
  /** transaction.timeout.ms (60000): the coordinator aborts a transaction open longer. */
  transactionTimeoutMs?: number;
  /** metadata.max.age.ms (300000): how long the producer acts on the metadata it last fetched. */
  metadataMaxAgeMs?: number;
}
export interface RemoveProducerCommand { type: 'removeProducer'; producer: string }
/** value null: a tombstone (delete the key from a compacted topic). */
export interface ProduceCommand {
  type: 'produce'; producer: string; topic: string; key?: string; value: string | null; partition?: number;
  /** send() then flush(): with linger.ms > 0 the producer's batches go now instead of after linger.ms. */
  flush?: boolean;
}
export interface AddConsumerCommand {
  type: 'addConsumer';
  consumer: string;
  group: string;
  topics: string[];
  autoOffsetReset?: OffsetResetPolicy;
  assignor?: AssignorName;
  enableAutoCommit?: boolean;
  autoCommitIntervalMs?: number;
  sessionTimeoutMs?: number;
  maxPollIntervalMs?: number;
  /** isolation.level: read_committed reads below the last stable offset and skips aborted records. */
  isolationLevel?: 'read_uncommitted' | 'read_committed';
  /** heartbeat.interval.ms (3000); must be below session.timeout.ms. */
  heartbeatIntervalMs?: number;
  /** group.instance.id: a static member (KIP-345) keeps its partitions across a restart within session.timeout.ms. */
  groupInstanceId?: string;
  /** default.api.timeout.ms (60000): how long commitSync retries. */
  defaultApiTimeoutMs?: number;
  /** group.protocol: 'classic' (default, every version) or 'consumer' (KIP-848, Kafka 4.0+). */
  groupProtocol?: 'classic' | 'consumer';
  /** group.remote.assignor for group.protocol=consumer: 'uniform' (broker default) or 'range'. */
  groupRemoteAssignor?: GroupRemoteAssignor;
  /** metadata.max.age.ms (300000): how long the consumer acts on the metadata it last fetched. */
  metadataMaxAgeMs?: number;
}
export interface PollCommand { type: 'poll'; consumer: string; maxRecords?: number }
/** sync (default true): commitSync, which retries retriable errors for default.api.timeout.ms; false: commitAsync, which does not retry. */
export interface CommitCommand { type: 'commit'; consumer: string; offsets?: CommittedOffsetSpec[]; sync?: boolean }
/** commitSync(Map<TopicPartition, OffsetAndMetadata>): the offset is the next one to read. */
export interface CommittedOffsetSpec { topic: string; partition: number; offset: number }
export interface PartitionSpec { topic: string; partition: number }
export interface SeekCommand { type: 'seek'; consumer: string; topic: string; partition: number; offset: number }
/** No partitions (or an empty list) means every assigned partition, as KafkaConsumer does. */
export interface SeekToBeginningCommand { type: 'seekToBeginning'; consumer: string; partitions?: PartitionSpec[] }
export interface SeekToEndCommand { type: 'seekToEnd'; consumer: string; partitions?: PartitionSpec[] }
export interface PauseCommand { type: 'pause'; consumer: string; partitions: PartitionSpec[] }
export interface ResumeCommand { type: 'resume'; consumer: string; partitions: PartitionSpec[] }
export interface RestartConsumerCommand { type: 'restartConsumer'; consumer: string }
export interface RemoveConsumerCommand { type: 'removeConsumer'; consumer: string }
export interface CrashConsumerCommand { type: 'crashConsumer'; consumer: string }
export interface AdvanceTimeCommand { type: 'advanceTime'; ms: number }
export interface ConfigureBrokerCommand { type: 'configureBroker'; retentionCheckIntervalMs?: number }
export interface AddBrokerCommand { type: 'addBroker'; broker: number }
export interface StopBrokerCommand { type: 'stopBroker'; broker: number }
export interface CrashBrokerCommand { type: 'crashBroker'; broker: number }
export interface StartBrokerCommand { type: 'startBroker'; broker: number }
export interface IsolateBrokerCommand { type: 'isolateBroker'; broker: number }
export interface ReconnectBrokerCommand { type: 'reconnectBroker'; broker: number }
export type BrokerCommand = StopBrokerCommand | CrashBrokerCommand | StartBrokerCommand | IsolateBrokerCommand | ReconnectBrokerCommand;
/** A fault: the producer's next acknowledgement is lost on the way back. */
export interface LoseNextAckCommand { type: 'loseNextAck'; producer: string }
/** KafkaProducer.flush(): every batch held by linger.ms is sent now. */
export interface FlushCommand { type: 'flush'; producer: string }
/** Admin.alterConsumerGroupOffsets (kafka-consumer-groups --reset-offsets --execute) and Admin.incrementalAlterConfigs of a topic (kafka-configs --alter): see handlers/admin.ts. */
export interface ResetOffsetsCommand { type: 'resetOffsets'; group: string; offsets: CommittedOffsetSpec[] }
/** The numeric topic configs a topic can set (a dynamic topic config each). */
export type TopicConfigField = 'retentionMs' | 'retentionBytes' | 'segmentBytes' | 'segmentMs' | 'minInsyncReplicas' | 'minCleanableDirtyRatio' | 'minCompactionLagMs' | 'maxCompactionLagMs' | 'deleteRetentionMs';
export const TOPIC_CONFIG_FIELDS: readonly TopicConfigField[] = ['retentionMs', 'retentionBytes', 'segmentBytes', 'segmentMs', 'minInsyncReplicas', 'minCleanableDirtyRatio', 'minCompactionLagMs', 'maxCompactionLagMs', 'deleteRetentionMs'];
export interface AlterTopicConfigCommand extends CompactionConfigFields {
  type: 'alterTopicConfig'; topic: string; retentionMs?: number; retentionBytes?: number; segmentBytes?: number; segmentMs?: number; minInsyncReplicas?: number;
  /** kafka-configs --delete-config: back to the default and no longer set on the topic. */
  deleteConfigs?: TopicConfigField[];
}

/** KafkaProducer's transaction calls (TransactionManager): see handlers/transactions.ts. */
export interface InitTransactionsCommand { type: 'initTransactions'; producer: string }
export interface BeginTransactionCommand { type: 'beginTransaction'; producer: string }
export interface SendOffsetsToTransactionCommand { type: 'sendOffsetsToTransaction'; producer: string; group: string; offsets: CommittedOffsetSpec[] }
export interface CommitTransactionCommand { type: 'commitTransaction'; producer: string }
export interface AbortTransactionCommand { type: 'abortTransaction'; producer: string }
/**
 * A fault (KIP-890's late write): a produce request of the producer's last transaction, held in the
 * network, reaches the partition's leader now, with the producer id and epoch it was sent with.
 */
export interface LateProduceCommand { type: 'lateProduce'; producer: string; topic: string; partition: number; value: string }
/** Admin.abortTransaction (KIP-664, kafka-transactions.sh abort): the leader writes an abort marker for the transaction open at startOffset. */
export interface AdminAbortTransactionCommand { type: 'adminAbortTransaction'; topic: string; partition: number; startOffset: number }
export type TransactionCommand = InitTransactionsCommand | BeginTransactionCommand | SendOffsetsToTransactionCommand | CommitTransactionCommand | AbortTransactionCommand
  | LateProduceCommand | AdminAbortTransactionCommand;

export type Command =
  | CreateTopicCommand
  | AlterPartitionsCommand
  | AddProducerCommand
  | RemoveProducerCommand
  | ProduceCommand
  | AddConsumerCommand
  | PollCommand
  | CommitCommand
  | RemoveConsumerCommand
  | CrashConsumerCommand
  | AdvanceTimeCommand
  | ConfigureBrokerCommand
  | SeekCommand
  | SeekToBeginningCommand
  | SeekToEndCommand
  | PauseCommand
  | ResumeCommand
  | RestartConsumerCommand
  | AddBrokerCommand
  | BrokerCommand
  | LoseNextAckCommand
  | FlushCommand
  | ResetOffsetsCommand | AlterTopicConfigCommand
  | TransactionCommand;

export type CommandType = Command['type'];

export const COMMAND_TYPES: readonly CommandType[] = [
  'createTopic', 'alterPartitions', 'addProducer', 'removeProducer', 'produce', 'addConsumer',
  'poll', 'commit', 'removeConsumer', 'crashConsumer', 'advanceTime', 'configureBroker',
  'seek', 'seekToBeginning', 'seekToEnd', 'pause', 'resume', 'restartConsumer',
  'addBroker', 'stopBroker', 'crashBroker', 'startBroker', 'isolateBroker', 'reconnectBroker', 'loseNextAck',
  'resetOffsets', 'alterTopicConfig', 'flush',
  'initTransactions', 'beginTransaction', 'sendOffsetsToTransaction', 'commitTransaction', 'abortTransaction', 'lateProduce', 'adminAbortTransaction',
];
