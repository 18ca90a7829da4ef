import type { PartitionSpec, PauseCommand, RestartConsumerCommand, ResumeCommand, SeekCommand, SeekToBeginningCommand, SeekToEndCommand } from '../commands.ts';
import { simError, type SimError } from '../errors.ts';
import { type ConsumerState, type SimState, type TopicPartition, tpKey } from '../types.ts';
import { liveConsumer } from './consumers.ts';
import { type Events, type HandlerResult, isError, withConsumer, withGroup } from './context.ts';
import { afterMemberLeft, usesJoinBarrier } from '../groups/join-barrier.ts';
import { initialMetadata } from '../clients/metadata.ts';
import { removeMember } from '../groups/consumer-protocol/coordinator.ts';

// The consumer's own position controls: seek, seekToBeginning/End, pause/resume, all of which
// act on SubscriptionState only (no request to the broker until the next poll), and restarting a
// crashed process under the same name.

/** SubscriptionState.assignedState: IllegalStateException for a partition not assigned. */
function assigned(consumer: ConsumerState, specs: readonly PartitionSpec[]): TopicPartition[] | SimError {
  for (const spec of specs) {
    if (!consumer.assignment.some((tp) => tp.topic === spec.topic && tp.partition === spec.partition)) {
      return simError('NO_CURRENT_ASSIGNMENT', `No current assignment for partition ${spec.topic}-${spec.partition}`, { consumer: consumer.id, topic: spec.topic, partition: spec.partition });
    }
  }
  return specs.map((s) => ({ topic: s.topic, partition: s.partition }));
}

/**
 * KafkaConsumer.seek(tp, offset): the next poll fetches from `offset`. An offset past the log end is
 * accepted here; the fetch then gets OFFSET_OUT_OF_RANGE and auto.offset.reset applies.
 */
export function seek(state: SimState, command: SeekCommand, events: Events): HandlerResult {
  const consumer = liveConsumer(state, command.consumer);
  if (isError(consumer)) return consumer;
  const tps = assigned(consumer, [command]);
  if (isError(tps)) return tps;
  const key = tpKey(command.topic, command.partition);
  const from = consumer.positions[key];
  const { [key]: _dropped, ...resetRequested } = consumer.resetRequested;
  events.push(from === undefined
    ? { type: 'positionSought', at: state.time, consumer: consumer.id, group: consumer.group, topic: command.topic, partition: command.partition, to: command.offset }
    : { type: 'positionSought', at: state.time, consumer: consumer.id, group: consumer.group, topic: command.topic, partition: command.partition, from, to: command.offset });
  return withConsumer(state, { ...consumer, positions: { ...consumer.positions, [key]: command.offset }, resetRequested });
}

/** seekToBeginning / seekToEnd: evaluated lazily at the next poll; no partitions means all assigned. */
export function seekTo(state: SimState, command: SeekToBeginningCommand | SeekToEndCommand, events: Events): HandlerResult {
  const consumer = liveConsumer(state, command.consumer);
  if (isError(consumer)) return consumer;
  const specs = command.partitions === undefined || command.partitions.length === 0 ? consumer.assignment : command.partitions;
  const tps = assigned(consumer, specs);
  if (isError(tps)) return tps;
  const policy = command.type === 'seekToBeginning' ? 'earliest' : 'latest';
  const resetRequested = { ...consumer.resetRequested };
  for (const tp of tps) resetRequested[tpKey(tp.topic, tp.partition)] = policy;
  events.push({ type: 'offsetResetRequested', at: state.time, consumer: consumer.id, group: consumer.group, policy, partitions: tps });
  return withConsumer(state, { ...consumer, resetRequested });
}

