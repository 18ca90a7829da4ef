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
  minSessionTimeoutMs: 6_000, // group.min.session.timeout.ms (broker)
  maxSessionTimeoutMs: 1_800_000, // group.max.session.timeout.ms (broker)
  maxPollRecords: 500, // max.poll.records
  maxPollIntervalMs: 300_000, // max.poll.interval.ms = 5 min
  autoOffsetReset: 'latest', // auto.offset.reset
  assignor: 'range', // first of partition.assignment.strategy [range, cooperative-sticky]
  enableAutoCommit: true, // enable.auto.commit
  partitioner: 'uniform-sticky', // partitioner.class unset: the built-in partitioner (3.3+)
} as const;

// Limits of the simulator itself, not of Kafka, so a page stays drawable.
export const SIM_LIMITS = {
  maxPartitions: 256,
  maxNameLength: 249, // Kafka's topic name limit; reused for other ids
} as const;
