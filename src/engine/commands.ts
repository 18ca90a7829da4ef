import type { Acks, AssignorName, KeylessPartitioner, OffsetResetPolicy } from './types.ts';

// Commands are plain JSON: scenario files, share links and the timeline store hold them as they are.

export interface CreateTopicCommand {
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
}
export interface RemoveProducerCommand { type: 'removeProducer'; producer: string }
export interface ProduceCommand {
  type: 'produce'; producer: string; topic: string; key?: string; value: string; partition?: number;
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
}
export interface PollCommand { type: 'poll'; consumer: string; maxRecords?: number }
export interface CommitCommand { type: 'commit'; consumer: string; offsets?: CommittedOffsetSpec[] }
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
/** The topic configs a topic can set (a dynamic topic config each). */
export type TopicConfigField = 'retentionMs' | 'retentionBytes' | 'segmentBytes' | 'segmentMs' | 'minInsyncReplicas';
export const TOPIC_CONFIG_FIELDS: readonly TopicConfigField[] = ['retentionMs', 'retentionBytes', 'segmentBytes', 'segmentMs', 'minInsyncReplicas'];
export interface AlterTopicConfigCommand {
  type: 'alterTopicConfig'; topic: string; retentionMs?: number; retentionBytes?: number; segmentBytes?: number; segmentMs?: number; minInsyncReplicas?: number;
  /** kafka-configs --delete-config: back to the default and no longer set on the topic. */
  deleteConfigs?: TopicConfigField[];
}

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
  | ResetOffsetsCommand | AlterTopicConfigCommand;

export type CommandType = Command['type'];

export const COMMAND_TYPES: readonly CommandType[] = [
  'createTopic', 'alterPartitions', 'addProducer', 'removeProducer', 'produce', 'addConsumer',
  'poll', 'commit', 'removeConsumer', 'crashConsumer', 'advanceTime', 'configureBroker',
  'seek', 'seekToBeginning', 'seekToEnd', 'pause', 'resume', 'restartConsumer',
  'addBroker', 'stopBroker', 'crashBroker', 'startBroker', 'isolateBroker', 'reconnectBroker', 'loseNextAck',
  'resetOffsets', 'alterTopicConfig', 'flush',
];
