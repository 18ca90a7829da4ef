import type { Events } from '../handlers/context.ts';
import { coordinator } from './coordinator.ts';
import { latestOffset } from '../transactions/partition-txns.ts';
import { withConsumer, withGroup } from '../handlers/context.ts';
import type { CommittedOffset } from '../events.ts';
import { type ConsumerState, type SimState, type TopicPartition, tpKey } from '../types.ts';

/**
 * commitSync() of everything consumed: the group's committed offset for each assigned partition
 * becomes the consumer's position (the next offset it would read). `onlyChanged` skips a commit
 * that would change nothing, used by the periodic auto-commit so the log stays quiet.
 */
export function commitPositions(state: SimState, consumerId: string, auto: boolean, events: Events, onlyChanged = false): SimState {
  const consumer = state.consumers[consumerId];
  const group = consumer ? state.groups[consumer.group] : undefined;
  if (!consumer || !group) return state;
  // Offsets go to the group's coordinator; while it is down an auto-commit is skipped.
  if (coordinator(state, group.id) === undefined) return state;
  const offsets: CommittedOffset[] = [];
  const committed = { ...group.committed };
  for (const tp of consumer.assignment) {
    const key = tpKey(tp.topic, tp.partition);
    const position = consumer.positions[key];
    if (position === undefined) continue;
    if (onlyChanged && committed[key] === position) continue;
    committed[key] = position;
    offsets.push({ topic: tp.topic, partition: tp.partition, offset: position });
  }
  if (onlyChanged && offsets.length === 0) return state;
  events.push({ type: 'offsetsCommitted', at: state.time, consumer: consumer.id, group: group.id, auto, offsets });
  return withGroup(state, { ...group, committed });
}

/**
 * Where a newly assigned partition starts: the group's committed offset, or else auto.offset.reset
 * (earliest = log start, latest = log end, none = unknown until poll raises NoOffsetForPartition).
 */
export function initialPositions(state: SimState, consumer: ConsumerState, partitions: readonly TopicPartition[], events: Events): Record<string, number> {
  const group = state.groups[consumer.group];
  const positions: Record<string, number> = { ...consumer.positions };
  for (const tp of partitions) {
    const key = tpKey(tp.topic, tp.partition);
    const committed = group?.committed[key];
    const log = state.topics[tp.topic]?.partitions[tp.partition];
    if (!log) continue;
    if (committed !== undefined) {
      positions[key] = committed;
      events.push({ type: 'positionRestored', at: state.time, consumer: consumer.id, group: consumer.group, topic: tp.topic, partition: tp.partition, offset: committed });
      continue;
    }
    if (consumer.autoOffsetReset === 'none') continue;
    const to = consumer.autoOffsetReset === 'earliest' ? log.logStartOffset : latestOffset(state, consumer, tp.topic, tp.partition, log);
    positions[key] = to;
    events.push({ type: 'offsetReset', at: state.time, consumer: consumer.id, group: consumer.group, topic: tp.topic, partition: tp.partition, policy: consumer.autoOffsetReset, reason: 'no-committed-offset', to });
  }
  return positions;
}

export function setPositions(state: SimState, consumer: ConsumerState, positions: Record<string, number>): SimState {
  return withConsumer(state, { ...consumer, positions });
}
