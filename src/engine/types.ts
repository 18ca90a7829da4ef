import type { AppendVec } from './append-vec.ts';
import type { ProfileName } from './versions/names.ts';
import type { GroupRemoteAssignor } from './groups/consumer-protocol/assignors.ts';
import type { ConsumerGroupData } from './groups/consumer-protocol/types.ts';

/** How the partitioner chose a record's partition: carried by the request and the event that reports the append. */
export type Placement =
  | { kind: 'explicit' }
  // The key's UTF-8 bytes are not repeated here: explainKeyPlacement(key, n) gives them to the UI.
  | { kind: 'key'; hash: number; positiveHash: number; numPartitions: number }
  // skipped: the counter value KAFKA-9965's second partition() call threw away (2.4-3.9.0).
  | { kind: 'round-robin'; partitioner: 'legacy-default' | 'round-robin'; counter: number; numPartitions: number; skipped?: number }
  | { kind: 'sticky'; partitioner: 'sticky' | 'uniform-sticky'; switched: boolean; stickyBytes: number; batchBytes: number; numPartitions: number };

export type OffsetResetPolicy = 'earliest' | 'latest' | 'none';
/**
 * Named after what Kafka ships: 'uniform-sticky' the built-in partitioner of 3.3+ (BuiltInPartitioner,
 * the default), 'sticky' the DefaultPartitioner of 2.4-3.2, 'legacy-default' the DefaultPartitioner of
 * 2.3 and earlier (keys hash, keyless records rotate), 'round-robin' RoundRobinPartitioner (keys ignored).
 */
export type KeylessPartitioner = 'uniform-sticky' | 'sticky' | 'legacy-default' | 'round-robin';
export const KEYLESS_PARTITIONERS: readonly KeylessPartitioner[] = ['uniform-sticky', 'sticky', 'legacy-default', 'round-robin'];
/** The producer's acks: 0 = no response, 1 = the leader's append, 'all' = the in-sync replicas'. */
export type Acks = 0 | 1 | 'all';
import type { AssignorName, TopicPartition } from './groups/assignors/index.ts';

export type { AssignorName, TopicPartition };

export interface LogRecord {
  offset: number;
  key?: string;
  /** null: a tombstone, which log compaction reads as "delete this key" (Kafka's null value). */
  value: string | null;
  /** CreateTime in model milliseconds. */
  timestamp: number;
  producer: string;
  // Transactions (TransactionManager, ProducerStateManager): the producer id of a transactional
  // record, and on a control record (a marker the coordinator wrote) the outcome it marks.
  producerId?: number;
  control?: 'commit' | 'abort';
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
  /**
   * Written by the log cleaner: below the cleaner's checkpoint (LogCleanerManager's
   * cleaner-offset-checkpoint), so its offsets may have gaps. Never set on the active segment.
   */
  cleaned?: true;
  /**
   * The delete horizon of each tombstone kept here, by offset: the time of the cleaning that first
   * kept it + delete.retention.ms (KIP-534's deleteHorizonMs, which Kafka writes in the batch header);
   * a cleaning at or after it removes the tombstone. Kept beside the records, which stay as written.
   */
  deleteHorizons?: ReadonlyMap<number, number>;
}

/** One entry of a replica's leader epoch cache (LeaderEpochFileCache): epoch `epoch` starts at `startOffset`. */
export interface EpochEntry { epoch: number; startOffset: number }

/** What a replica's log remembers of an idempotent producer (ProducerStateManager): its last 5 batches. */
export interface ProducerSequenceState {
  lastSequence: number;
  recent: readonly { sequence: number; offset: number }[];
}

/** One replica's log. TopicState.partitions holds the leader's; the followers' sit in PartitionReplication. */
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
  /** The high watermark as this replica knows it: the leader's is the partition's. */
  highWatermark: number;
  /** Leader epochs of the records in this log, oldest first. */
  leaderEpochs: readonly EpochEntry[];
  /** Idempotent producers' sequence state, by producer id (ProducerState.producerId). */
  producerStates: Readonly<Record<string, ProducerSequenceState>>;
}

/** A replica that is not the one in TopicState.partitions: its own log plus what the leader knows of it (kafka.cluster.Replica). */
export interface FollowerReplica {
  broker: number;
  log: PartitionLog;
  /** The follower's log end offset as the leader last saw it in a fetch; undefined until it fetches from this leader. */
  fetchOffset?: number;
  lastFetchAt: number;
  lastFetchLeaderLogEndOffset: number;
  lastCaughtUpAt: number;
  /** The leader epoch the follower last checked its log against (divergence, truncation). */
  validatedEpoch?: number;
}

