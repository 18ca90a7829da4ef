import { KAFKA_DEFAULTS } from '../defaults.ts';
import { isRunning } from '../replication/leader-and-isr.ts';
import { placeReplicas } from '../replication/placement.ts';
import type { OffsetsPartition, SimState } from '../types.ts';
import { javaStringHash } from './assignors/java-hash.ts';

// A group's coordinator is the broker leading the partition of __consumer_offsets that holds the
// group's offsets (GroupCoordinatorService / GroupMetadataManager.partitionFor).

/** Kafka's Utils.abs: Math.abs, except that Integer.MIN_VALUE maps to 0. */
function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

export function coordinatorPartitionOf(groupId: string, partitions: number): number {
  return kafkaAbs(javaStringHash(groupId)) % partitions;
}

/**
 * The partition of __consumer_offsets that keeps `groupId`'s offsets:
 * `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions` (50), with Java's String.hashCode.
 */
export function coordinatorPartition(groupId: string): number {
  return coordinatorPartitionOf(groupId, KAFKA_DEFAULTS.offsetsTopicPartitions);
}

/**
 * The broker that coordinates the group: the running leader of its __consumer_offsets partition,
 * or undefined while that partition has no live leader (the group can then not commit) or before
 * the internal topic exists (it is created when the first consumer looks for a coordinator).
 */
export function coordinator(state: SimState, groupId: string): number | undefined {
  const partitions = state.offsetsTopic;
  if (!partitions) return undefined;
  const leader = partitions[coordinatorPartitionOf(groupId, partitions.length)]?.leader;
  return leader !== undefined && isRunning(state, leader) ? leader : undefined;
}

/**
 * Creates __consumer_offsets on first use, as the broker does on the first FindCoordinator:
 * 50 partitions, offsets.topic.replication.factor = 3 capped at the live brokers (a one-broker
 * cluster gets 1, as a development setup configures it).
 */
export function ensureOffsetsTopic(state: SimState): SimState {
  if (state.offsetsTopic) return state;
  const live = state.brokers.filter((b) => isRunning(state, b.id)).map((b) => b.id);
  if (live.length === 0) return state;
  const replicationFactor = Math.min(KAFKA_DEFAULTS.offsetsTopicReplicationFactor, live.length);
  const placed = placeReplicas(live, KAFKA_DEFAULTS.offsetsTopicPartitions, replicationFactor, state.rngState);
  const offsetsTopic: OffsetsPartition[] = placed.assignments.map((replicas) => ({ replicas, leader: replicas[0]!, leaderEpoch: 0, isr: replicas }));
  return { ...state, rngState: placed.rngState, offsetsTopic };
}
