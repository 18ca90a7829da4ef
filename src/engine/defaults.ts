// Kafka's own defaults, named as its configs are, so the UI can say which one is in force.
export const KAFKA_DEFAULTS = {
  retentionMs: 604_800_000, // retention.ms = 7 days
  retentionBytes: -1, // retention.bytes
  segmentBytes: 1_073_741_824, // segment.bytes = 1 GiB
  segmentMs: 604_800_000, // segment.ms = 7 days
  retentionCheckIntervalMs: 300_000, // log.retention.check.interval.ms = 5 min
  maxRequestSize: 1_048_576, // max.request.size
  batchBytes: 16_384, // batch.size
  autoCommitIntervalMs: 5_000, // auto.commit.interval.ms
  sessionTimeoutMs: 45_000, // session.timeout.ms (Kafka 3.0+)
  heartbeatIntervalMs: 3_000, // heartbeat.interval.ms
  metadataMaxAgeMs: 300_000, // metadata.max.age.ms = 5 min (producer and consumer)
  defaultApiTimeoutMs: 60_000, // default.api.timeout.ms: how long commitSync retries
  minSessionTimeoutMs: 6_000, // group.min.session.timeout.ms (broker)
  maxSessionTimeoutMs: 1_800_000, // group.max.session.timeout.ms (broker)
  maxPollRecords: 500, // max.poll.records
  maxPollIntervalMs: 300_000, // max.poll.interval.ms = 5 min
  autoOffsetReset: 'latest', // auto.offset.reset
  assignor: 'range', // first of partition.assignment.strategy [range, cooperative-sticky]
  enableAutoCommit: true, // enable.auto.commit
  partitioner: 'uniform-sticky', // partitioner.class unset: the built-in partitioner (3.3+)
  replicationFactor: 1, // default.replication.factor
  minInsyncReplicas: 1, // min.insync.replicas
  uncleanLeaderElection: false, // unclean.leader.election.enable
  brokerSessionTimeoutMs: 9_000, // broker.session.timeout.ms (KRaft controller)
  replicaLagTimeMaxMs: 30_000, // replica.lag.time.max.ms
  leaderImbalanceCheckIntervalMs: 300_000, // leader.imbalance.check.interval.seconds = 300 (auto.leader.rebalance.enable)
  replicaFetchWaitMaxMs: 500, // replica.fetch.wait.max.ms: a fetch round at least this often
  acks: 'all', // acks (Kafka 3.0+)
  retries: 2_147_483_647, // retries = Integer.MAX_VALUE
  deliveryTimeoutMs: 120_000, // delivery.timeout.ms
  requestTimeoutMs: 30_000, // request.timeout.ms
  retryBackoffMs: 100, // retry.backoff.ms
  retryBackoffMaxMs: 1_000, // retry.backoff.max.ms (exponential backoff, Kafka 3.7+)
  offsetsTopicPartitions: 50, // offsets.topic.num.partitions
  offsetsTopicReplicationFactor: 3, // offsets.topic.replication.factor
  cleanupPolicy: 'delete', // cleanup.policy
  minCleanableDirtyRatio: 0.5, // min.cleanable.dirty.ratio
  minCompactionLagMs: 0, // min.compaction.lag.ms
  maxCompactionLagMs: Number.MAX_SAFE_INTEGER, // max.compaction.lag.ms = Long.MAX_VALUE
  deleteRetentionMs: 86_400_000, // delete.retention.ms = 1 day
  logCleanerBackoffMs: 15_000, // log.cleaner.backoff.ms: the cleaner's sleep when nothing was cleanable
  transactionTimeoutMs: 60_000, // transaction.timeout.ms (producer)
  transactionStateTopicPartitions: 50, // transaction.state.log.num.partitions
  transactionStateTopicReplicationFactor: 3, // transaction.state.log.replication.factor
  transactionAbortTimedOutIntervalMs: 10_000, // transaction.abort.timed.out.transaction.cleanup.interval.ms
  /** Not a config: how long the coordinator's WriteTxnMarkers round trip takes here (markers land within a second). */
  transactionMarkerDelayMs: 100,
} as const;

// Limits of the simulator itself, not of Kafka, so a page stays drawable and every accepted input
// has a bounded cost: `npm run bench` replays the most expensive scenario file these allow
// (bench/worst-scenario.ts builds it from these numbers). Checked in limits.ts; listed in the README.
export const SIM_LIMITS = {
  maxPartitions: 32, // per topic
  maxNameLength: 249, // Kafka's topic name limit; reused for other ids
  maxBrokers: 12, // broker ids are 1..maxBrokerId and at most this many brokers, so a cluster stays drawable
  maxBrokerId: 1000,
  /** min.insync.replicas: one above the most brokers, so a topic can ask for more than it can have (Kafka has no upper bound). */
  maxMinInsyncReplicas: 13,
  /** Model time: 100 years in ms (< 2^42), so time + any interval stays an exact integer. */
  maxTimeMs: 3_153_600_000_000,
  maxTopics: 32,
  maxTotalPartitions: 256,
  maxProducers: 32,
  maxConsumers: 32,
  /**
   * Consumer groups, empty ones included: resetOffsets on an unknown group and every new group a
   * consumer names create one, and nothing removes them (Kafka expires empty groups' offsets after
   * offsets.retention.minutes, which the model does not run), so a file could grow them unbounded.
   */
  maxGroups: 64,
  /** Members of one group, crashed members included (a rebalance runs the assignor over all). */
  maxGroupMembers: 16,
  /**
   * Members × subscribed partitions, summed over all groups: what the assignors work over when one
   * command rebalances every group (alterPartitions on a topic they all read).
   */
  maxAssignmentSize: 192,
  /** Records one poll may return (max.poll.records has no hard maximum in Kafka). */
  maxPollRecords: 1_000,
  /**
   * Records a producer has not finished with (unsent, or sent and unanswered): each is retried on
   * its own during an outage, so their number bounds its cost. Beyond it send() is refused, as
   * Kafka's blocks and then fails once buffer.memory is full.
   */
  maxPendingRequests: 5_000,
  /** Of those, records not yet written (no leader, a backoff, an earlier one first): their queue is rebuilt per change. */
  maxQueuedRequests: 512,
  /** Partitions × replication factor over all topics: what each fetch round and failover walks. */
  maxTotalReplicas: 384,
  /** delivery.timeout.ms: at most 5 minutes of retries (Kafka has no maximum). */
  maxDeliveryTimeoutMs: 300_000,
  /** Retries narrated per record; later ones happen silently, and the outcome gives the count. */
  maxNarratedRetries: 3,
} as const;