/** Leader, ISR and replicas of one partition, as the controller keeps them (PartitionRegistration). */
export interface PartitionReplication {
  /** Broker ids in assignment order; the first is the preferred leader. */
  replicas: readonly number[];
  leader?: number;
  leaderEpoch: number;
  isr: readonly number[];
  /** Whose log TopicState.partitions holds: the leader, or the last leader while the partition is offline. */
  logBroker: number;
  /** Every other replica, by broker id. */
  followers: Readonly<Record<number, FollowerReplica>>;
  /** KIP-966 eligible leader replicas (profiles with ELR only; absent means []). */
  elr?: readonly number[];
  /** KIP-966 LastKnownElr: replicas that left the ELR by an unclean shutdown (absent means []). */
  lastKnownElr?: readonly number[];
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
  /** The number of replicas of each partition (default.replication.factor = 1). */
  replicationFactor: number;
  /** min.insync.replicas, checked for acks=all. */
  minInsyncReplicas: number;
  /** unclean.leader.election.enable */
  uncleanLeaderElection: boolean;
  /** cleanup.policy: 'delete' (retention), 'compact' (the log cleaner), or both. */
  cleanupPolicy: CleanupPolicy;
  /** min.cleanable.dirty.ratio (0.5) */
  minCleanableDirtyRatio: number;
  /** min.compaction.lag.ms (0) */
  minCompactionLagMs: number;
  /** max.compaction.lag.ms (Long.MAX_VALUE; here Number.MAX_SAFE_INTEGER) */
  maxCompactionLagMs: number;
  /** delete.retention.ms (1 day): how long a tombstone outlives the cleaning that first kept it. */
  deleteRetentionMs: number;
}

export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';
export const CLEANUP_POLICIES: readonly CleanupPolicy[] = ['delete', 'compact', 'compact,delete'];

export interface TopicState {
  name: string;
  config: TopicConfig;
  /**
   * The configs set on the topic (at creation or by alterTopicConfig), even to a value equal to the
   * default: DescribeConfigs lists them as DYNAMIC_TOPIC_CONFIG. Absent when none is set.
   */
  setConfigs?: readonly ('retentionMs' | 'retentionBytes' | 'segmentBytes' | 'segmentMs' | 'minInsyncReplicas' | 'minCleanableDirtyRatio' | 'minCompactionLagMs' | 'maxCompactionLagMs' | 'deleteRetentionMs')[];
  /** The leader's log of each partition (the last leader's while offline). */
  partitions: readonly PartitionLog[];
  replication: readonly PartitionReplication[];
}

export interface ProducerTopicState {
  /** Round-robin counter, from 0 as RoundRobinPartitioner starts it. */
  counter?: number;
  /** The partition keyless records currently stick to. */
  stickyPartition?: number;
  /** Bytes sent to the sticky partition since it was chosen. */
  stickyBytes: number;
}

/**
 * A produce request the producer has not finished with (one record per request, linger.ms = 0).
 * 'queued': not sent yet (no leader, an earlier sequence first, or waiting out retry.backoff.ms);
 * 'awaiting-ack': appended at `offset`, waiting for the leader's response (acks=all: the high watermark);
 * 'ack-lost': the response was lost; the producer retries after request.timeout.ms.
 */
export interface ProduceRequest {
  id: number;
  /** How the partitioner chose the partition, for the event that reports the append. */
  placement: Placement;
  topic: string;
  partition: number;
  key?: string;
  value: string | null;
  size: number;
  sequence?: number;
  createdAt: number;
  /** Sends so far; each send after the first is a retry. */
  attempts: number;
  status: 'queued' | 'awaiting-ack' | 'ack-lost';
  /** queued: not before this time (retry.backoff.ms). */
  notBefore?: number;
  /** awaiting-ack / ack-lost: when the producer gives up waiting (sentAt + request.timeout.ms). */
  timeoutAt?: number;
  offset?: number;
  /** The leader recognised this send as a duplicate of one already written. */
  duplicate?: boolean;
  /** The broker the request was last sent to. */
  broker?: number;
  lastError?: string;
}

/**
 * What a client last fetched of the cluster (org.apache.kafka.clients.Metadata), for version profiles
 * with metadata age: each known topic's partition count, and when the last full refresh was
 * (lastSuccessfulRefreshMs). The next refresh is due metadata.max.age.ms after it, or at once after
 * an error that invalidates metadata. Absent under the 'classic' profile: the client sees the cluster.
 */
