import { TOPIC_CONFIG_FIELDS, type AlterPartitionsCommand, type ConfigureBrokerCommand, type CreateTopicCommand } from '../commands.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { simError } from '../errors.ts';
import type { MovedKey, SimEvent } from '../events.ts';
import { rebalance } from '../groups/rebalance.ts';
import { allRecords, emptyPartition } from '../log/partition-log.ts';
import { partitionForKey } from '../placement/murmur2.ts';
import { isRunning } from '../replication/leader-and-isr.ts';
import { placeReplicas } from '../replication/placement.ts';
import type { PartitionLog, PartitionReplication, SimState, TopicState } from '../types.ts';
import { type Events, type HandlerResult, withTopic } from './context.ts';
import { effectiveMinIsr, minIsrCappedFor, noteScaledDown } from '../versions/rules.ts';
import { refreshDueClients, usesMetadataAge } from '../clients/metadata.ts';

export function unknownTopic(topic: string) {
  // Kafka's UNKNOWN_TOPIC_OR_PARTITION
  return simError('UNKNOWN_TOPIC_OR_PARTITION', `Unknown topic ${topic}: this server does not host this topic-partition`, { topic });
}

/** LogConfig.validateValues: min.compaction.lag.ms may not exceed max.compaction.lag.ms. */
export function compactionLagConflict(min: number, max: number) {
  if (min <= max) return undefined;
  return simError('INVALID_CONFIG', `conflict topic config setting min.compaction.lag.ms (${min}) > max.compaction.lag.ms (${max})`, { min, max });
}

export function createTopic(state: SimState, command: CreateTopicCommand, events: Events): HandlerResult {
  if (state.topics[command.topic]) {
    return simError('TOPIC_ALREADY_EXISTS', `Topic '${command.topic}' already exists.`, { topic: command.topic });
  }
  // Topic.hasCollision: '.' and '_' collide in metric names, so Kafka refuses such a pair.
  const unified = command.topic.replace(/\./g, '_');
  const collides = Object.keys(state.topics).filter((name) => name.replace(/\./g, '_') === unified);
  if (collides.length > 0) {
    return simError('TOPIC_COLLISION', `Topic '${command.topic}' collides with existing topics: ${collides.join(', ')}`, { topic: command.topic, existing: collides.join(', ') });
  }
  const lagConflict = compactionLagConflict(command.minCompactionLagMs ?? KAFKA_DEFAULTS.minCompactionLagMs, command.maxCompactionLagMs ?? KAFKA_DEFAULTS.maxCompactionLagMs);
  if (lagConflict) return lagConflict;
  const replicationFactor = command.replicationFactor ?? KAFKA_DEFAULTS.replicationFactor;
  const placed = place(state, 0, command.partitions, replicationFactor);
  if ('code' in placed) return placed;
  const built = buildPartitions(placed.assignments, 0, state.time);
  const topic: TopicState = {
    name: command.topic,
    config: {
      retentionMs: command.retentionMs ?? KAFKA_DEFAULTS.retentionMs,
      retentionBytes: command.retentionBytes ?? KAFKA_DEFAULTS.retentionBytes,
      segmentBytes: command.segmentBytes ?? KAFKA_DEFAULTS.segmentBytes,
      segmentMs: command.segmentMs ?? KAFKA_DEFAULTS.segmentMs,
      replicationFactor,
      minInsyncReplicas: command.minInsyncReplicas ?? KAFKA_DEFAULTS.minInsyncReplicas,
      uncleanLeaderElection: command.uncleanLeaderElection ?? KAFKA_DEFAULTS.uncleanLeaderElection,
      cleanupPolicy: command.cleanupPolicy ?? KAFKA_DEFAULTS.cleanupPolicy,
      minCleanableDirtyRatio: command.minCleanableDirtyRatio ?? KAFKA_DEFAULTS.minCleanableDirtyRatio,
      minCompactionLagMs: command.minCompactionLagMs ?? KAFKA_DEFAULTS.minCompactionLagMs,
      maxCompactionLagMs: command.maxCompactionLagMs ?? KAFKA_DEFAULTS.maxCompactionLagMs,
      deleteRetentionMs: command.deleteRetentionMs ?? KAFKA_DEFAULTS.deleteRetentionMs,
    },
    partitions: built.partitions,
    replication: built.replication,
  };
  const setConfigs = TOPIC_CONFIG_FIELDS.filter((field) => command[field] !== undefined);
  if (setConfigs.length > 0) topic.setConfigs = setConfigs;
  const created: Extract<SimEvent, { type: 'topicCreated' }> = { type: 'topicCreated', at: state.time, topic: topic.name, partitions: command.partitions };
  if (replicationFactor > 1) created.replicas = placed.assignments;
  if (topic.config.minInsyncReplicas > replicationFactor) created.minInsyncReplicas = topic.config.minInsyncReplicas;
  if (minIsrCappedFor(state, topic)) created.effectiveMinInsyncReplicas = effectiveMinIsr(state, topic);
  events.push(created);
  noteScaledDown(state, topic.name, command.segmentBytes, events);
  return withTopic({ ...state, rngState: placed.rngState }, topic);
}

