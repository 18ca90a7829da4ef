import type { Command } from './commands.ts';
import { SIM_LIMITS } from './defaults.ts';
import { simError, type SimError } from './errors.ts';
import type { SimState } from './types.ts';

// The simulator's own limits (SIM_LIMITS), checked against the state before a command runs, so that
// every accepted command has a bounded cost and model time stays exact. Shape checks live in
// validate.ts; these need the state, or apply to every name a command carries.

const L = SIM_LIMITS;

function limit(what: string, max: number, message: string, extra: Record<string, string | number> = {}): SimError {
  return simError('LIMIT_EXCEEDED', message, { limit: what, max, ...extra });
}

// Format characters (bidi controls, zero-width joiners and spaces, BOM), controls, invisible
// fillers and any space but U+0020: names are shown in narrated sentences, where these would reorder
// the sentence or make two different names look the same ("c1" and "c1" + U+200B).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{White_Space}/u;

/** NAME_INVISIBLE when a name holds a character that cannot be seen, with its code point (U+200B) and index. */
export function checkVisibleName(field: string, value: string): SimError | undefined {
  const match = INVISIBLE.exec(value);
  if (match) {
    const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return simError('NAME_INVISIBLE', `${field} contains the invisible or formatting character ${codePoint} at position ${match.index + 1}`, { field, codePoint, position: match.index + 1 });
  }
  if (value !== value.trim()) return simError('NAME_INVISIBLE', `${field} starts or ends with a space`, { field, codePoint: 'U+0020', position: value.startsWith(' ') ? 1 : value.length });
  return undefined;
}

const NAME_FIELDS = ['producer', 'consumer', 'group', 'transactionalId'] as const;
const NO_FIELDS: readonly string[] = [];
/** The durations each command can carry (commands.ts), capped at maxTimeMs: limits are checked by what a command can change. */
const DURATION_FIELDS_OF: Partial<Record<Command['type'], readonly string[]>> = {
  advanceTime: ['ms'], createTopic: ['retentionMs', 'segmentMs'], alterTopicConfig: ['retentionMs', 'segmentMs'],
  addConsumer: ['autoCommitIntervalMs', 'sessionTimeoutMs', 'maxPollIntervalMs', 'heartbeatIntervalMs', 'defaultApiTimeoutMs', 'metadataMaxAgeMs'], addProducer: ['metadataMaxAgeMs'], configureBroker: ['retentionCheckIntervalMs'],
};

/**
 * A group's members for the caps: those in it and those subscribed that will join at their first
 * poll (addConsumer only subscribes), so a cap holds before the join that would break it.
 */
function groupMembers(state: SimState, group: string): string[] {
  const ids = new Set(state.groups[group]?.members ?? []);
  for (const consumer of Object.values(state.consumers)) if (consumer.group === group) ids.add(consumer.id);
  return [...ids];
}

/** Members × subscribed partitions of every group, after `change` (a group's new members, or a topic's new partition count). */
function assignmentSize(state: SimState, change: { group: string; consumer: string; topics: readonly string[] } | { topic: string; partitions: number }): number {
  const partitionsOf = (topic: string) => ('topic' in change && change.topic === topic ? change.partitions : (state.topics[topic]?.partitions.length ?? 0));
  const groups = new Set([...Object.keys(state.groups), ...Object.values(state.consumers).map((c) => c.group)]);
  if ('group' in change) groups.add(change.group);
  let size = 0;
  for (const group of groups) {
    const members = groupMembers(state, group);
    const topics = new Set<string>();
    for (const id of members) for (const t of state.consumers[id]?.topics ?? []) topics.add(t);
    if ('group' in change && change.group === group) {
      members.push(change.consumer);
      for (const t of change.topics) topics.add(t);
    }
    let partitions = 0;
    for (const t of topics) partitions += partitionsOf(t);
    size += members.length * partitions;
  }
  return size;
}

function assignmentLimit(size: number): SimError | undefined {
  return size > L.maxAssignmentSize
    ? limit('maxAssignmentSize', L.maxAssignmentSize, `Consumer groups would have ${size} members × partitions in all; at most ${L.maxAssignmentSize} in this simulator`, { size })
    : undefined;
}

/**
 * The first SIM_LIMITS bound `command` would break in `state`, or undefined. Errors have code
 * LIMIT_EXCEEDED with params { limit (the SIM_LIMITS key), max, ... } or NAME_INVISIBLE. Commands of
 * kinds it does not know pass.
 */
/** Replicas (partitions × replication factor) in all topics, with `more`: every fetch round and failover walks them. */
function totalReplicas(state: SimState, more: number): SimError | undefined {
  const now = Object.values(state.topics).reduce((n, t) => n + t.partitions.length * t.config.replicationFactor, 0);
  return now + more > L.maxTotalReplicas
    ? limit('maxTotalReplicas', L.maxTotalReplicas, `Topics would have ${now + more} replicas in all; at most ${L.maxTotalReplicas} in this simulator`, { size: now + more })
    : undefined;
}