/** Why a client refreshed its metadata: it expired, an error invalidated it, a send named a partition it did not know, the group subscription grew. */
export type MetadataRefreshReason = 'maxAge' | 'error' | 'unknownPartition' | 'newTopics';

export interface ClientMetadata {
  /** metadata.max.age.ms (300000) */
  maxAgeMs: number;
  refreshedAt: number;
  /** Partition count by topic, for the topics the client has fetched. */
  partitions: Readonly<Record<string, number>>;
}

export interface ProducerState {
  id: string;
  /** The producer id a broker hands out (InitProducerId): new for every producer, even one reusing a name. */
  producerId: number;
  partitioner: KeylessPartitioner;
  /** batch.size: when sticky partitioners move on. */
  batchBytes: number;
  topics: Readonly<Record<string, ProducerTopicState>>;
  acks: Acks;
  enableIdempotence: boolean;
  /** retries (MAX_INT by default) */
  retries: number;
  /** delivery.timeout.ms */
  deliveryTimeoutMs: number;
  /** The next sequence number of each partition, by topic then partition, for the idempotent producer. */
  nextSequence: Readonly<Record<string, readonly number[]>>;
  /** Requests not sent yet (no leader, waiting their turn or a retry backoff), oldest first. */
  queued: readonly ProduceRequest[];
  /**
   * Requests sent and waiting for the leader's response (or whose response was lost), oldest first.
   * An append-only vector: thousands can wait for one fetch round, and a send must not copy them all.
   */
  inFlight: AppendVec<ProduceRequest>;
  nextRequestId: number;
  /**
   * linger.ms > 0 (4.0+ profiles): the RecordAccumulator's open batches, at most one per partition,
   * oldest batch first; the batch knows when it is due (sendAt). Absent under linger.ms 0. An array,
   * not a map by partition: copied on every record, and a short array copies fastest.
   */
  accumulator?: readonly OpenBatch[];
  /** A fault injected by the user: the next acknowledgement is lost on its way back. */
  loseNextAck: boolean;
  /** transactional.id and what the producer's TransactionManager knows; absent for a producer without one. */
  transactional?: ProducerTransactional;
  /**
   * The producer's cached metadata (ProducerMetadata); undefined under the 'classic' profile. Kept
   * in every producer object's literal (producerWith), so producers share one shape on the produce path.
   */
  metadata?: ClientMetadata | undefined;
}

/**
 * The producer side of transactions (TransactionManager): 'uninitialized' until initTransactions,
 * 'ready' between transactions, 'in-transaction' after beginTransaction, 'fenced' once a newer
 * producer with the same transactional.id (or a timeout abort) bumped the epoch past its own.
 */
export interface ProducerTransactional {
  transactionalId: string;
  /** transaction.timeout.ms (60000) */
  transactionTimeoutMs: number;
  status: 'uninitialized' | 'ready' | 'in-transaction' | 'fenced';
  /** The epoch InitProducerId gave this producer. */
  producerEpoch: number;
  /** commitTransaction/abortTransaction called while records were still unsent: EndTxn goes once they are. */
  pendingEnd?: 'commit' | 'abort';
  /** Transaction version 2: the epoch the last ended transaction's records carried (a late write of it carries this one). */
  lastEndedEpoch?: number;
}

/** TransactionState (TransactionMetadata.state) as the coordinator keeps it. */
export type TransactionStateName = 'Empty' | 'Ongoing' | 'PrepareCommit' | 'PrepareAbort' | 'CompleteCommit' | 'CompleteAbort' | 'Dead' | 'PrepareEpochFence';

/** TransactionMetadata: one transactional.id at its coordinator. */
export interface TransactionMetadata {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  state: TransactionStateName;
  txnTimeoutMs: number;
  /** When the transaction became Ongoing (its first partition was added). */
  txnStartTimestamp: number;
  /** Partitions in the transaction (AddPartitionsToTxn), in the order added. */
  partitions: readonly TopicPartition[];
  /** Offsets sendOffsetsToTransaction added (TxnOffsetCommit), committed to their groups with the transaction. */
  pendingOffsets: readonly { group: string; topic: string; partition: number; offset: number }[];
  /** PrepareCommit/PrepareAbort: when the markers are written (TransactionMarkerChannelManager). */
  markersAt?: number;
  /** The producer the coordinator last handed this epoch to. */
  producer: string;
}

/**
 * A transaction's records in one partition (ProducerStateManager's ongoing and unreplicated
 * transactions; AbortedTxn once aborted): from its first offset to its marker.
 */