/** Replica lists for new partitions on the live brokers, or Kafka's refusal when there are too few. */
function place(state: SimState, firstPartition: number, count: number, replicationFactor: number) {
  const live = state.brokers.filter((b) => isRunning(state, b.id)).map((b) => b.id);
  if (replicationFactor > live.length) {
    // AdminUtils.assignReplicasToBrokers' wording, which kafka-topics prints.
    return simError('INVALID_REPLICATION_FACTOR', `Replication factor: ${replicationFactor} larger than available brokers: ${live.length}.`, { replicationFactor, brokers: live.length, partition: firstPartition });
  }
  return placeReplicas(live, count, replicationFactor, state.rngState);
}

/** New partitions: every replica has an empty log, the first replica leads in epoch 0, all are in sync. */
function buildPartitions(assignments: number[][], first: number, now: number): { partitions: PartitionLog[]; replication: PartitionReplication[] } {
  const partitions: PartitionLog[] = [];
  const replication: PartitionReplication[] = [];
  assignments.forEach((replicas, i) => {
    const p = first + i;
    const leader = replicas[0]!;
    partitions.push({ ...emptyPartition(p, now), leaderEpochs: [{ epoch: 0, startOffset: 0 }] });
    const followers: PartitionReplication['followers'] = Object.fromEntries(replicas.slice(1).map((broker) => [broker, { broker, log: emptyPartition(p, now), lastFetchAt: now, lastFetchLeaderLogEndOffset: 0, lastCaughtUpAt: now }]));
    replication.push({ replicas, leader, leaderEpoch: 0, isr: replicas, logBroker: leader, followers });
  });
  return { partitions, replication };
}

/** Keys with retained records whose new records will hash to another partition. */
function keysThatMove(topic: TopicState, to: number): MovedKey[] {
  const seen = new Map<string, number>();
  for (const log of topic.partitions) {
    for (const record of allRecords(log)) {
      if (record.key !== undefined && !seen.has(record.key)) seen.set(record.key, log.partition);
    }
  }
  const moved: MovedKey[] = [];
  for (const [key] of seen) {
    const from = partitionForKey(key, topic.partitions.length);
    const next = partitionForKey(key, to);
    if (from !== next) moved.push({ key, from, to: next });
  }
  return moved.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function alterPartitions(state: SimState, command: AlterPartitionsCommand, events: Events): HandlerResult {
  const topic = state.topics[command.topic];
  if (!topic) return unknownTopic(command.topic);
  const current = topic.partitions.length;
  // The messages of Kafka's ReplicationControlManager.createPartitions
  if (command.partitions === current) {
    return simError('INVALID_PARTITIONS', `Topic already has ${current} partition(s).`, { topic: topic.name, current, requested: command.partitions });
  }
  if (command.partitions < current) {
    return simError('INVALID_PARTITIONS', `The topic ${topic.name} currently has ${current} partition(s); ${command.partitions} would not be an increase.`, { topic: topic.name, current, requested: command.partitions });
  }
  // ReplicationControlManager.createPartitions places the new partitions as a new topic's.
  const placed = place(state, current, command.partitions - current, topic.config.replicationFactor);
  if ('code' in placed) return placed;
  const movedKeys = keysThatMove(topic, command.partitions);
  const added = buildPartitions(placed.assignments, current, state.time);
  let next = withTopic({ ...state, rngState: placed.rngState }, { ...topic, partitions: [...topic.partitions, ...added.partitions], replication: [...topic.replication, ...added.replication] });
  events.push(topic.config.replicationFactor > 1
    ? { type: 'partitionsAdded', at: state.time, topic: topic.name, from: current, to: command.partitions, movedKeys, replicas: placed.assignments }
    : { type: 'partitionsAdded', at: state.time, topic: topic.name, from: current, to: command.partitions, movedKeys });
  // With metadata age, clients learn of the new partitions at their next metadata refresh
  // (clients/metadata.ts) and a classic group's leader rejoins in its next poll; metadata.max.age.ms
  // = 0 refreshes at once. The 'classic' profile: every group leader notices now and rebalances.
  if (usesMetadataAge(next)) return refreshDueClients(next, events, true);
  for (const group of Object.values(next.groups)) {
    // A KIP-848 group's coordinator sees the new partitions at the members' next heartbeats.
    if (group.consumerProtocol) continue;
    // The group leader notices new partitions through metadata; a group whose members all crashed has no leader to notice.
    const subscribed = group.members.some((id) => next.consumers[id]?.topics.includes(topic.name));
    const alive = group.members.some((id) => next.consumers[id]?.status === 'active');
    if (subscribed && alive) next = rebalance(next, group.id, 'partitions-added', events);
  }
  return next;
}

export function configureBroker(state: SimState, command: ConfigureBrokerCommand, events: Events): HandlerResult {
  const interval = command.retentionCheckIntervalMs ?? state.broker.retentionCheckIntervalMs;
  events.push({ type: 'brokerConfigured', at: state.time, retentionCheckIntervalMs: interval });
  // Checks stay on the interval grid from time 0, as the README promises.
  return { ...state, broker: { ...state.broker, retentionCheckIntervalMs: interval }, nextRetentionCheckAt: (Math.floor(state.time / interval) + 1) * interval };
}
