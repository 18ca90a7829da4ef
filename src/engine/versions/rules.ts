import { simError, type SimError } from '../errors.ts';
import type { Events } from '../handlers/context.ts';
import type { Acks, KeylessPartitioner, SimState, TopicState } from '../types.ts';
import { populate } from './elr.ts';
import { profileOf, type VersionProfile, versionsWithPartitioner } from './profiles.ts';

// The questions handlers ask the version profile, one small function each, so a call site stays a line.

/** Kafka's class name of each partitioner value, for messages. */
export const PARTITIONER_CLASSES: Readonly<Record<KeylessPartitioner, string>> = {
  'uniform-sticky': 'BuiltInPartitioner (partitioner.class unset, 3.3+)',
  sticky: 'DefaultPartitioner (sticky, 2.4-3.9)',
  'legacy-default': 'DefaultPartitioner (round-robin keyless, 2.3 and earlier)',
  'round-robin': 'RoundRobinPartitioner (2.4+)',
};

/**
 * A partitioner this release does not ship: refused, naming the modelled versions that have it.
 * 4.0 removed DefaultPartitioner and UniformStickyPartitioner (deprecated by KIP-794 in 3.3);
 * RoundRobinPartitioner arrived in 2.4 (KIP-369); the built-in partitioner in 3.3 (KIP-794).
 */
export function refusePartitioner(profile: VersionProfile, partitioner: KeylessPartitioner | undefined): SimError | undefined {
  if (partitioner === undefined || profile.partitioners.includes(partitioner)) return undefined;
  const versions = versionsWithPartitioner(partitioner).join(', ');
  return simError('PARTITIONER_NOT_IN_VERSION', `Kafka ${profile.name} does not ship ${PARTITIONER_CLASSES[partitioner]}; it exists in Kafka ${versions}`,
    { field: 'partitioner', partitioner, version: profile.name, versions });
}

/**
 * The min.insync.replicas a write must meet. 3.7+ (KAFKA-15583, Partition.effectiveMinIsr,
 * Partition.scala:389): min(min.insync.replicas, replica count); before, the configured value even
 * when no ISR can reach it.
 */
export function effectiveMinIsr(state: SimState, topic: TopicState): number {
  const configured = topic.config.minInsyncReplicas;
  return profileOf(state.kafkaVersion).minIsrCapped ? Math.min(configured, topic.config.replicationFactor) : configured;
}

/** Whether the version caps min.insync.replicas and this topic's value is above its replica count. */
export function minIsrCappedFor(state: SimState, topic: TopicState): boolean {
  return effectiveMinIsr(state, topic) !== topic.config.minInsyncReplicas;
}

/**
 * 3.7+ (KAFKA-15583, Partition.maybeIncrementLeaderHW): the high watermark stays while the ISR is
 * below the effective min ISR, so nothing becomes readable while acks=all sends are failing.
 */
export function highWatermarkHeld(state: SimState, topic: TopicState, isrSize: number): boolean {
  return profileOf(state.kafkaVersion).minIsrCapped && isrSize < effectiveMinIsr(state, topic);
}

/** isrShrunk's `highWatermarkHeld`, only when the version holds it (classic events stay as they were). */
export function heldField(state: SimState, topic: TopicState, isrSize: number): { highWatermarkHeld?: true } {
  return highWatermarkHeld(state, topic, isrSize) ? { highWatermarkHeld: true } : {};
}

export interface ProducerConfig {
  acks: Acks;
  enableIdempotence: boolean;
  lingerMs: number;
  batchSize: number;
  partitioner: KeylessPartitioner;
  retries: number;
  deliveryTimeoutMs: number;
}

/** The producer's effective configuration under the simulation's Kafka version (ProducerConfig). */
export function producerConfig(state: SimState, producer: string): ProducerConfig | undefined {
  const p = state.producers[producer];
  if (!p) return undefined;
  return {
    acks: p.acks, enableIdempotence: p.enableIdempotence, lingerMs: profileOf(state.kafkaVersion).lingerMs, batchSize: p.batchBytes,
    partitioner: p.partitioner, retries: p.retries, deliveryTimeoutMs: p.deliveryTimeoutMs,
  };
}

/**
 * segment.bytes under the version's minimum (LogConfig: atLeast(14) before 4.0, atLeast(1 MiB) since,
 * KIP-1030) is accepted, since lessons need tiny segments, and reported as scaled down.
 */
export function noteScaledDown(state: SimState, topic: string, segmentBytes: number | undefined, events: Events): void {
  const minimum = profileOf(state.kafkaVersion).segmentBytesMin;
  if (segmentBytes === undefined || minimum === undefined || segmentBytes >= minimum) return;
  events.push({ type: 'configScaledDown', at: state.time, topic, config: 'segment.bytes', value: segmentBytes, minimum, version: state.kafkaVersion });
}

/** The classic assignors' default list (ConsumerConfig partition.assignment.strategy). */
export function defaultAssignors(state: SimState): readonly string[] {
  return profileOf(state.kafkaVersion).assignors;
}



/** partitionChange's ELR options: the effective min ISR when the version has ELR (KIP-966, 4.1). */
export function elrOptions(state: SimState, topic: TopicState): { elrMinIsr?: number } {
  return profileOf(state.kafkaVersion).elr ? { elrMinIsr: effectiveMinIsr(state, topic) } : {};
}

/** The ELR fields of a partition change, only when it has them (classic states stay as they were). */
export function elrFields(change: { elr?: readonly number[]; lastKnownElr?: readonly number[] }): { elr?: readonly number[]; lastKnownElr?: readonly number[] } {
  return change.elr === undefined ? {} : { elr: change.elr, lastKnownElr: change.lastKnownElr ?? [] };
}

/** AlterPartition (a lagging follower out, a caught-up one back): the ELR follows the new ISR (KIP-966). */
export function elrAfterIsrChange(state: SimState, topic: TopicState, replication: { isr: readonly number[]; elr?: readonly number[]; lastKnownElr?: readonly number[] }, isr: readonly number[]): { elr?: readonly number[]; lastKnownElr?: readonly number[] } {
  if (!profileOf(state.kafkaVersion).elr) return {};
  return populate(replication.isr, isr, replication.elr ?? [], replication.lastKnownElr ?? [], effectiveMinIsr(state, topic), undefined);
}

/** Transaction version 2 (KIP-890 part 2, TransactionVersion.supportsEpochBump): an epoch bump at every EndTxn. */
export function bumpsEpochPerTransaction(state: SimState): boolean {
  return profileOf(state.kafkaVersion).transactionVersion === 2;
}

/** transaction.partition.verification.enable (KIP-890 part 1, 3.6+): the leader verifies a transactional batch with the coordinator. */
export function verifiesTxnPartitions(state: SimState): boolean {
  return profileOf(state.kafkaVersion).txnPartitionVerification;
}
