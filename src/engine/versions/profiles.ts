import type { AssignorName } from '../groups/assignors/index.ts';
import type { Acks, KeylessPartitioner } from '../types.ts';

// Kafka versions side by side (issue 18): each simulation runs under one profile, a table of the
// rules that differ between Kafka releases. Handlers ask the profile; they never compare versions.

export { CLASSIC_PROFILE, KAFKA_VERSIONS, NEWEST_KAFKA_VERSION, PROFILE_NAMES, type KafkaVersion, type ProfileName } from './names.ts';
import { CLASSIC_PROFILE, KAFKA_VERSIONS, PROFILE_NAMES, type KafkaVersion, type ProfileName } from './names.ts';

export interface VersionProfile {
  name: ProfileName;
  /** ProducerConfig ACKS_CONFIG default: "1" before 3.0, "all" since (KIP-679). */
  acks: Acks;
  /** enable.idempotence default: false before 3.0, true since (KIP-679). */
  enableIdempotence: boolean;
  /** linger.ms default: 0 before 4.0, 5 since (KIP-1030). */
  lingerMs: number;
  /** partitioner.class unset. */
  defaultPartitioner: KeylessPartitioner;
  /** The partitioners this release ships. */
  partitioners: readonly KeylessPartitioner[];
  /** KAFKA-9965: RoundRobinPartitioner is called twice per new batch (2.4-3.9.0), skipping a partition. */
  roundRobinSkips: boolean;
  /**
   * BuiltInPartitioner.updatePartitionInfo (3.3+, KIP-794): with one record per batch the batch is
   * never full, so the switch waits for 2 x batch.size bytes. 'classic' switched at batch.size.
   */
  stickySwitchFactor: number;
  /** KAFKA-15583 (3.7+): effective min ISR = min(min.insync.replicas, replicas) and no HW advance under it. */
  minIsrCapped: boolean;
  /** KIP-966 eligible leader replicas (default on for new clusters since 4.1). */
  elr: boolean;
  /** partition.assignment.strategy default: [range] before 3.0, [range, cooperative-sticky] since (KIP-726). */
  assignors: readonly AssignorName[];
  /** LogConfig segment.bytes minimum: 14 bytes before 4.0, 1 MiB since (KIP-1030); undefined: not reported. */
  segmentBytesMin: number | undefined;
  /**
   * The classic group protocol's join barrier (ClassicGroup, AbstractCoordinator): a rebalance waits
   * for every member's JoinGroup inside its poll, or for the rebalance timeout. Every real version
   * has it; 'classic' (files from before this model) completes a rebalance within the step.
   */
  joinBarrier: boolean;
  /**
   * commitSync retries retriable errors (COORDINATOR_NOT_AVAILABLE) until default.api.timeout.ms
   * (ConsumerCoordinator.commitOffsetsSync). 'classic' refuses the commit at once, as before.
   */
  commitSyncRetries: boolean;
  /** group.protocol=consumer for clients (KIP-848): generally available since 4.0. */
  consumerGroupProtocol: boolean;
  /**
   * Producers and classic consumers act on the metadata they last fetched (Metadata, metadata.max.age.ms):
   * new partitions are seen at the next refresh. Every real version; 'classic' sees them at once.
   */
  metadataAge: boolean;
  /**
   * transaction.partition.verification.enable (KIP-890 part 1, TransactionLogConfig, default true
   * since 3.6): the partition leader asks the coordinator (AddPartitionsToTxn, verifyOnly) whether a
   * transactional batch's partition is in the ongoing transaction. Before 3.6 a late write is
   * appended and can leave a hanging transaction.
   */
  txnPartitionVerification: boolean;
  /**
   * The transaction.version feature (TransactionVersion, KIP-890 part 2): 2 bumps the producer epoch
   * at every EndTxn and the producer stops sending AddPartitionsToTxn. TV_2 bootstraps at
   * 4.0-IV2, so new 4.0 clusters have it ("automatically enabled on the server since 4.0",
   * operations/transaction-protocol); 0 (no feature) before 4.0.
   */
  transactionVersion: 0 | 2;
}

const ALL_PARTITIONERS: readonly KeylessPartitioner[] = ['uniform-sticky', 'sticky', 'legacy-default', 'round-robin'];
const MIB = 1024 * 1024;

const base = {
  acks: 'all', enableIdempotence: true, lingerMs: 0, defaultPartitioner: 'uniform-sticky', roundRobinSkips: true,
  stickySwitchFactor: 2, minIsrCapped: false, elr: false, assignors: ['range', 'cooperative-sticky'], segmentBytesMin: 14, joinBarrier: true, commitSyncRetries: true, consumerGroupProtocol: false, metadataAge: true,
  txnPartitionVerification: true, transactionVersion: 0,
} as const;

export const PROFILES: Readonly<Record<ProfileName, VersionProfile>> = {
  // 2.3: DefaultPartitioner rotates keyless records; no RoundRobinPartitioner yet (KIP-369, 2.4).
  // 2.3 and 2.8 predate transaction verification (3.6): a late transactional write is appended.
  '2.3': { ...base, name: '2.3', txnPartitionVerification: false, acks: 1, enableIdempotence: false, defaultPartitioner: 'legacy-default', partitioners: ['legacy-default'], assignors: ['range'] },
  // 2.4-3.2: DefaultPartitioner + StickyPartitionCache (KIP-480).
  '2.8': { ...base, name: '2.8', txnPartitionVerification: false, acks: 1, enableIdempotence: false, defaultPartitioner: 'sticky', partitioners: ['sticky', 'round-robin'], assignors: ['range'] },
  '3.6': { ...base, name: '3.6', partitioners: ['uniform-sticky', 'sticky', 'round-robin'] },
  '3.9': { ...base, name: '3.9', partitioners: ['uniform-sticky', 'sticky', 'round-robin'], minIsrCapped: true },
  // 4.0 removed DefaultPartitioner and UniformStickyPartitioner (KIP-1030 era cleanup), fixed KAFKA-9965.
  '4.0': { ...base, name: '4.0', lingerMs: 5, partitioners: ['uniform-sticky', 'round-robin'], roundRobinSkips: false, minIsrCapped: true, segmentBytesMin: MIB, consumerGroupProtocol: true, transactionVersion: 2 },
  '4.1': { ...base, name: '4.1', lingerMs: 5, partitioners: ['uniform-sticky', 'round-robin'], roundRobinSkips: false, minIsrCapped: true, elr: true, segmentBytesMin: MIB, consumerGroupProtocol: true, transactionVersion: 2 },
  classic: { ...base, name: 'classic', partitioners: ALL_PARTITIONERS, roundRobinSkips: false, stickySwitchFactor: 1, segmentBytesMin: undefined, joinBarrier: false, commitSyncRetries: false, consumerGroupProtocol: true, metadataAge: false },
};

export function profileOf(name: ProfileName | undefined): VersionProfile {
  return PROFILES[name ?? CLASSIC_PROFILE];
}

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value);
}

/** The modelled versions that ship a partitioner, for a refusal's message ("2.8, 3.6, 3.9"). */
export function versionsWithPartitioner(partitioner: KeylessPartitioner): KafkaVersion[] {
  return KAFKA_VERSIONS.filter((v) => PROFILES[v].partitioners.includes(partitioner));
}