export function checkLimits(state: SimState, command: Command): SimError | undefined {
  const fields = command as unknown as Record<string, unknown>;
  // Names are checked where they are made (add* commands); elsewhere an unknown name is refused anyway.
  const naming = command.type === 'addProducer' || command.type === 'addConsumer' || command.type === 'resetOffsets';
  for (const field of naming ? NAME_FIELDS : NO_FIELDS) {
    const value = fields[field];
    const problem = typeof value === 'string' ? checkVisibleName(field, value) : undefined;
    if (problem) return problem;
  }
  // Only the fields this kind of command can carry (validateCommand refused any other): a produce has none.
  for (const field of DURATION_FIELDS_OF[command.type] ?? NO_FIELDS) {
    const value = fields[field];
    if (typeof value === 'number' && value > L.maxTimeMs) return limit('maxTimeMs', L.maxTimeMs, `${field} must be at most ${L.maxTimeMs} ms (100 years)`, { field });
  }
  switch (command.type) {
    case 'advanceTime':
      // Past the cap, adding an interval to the clock would stop changing it and timers would never end.
      return state.time + command.ms > L.maxTimeMs
        ? limit('maxTimeMs', L.maxTimeMs, `Model time cannot pass ${L.maxTimeMs} ms (100 years); it is at ${state.time} ms`, { time: state.time })
        : undefined;
    case 'createTopic': {
      if (state.topics[command.topic]) return undefined; // the handler's TOPIC_EXISTS says it better
      const topics = Object.keys(state.topics).length;
      if (topics >= L.maxTopics) return limit('maxTopics', L.maxTopics, `At most ${L.maxTopics} topics in this simulator`);
      return totalPartitions(state, command.partitions) ?? totalReplicas(state, command.partitions * (command.replicationFactor ?? 1));
    }
    case 'alterPartitions': {
      const topic = state.topics[command.topic];
      if (!topic || command.partitions <= topic.partitions.length) return undefined;
      return totalPartitions(state, command.partitions - topic.partitions.length)
        ?? totalReplicas(state, (command.partitions - topic.partitions.length) * topic.config.replicationFactor) ?? assignmentLimit(assignmentSize(state, { topic: command.topic, partitions: command.partitions }));
    }
    case 'addProducer':
      if (state.producers[command.producer]) return undefined;
      return Object.keys(state.producers).length >= L.maxProducers ? limit('maxProducers', L.maxProducers, `At most ${L.maxProducers} producers in this simulator`) : undefined;
    case 'addConsumer': {
      if (state.consumers[command.consumer]) return undefined;
      if (Object.keys(state.consumers).length >= L.maxConsumers) return limit('maxConsumers', L.maxConsumers, `At most ${L.maxConsumers} consumers in this simulator`);
      const tooManyGroups = groupLimit(state, command.group);
      if (tooManyGroups) return tooManyGroups;
      const members = groupMembers(state, command.group).length + 1;
      if (members > L.maxGroupMembers) return limit('maxGroupMembers', L.maxGroupMembers, `Group ${command.group} already has ${members - 1} members; at most ${L.maxGroupMembers} in this simulator`, { group: command.group });
      return assignmentLimit(assignmentSize(state, { group: command.group, consumer: command.consumer, topics: command.topics }));
    }
    case 'resetOffsets':
      return groupLimit(state, command.group);
    case 'poll':
      return command.maxRecords !== undefined && command.maxRecords > L.maxPollRecords
        ? limit('maxPollRecords', L.maxPollRecords, `maxRecords must be at most ${L.maxPollRecords} in this simulator`, { field: 'maxRecords' })
        : undefined;
    default:
      return undefined;
  }
}

/** maxGroups, when `group` would be a new one: groups in the state and those consumers subscribed to and will create. */
function groupLimit(state: SimState, group: string): SimError | undefined {
  if (state.groups[group]) return undefined;
  const groups = new Set(Object.keys(state.groups));
  for (const consumer of Object.values(state.consumers)) groups.add(consumer.group);
  if (groups.has(group) || groups.size < L.maxGroups) return undefined;
  return limit('maxGroups', L.maxGroups, `At most ${L.maxGroups} consumer groups in this simulator (empty ones count: they keep their committed offsets)`, { group });
}

function totalPartitions(state: SimState, adding: number): SimError | undefined {
  let total = adding;
  for (const topic of Object.values(state.topics)) total += topic.partitions.length;
  return total > L.maxTotalPartitions ? limit('maxTotalPartitions', L.maxTotalPartitions, `At most ${L.maxTotalPartitions} partitions in all topics together in this simulator`, { total }) : undefined;
}