/** KafkaConsumer.pause / resume: a paused partition is not fetched but stays assigned. */
export function pauseOrResume(state: SimState, command: PauseCommand | ResumeCommand, events: Events): HandlerResult {
  const consumer = liveConsumer(state, command.consumer);
  if (isError(consumer)) return consumer;
  const tps = assigned(consumer, command.partitions);
  if (isError(tps)) return tps;
  const keys = tps.map((tp) => tpKey(tp.topic, tp.partition));
  const paused = command.type === 'pause'
    ? [...consumer.paused, ...keys.filter((k) => !consumer.paused.includes(k))]
    : consumer.paused.filter((k) => !keys.includes(k));
  events.push({ type: command.type === 'pause' ? 'partitionsPaused' : 'partitionsResumed', at: state.time, consumer: consumer.id, group: consumer.group, partitions: tps });
  return withConsumer(state, { ...consumer, paused });
}

/**
 * A crashed process starts again with the same configuration: a new KafkaConsumer that has
 * subscribed and joins in its first poll. The dead member is dropped from its group now (member
 * ids are names here, so the two cannot coexist); its partitions wait, unread, for that join.
 */
export function restartConsumer(state: SimState, command: RestartConsumerCommand, events: Events): HandlerResult {
  const old = state.consumers[command.consumer];
  if (!old) return simError('UNKNOWN_CONSUMER', `Unknown consumer ${command.consumer}`, { consumer: command.consumer });
  if (old.status !== 'crashed') return simError('CONSUMER_NOT_CRASHED', `Consumer ${command.consumer} is running; only a crashed consumer can be restarted`, { consumer: command.consumer });
  const fresh: ConsumerState = {
    id: old.id, group: old.group, topics: old.topics, autoOffsetReset: old.autoOffsetReset, assignor: old.assignor,
    enableAutoCommit: old.enableAutoCommit, autoCommitIntervalMs: old.autoCommitIntervalMs, sessionTimeoutMs: old.sessionTimeoutMs,
    status: 'active', assignment: [], positions: {}, nextAutoCommitAt: state.time + old.autoCommitIntervalMs, pollCursor: 0,
    maxPollIntervalMs: old.maxPollIntervalMs, lastPollAt: state.time, membership: 'subscribed', paused: [], resetRequested: {},
    ...(old.heartbeatIntervalMs === undefined ? {} : { heartbeatIntervalMs: old.heartbeatIntervalMs }),
    ...(old.defaultApiTimeoutMs === undefined ? {} : { defaultApiTimeoutMs: old.defaultApiTimeoutMs }),
    ...(old.groupProtocol === undefined ? {} : { groupProtocol: old.groupProtocol }),
    ...(old.groupRemoteAssignor === undefined ? {} : { groupRemoteAssignor: old.groupRemoteAssignor }),
  };
  // The new process fetches its metadata afresh, with the old metadata.max.age.ms.
  const metadata = old.metadata === undefined ? undefined : initialMetadata(state, old.topics, old.metadata.maxAgeMs);
  if (metadata !== undefined) fresh.metadata = metadata;
  events.push({ type: 'consumerRestarted', at: state.time, consumer: old.id, group: old.group });
  if (old.groupProtocol === 'consumer') {
    // A KIP-848 member restarted under its name replaces its old member at once.
    const next = withConsumer(removeMember(state, old.id, old.group, 'member-restarted', events), fresh);
    const group = next.groups[old.group];
    return group ? withGroup(next, { ...group, members: group.members.filter((m) => m !== old.id) }) : next;
  }
  const group = state.groups[old.group];
  const stillMember = group?.members.includes(old.id) === true;
  if (old.groupInstanceId !== undefined && stillMember && usesJoinBarrier(state)) {
    // A static member (KIP-345) is still in its group until session.timeout.ms: it comes back under
    // its group.instance.id and, if the group is Stable, gets its partitions back without a rebalance.
    return withConsumer(state, { ...fresh, groupInstanceId: old.groupInstanceId, ownedBeforeJoin: old.assignment });
  }
  const next = withConsumer(state, old.groupInstanceId === undefined ? fresh : { ...fresh, groupInstanceId: old.groupInstanceId });
  if (!group || !stillMember) return next;
  const dropped = withGroup(next, { ...group, members: group.members.filter((m) => m !== old.id) });
  // A join barrier waiting for the dead member no longer waits for it.
  return usesJoinBarrier(state) && group.rebalance ? afterMemberLeft(dropped, group.id, 'leave', events) : dropped;
}