export interface PartitionTxn {
  producerId: number;
  firstOffset: number;
  /** The marker's offset once written. */
  markerOffset?: number;
  aborted?: boolean;
}

/** The transaction coordinator's state: __transaction_state's placement, the metadata, each partition's transactions. */
export interface TransactionsState {
  /** __transaction_state: 50 partitions, placement and leadership only (its log is not modelled). */
  topic: readonly OffsetsPartition[];
  byId: Readonly<Record<string, TransactionMetadata>>;
  /** By tpKey: transactions still undecided below the high watermark, and aborted ones (for read_committed). */
  partitions: Readonly<Record<string, readonly PartitionTxn[]>>;
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
  /** isolation.level: absent is read_uncommitted (the default). */
  isolationLevel?: 'read_committed';
  /** Paused partitions by tpKey (KafkaConsumer.pause). */
  paused: readonly string[];
  /** seekToBeginning / seekToEnd, evaluated lazily at the next poll (SubscriptionState.requestOffsetReset). */
  resetRequested: Readonly<Record<string, 'earliest' | 'latest'>>;
  /** heartbeat.interval.ms (3000): must stay below session.timeout.ms (AbstractCoordinator's Heartbeat). Absent in states from before it: 3000. */
  heartbeatIntervalMs?: number;
  /** group.instance.id: a static member (KIP-345), known to its group by this id. */
  groupInstanceId?: string;
  /** default.api.timeout.ms (60000): how long commitSync retries retriable errors. Absent: 60000. */
  defaultApiTimeoutMs?: number;
  /**
   * What the member owned before it revoked for a JoinGroup (eager) or before a restart (static
   * member): the sticky assignors' previous assignment, and what a static member gets back.
   */
  ownedBeforeJoin?: readonly TopicPartition[];
  /** A commitSync still retrying (sync commit through a coordinator outage): see groups/commit-sync.ts. */
  pendingCommit?: PendingCommit;
  /** group.protocol=consumer (KIP-848, Kafka 4.0+); absent: the classic protocol. */
  groupProtocol?: 'consumer';
  /** group.remote.assignor asked for by a consumer-protocol member; absent: the broker's default (uniform). */
  groupRemoteAssignor?: GroupRemoteAssignor;
  /** A classic consumer's cached metadata (ConsumerMetadata); absent under 'classic' and for group.protocol=consumer. */
  metadata?: ClientMetadata;
}

/** A commitSync() in progress: retried with retry.backoff.ms (exponential) until the coordinator answers or the deadline. */
export interface PendingCommit {
  /** What the call commits: the given offsets, or the positions at the call (SubscriptionState.allConsumed). */
  offsets: readonly { topic: string; partition: number; offset: number }[];
  /** commitSync(Map) rather than commitSync(). */
  explicit: boolean;
  startedAt: number;
  deadline: number;
  nextRetryAt: number;
  attempts: number;
}

/** ClassicGroupState's names (ClassicGroupState.toString, as kafka-consumer-groups prints them). */
export type ClassicGroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** Why a rebalance started. */
export type RebalanceReason = 'join' | 'leave' | 'session-timeout' | 'partitions-added' | 'cooperative-follow-up' | 'poll-timeout';

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
  /** The classic protocol's join phase in progress (ClassicGroup PreparingRebalance); absent when none. */
  rebalance?: JoinPhase;
  /** The member whose JoinGroup response carries the member list and who computes the assignment. */
  leader?: string;
  /** A KIP-848 consumer group's coordinator state (groups/consumer-protocol); absent for a classic group. */
  consumerProtocol?: ConsumerGroupData;
  /**
   * The partition counts the leader's last assignment was computed from (ConsumerCoordinator's
   * assignmentSnapshot): the leader rejoins when its metadata no longer matches. Metadata-age profiles only.
   */
  assignmentSnapshot?: Readonly<Record<string, number>>;
}

/**
 * A rebalance waiting at the join barrier (ClassicGroup in PreparingRebalance): it completes when
 * every member has sent JoinGroup (inside its poll) or at `deadline` (the largest rebalance timeout,
 * i.e. max.poll.interval.ms, of the members), when the members still missing are removed.
 */
export interface JoinPhase {
  reason: RebalanceReason;
  startedAt: number;
  deadline: number;
  /** Members whose JoinGroup the coordinator holds, in join order. */
  joined: readonly string[];
}

/**
 * 'crashed': the process died but the controller has not noticed yet; 'fenced': it noticed
 * (broker.session.timeout.ms); 'isolated': running, but cut off from the other brokers' replication.
 */
