import type { AlterTopicConfigCommand, ResetOffsetsCommand } from '../commands.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { simError } from '../errors.ts';
import { coordinator, ensureOffsetsTopic } from '../groups/coordinator.ts';
import type { GroupState, SimState, TopicConfig } from '../types.ts';
import type { TopicConfigChanges } from '../events.ts';
import { tpKey } from '../types.ts';
import { type Events, type HandlerResult, withGroup, withTopic } from './context.ts';
import { noteScaledDown } from '../versions/rules.ts';
import { compactionLagConflict, unknownTopic } from './topics.ts';

// Admin-client commands the command-line tools send: Admin.alterConsumerGroupOffsets
// (kafka-consumer-groups --reset-offsets --execute) and Admin.incrementalAlterConfigs on a topic
// (kafka-configs --alter --add-config).

/**
 * Sets a group's committed offsets while it has no members, as the group coordinator accepts
 * OffsetCommit from an admin client only for an Empty (or Dead, i.e. unknown) group; a group with
 * members, crashed ones not yet expired included, is refused with NON_EMPTY_GROUP. Offsets are the
 * next offsets to read and must name existing partitions; a missing group is created empty.
 */
export function resetOffsets(state: SimState, command: ResetOffsetsCommand, events: Events): HandlerResult {
  if (command.offsets.length === 0) return simError('INVALID_COMMAND', 'offsets must not be empty', { field: 'offsets', rule: 'must not be empty' });
  for (const o of command.offsets) {
    const topic = state.topics[o.topic];
    if (!topic) return unknownTopic(o.topic);
    if (o.partition >= topic.partitions.length) {
      return simError('UNKNOWN_TOPIC_OR_PARTITION', `Unknown partition ${o.topic}-${o.partition}: this server does not host this topic-partition`, { topic: o.topic, partition: o.partition });
    }
  }
  const existing = state.groups[command.group];
  if (existing && existing.members.length > 0) {
    // Errors.NON_EMPTY_GROUP
    return simError('NON_EMPTY_GROUP', 'The group is not empty.', { group: command.group });
  }
  const withOffsetsTopic = ensureOffsetsTopic(state);
  if (coordinator(withOffsetsTopic, command.group) === undefined) {
    return simError('COORDINATOR_NOT_AVAILABLE', 'The coordinator is not available.', { group: command.group });
  }
  const group: GroupState = existing ?? { id: command.group, assignor: 'range', members: [], generation: 0, committed: {}, delivered: {} };
  const committed = { ...group.committed };
  for (const o of command.offsets) committed[tpKey(o.topic, o.partition)] = o.offset;
  events.push({ type: 'groupOffsetsReset', at: state.time, group: command.group, offsets: command.offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset })) });
  return withGroup(withOffsetsTopic, { ...group, committed });
}

const CONFIG_FIELDS = ['retentionMs', 'retentionBytes', 'segmentBytes', 'segmentMs', 'minInsyncReplicas', 'minCleanableDirtyRatio', 'minCompactionLagMs', 'maxCompactionLagMs', 'deleteRetentionMs'] as const;

/** Changes a topic's dynamic configs; the next retention check and the next produce use them. */
export function alterTopicConfig(state: SimState, command: AlterTopicConfigCommand, events: Events): HandlerResult {
  const topic = state.topics[command.topic];
  if (!topic) return unknownTopic(command.topic);
  const config: TopicConfig = { ...topic.config };
  const changed: TopicConfigChanges = {};
  for (const field of CONFIG_FIELDS) {
    const value = command[field];
    if (value === undefined) continue;
    config[field] = value;
    changed[field] = value;
  }
  if (command.cleanupPolicy !== undefined) {
    config.cleanupPolicy = command.cleanupPolicy;
    changed.cleanupPolicy = command.cleanupPolicy;
  }
  // --delete-config: the default again, and no longer listed as set (a config both set and deleted is refused by validation).
  const deleted = command.deleteConfigs ?? [];
  for (const field of deleted) {
    config[field] = KAFKA_DEFAULTS[field];
    changed[field] = KAFKA_DEFAULTS[field];
  }
  if (Object.keys(changed).length === 0) return simError('INVALID_COMMAND', 'alterTopicConfig needs at least one config', { field: 'retentionMs', rule: 'missing' });
  const lagConflict = compactionLagConflict(config.minCompactionLagMs, config.maxCompactionLagMs);
  if (lagConflict) return lagConflict;
  events.push({ type: 'topicConfigAltered', at: state.time, topic: command.topic, configs: changed });
  noteScaledDown(state, command.topic, command.segmentBytes, events);
  // Set to any value, even the default, a config is listed by DescribeConfigs until deleted.
  const set = new Set(topic.setConfigs ?? []);
  for (const field of CONFIG_FIELDS) if (command[field] !== undefined) set.add(field);
  for (const field of deleted) set.delete(field);
  const { setConfigs: _old, ...rest } = topic;
  void _old;
  const setConfigs = CONFIG_FIELDS.filter((f) => set.has(f));
  return withTopic(state, setConfigs.length > 0 ? { ...rest, config, setConfigs } : { ...rest, config });
}
