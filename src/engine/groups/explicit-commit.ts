import type { CommittedOffsetSpec } from '../commands.ts';
import { simError, type SimError } from '../errors.ts';
import type { BelowPosition, CommittedOffset } from '../events.ts';
import type { Events } from '../handlers/context.ts';
import { withGroup, withoutKey } from '../handlers/context.ts';
import { type ConsumerState, type SimState, tpKey } from '../types.ts';

/**
 * CommitFailedException as ConsumerCoordinator.sendOffsetCommitRequest raises it for a member
 * that is not part of an active group (never joined, or left for max.poll.interval.ms).
 */
export function commitFailed(consumer: ConsumerState): SimError {
  return simError('COMMIT_FAILED', 'Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.', { consumer: consumer.id, group: consumer.group, reason: consumer.membership });
}

/**
 * commitSync(Map<TopicPartition, OffsetAndMetadata>): each offset is stored as given, even one that
 * is not the next record to read (committing a record's own offset re-delivers it after a restart).
 * A partition that does not exist is refused (UNKNOWN_TOPIC_OR_PARTITION), and nothing is committed.
 */
export function unknownPartition(state: SimState, specs: readonly CommittedOffsetSpec[]): SimError | undefined {
  for (const spec of specs) {
    const topic = state.topics[spec.topic];
    if (!topic) return simError('UNKNOWN_TOPIC_OR_PARTITION', `Unknown topic ${spec.topic}`, { topic: spec.topic });
    if (spec.partition >= topic.partitions.length) {
      return simError('UNKNOWN_TOPIC_OR_PARTITION', `Partition ${spec.partition} of topic ${spec.topic} with partition count ${topic.partitions.length} is not present`, { topic: spec.topic, partition: spec.partition, partitions: topic.partitions.length });
    }
  }
  return undefined;
}

export function commitOffsets(state: SimState, consumer: ConsumerState, specs: readonly CommittedOffsetSpec[], events: Events): SimState | SimError {
  const group = state.groups[consumer.group]!;
  const committed = { ...group.committed };
  const offsets: CommittedOffset[] = [];
  const below: BelowPosition[] = [];
  const bad = unknownPartition(state, specs);
  if (bad) return bad;
  for (const spec of specs) {
    committed[tpKey(spec.topic, spec.partition)] = spec.offset;
    offsets.push({ topic: spec.topic, partition: spec.partition, offset: spec.offset });
    const position = consumer.positions[tpKey(spec.topic, spec.partition)];
    if (position !== undefined && spec.offset < position) below.push({ topic: spec.topic, partition: spec.partition, offset: spec.offset, position });
  }
  events.push(below.length === 0
    ? { type: 'offsetsCommitted', at: state.time, consumer: consumer.id, group: group.id, auto: false, offsets, explicit: true }
    : { type: 'offsetsCommitted', at: state.time, consumer: consumer.id, group: group.id, auto: false, offsets, explicit: true, belowPosition: below });
  return withGroup(state, { ...group, committed });
}

/** close() of a member outside its group: nothing to commit (the attempt would fail) and no LeaveGroup. */
export function closeOutsideGroup(state: SimState, consumer: ConsumerState, events: Events): SimState {
  events.push({ type: 'consumerLeft', at: state.time, consumer: consumer.id, group: consumer.group, notMember: true });
  return { ...state, consumers: withoutKey(state.consumers, consumer.id) };
}