export type BrokerStatus = 'online' | 'stopped' | 'crashed' | 'fenced' | 'isolated';

export interface BrokerState {
  id: number;
  status: BrokerStatus;
  crashedAt?: number;
}

/** A partition of __consumer_offsets: only its placement and leadership are modelled, not its log. */
export interface OffsetsPartition {
  replicas: readonly number[];
  leader?: number;
  leaderEpoch: number;
  isr: readonly number[];
}

export interface BrokerConfig {
  /** log.retention.check.interval.ms */
  retentionCheckIntervalMs: number;
  /** max.request.size of producers: the largest record accepted. */
  maxRequestSize: number;
}

export interface SimState {
  seed: number;
  /** The Kafka version whose rules apply (versions/profiles.ts); 'classic' for files from before versions. */
  kafkaVersion: ProfileName;
  rngState: number;
  /** Model time in milliseconds. */
  time: number;
  broker: BrokerConfig;
  nextRetentionCheckAt: number;
  /** The cluster's brokers, by ascending id. */
  brokers: readonly BrokerState[];
  /** The next producer id the cluster hands out. */
  nextProducerId: number;
  /** __consumer_offsets, created when the first consumer needs a coordinator. */
  offsetsTopic: readonly OffsetsPartition[] | undefined;
  /** The transaction coordinators' state, created at the first initTransactions. */
  transactions: TransactionsState | undefined;
  topics: Readonly<Record<string, TopicState>>;
  producers: Readonly<Record<string, ProducerState>>;
  consumers: Readonly<Record<string, ConsumerState>>;
  groups: Readonly<Record<string, GroupState>>;
}

/** The key of a producer in a log's producer state: not a bare number, which objects would store as an array index. */
export function producerKey(producerId: number): string {
  // Interned: the produce path asks for it per record, and one string per producer id is enough.
  let key = PRODUCER_KEYS[producerId];
  if (key === undefined) {
    key = `pid-${producerId}`;
    if (producerId < 4096) PRODUCER_KEYS[producerId] = key;
  }
  return key;
}
const PRODUCER_KEYS: string[] = [];

/**
 * A state with new topics, producers and generator, every field written out in createSimulation's
 * order: states then share one hidden class, which keeps the produce path (the hottest) fast.
 */
export function withTopicsAndProducers(s: SimState, topics: SimState['topics'], producers: SimState['producers'], rngState: number): SimState {
  return {
    seed: s.seed, kafkaVersion: s.kafkaVersion, rngState, time: s.time, broker: s.broker, nextRetentionCheckAt: s.nextRetentionCheckAt, brokers: s.brokers,
    nextProducerId: s.nextProducerId, topics, producers, consumers: s.consumers, groups: s.groups, offsetsTopic: s.offsetsTopic, transactions: s.transactions,
  };
}

/** A topic with new logs and replication, every other field kept (setConfigs too), written out in one order. */
export function topicWith(t: TopicState, partitions: TopicState['partitions'], replication: TopicState['replication']): TopicState {
  const next: TopicState = { name: t.name, config: t.config, partitions, replication };
  if (t.setConfigs !== undefined) next.setConfigs = t.setConfigs;
  return next;
}

/** A producer with new sequence numbers, request counter, requests and partitioner state, written out in addProducer's order (see above). */
export function producerWith(p: ProducerState, nextSequence: ProducerState['nextSequence'], nextRequestId: number, inFlight: ProducerState['inFlight'], topics: ProducerState['topics'] = p.topics, accumulator = p.accumulator): ProducerState {
  const next: ProducerState = {
    id: p.id, producerId: p.producerId, partitioner: p.partitioner, batchBytes: p.batchBytes, topics, acks: p.acks,
    enableIdempotence: p.enableIdempotence, retries: p.retries, deliveryTimeoutMs: p.deliveryTimeoutMs, nextSequence,
    queued: p.queued, inFlight, nextRequestId, loseNextAck: p.loseNextAck, metadata: p.metadata,
  };
  if (p.transactional !== undefined) next.transactional = p.transactional;
  if (accumulator !== undefined) next.accumulator = accumulator;
  return next;
}

/**
 * One partition's open batch in the RecordAccumulator: its records (an append-only vector, so a
 * record joining a batch of hundreds copies none of them), their bytes, and when linger.ms ends.
 */
export interface OpenBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: AppendVec<ProduceRequest>;
  readonly bytes: number;
  readonly sendAt: number;
}

export function tpKey(topic: string, partition: number): string {
  // ':' is not legal in a topic name, so the key is unambiguous.
  return `${topic}:${partition}`;
}
