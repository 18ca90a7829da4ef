import type { AddConsumerCommand, CommitCommand, CrashConsumerCommand, PollCommand, RemoveConsumerCommand } from '../commands.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { simError, type SimError } from '../errors.ts';
import type { FetchedBatch, SimEvent } from '../events.ts';
import { commitPositions } from '../groups/offsets.ts';
import { maybeAutoCommit } from '../groups/auto-commit.ts';
import { closeOutsideGroup, commitFailed, commitOffsets, unknownPartition } from '../groups/explicit-commit.ts';
import { joinIfNeeded } from '../groups/membership.ts';
import { rebalance } from '../groups/rebalance.ts';
import { recordsBetween } from '../log/partition-log.ts';
import { type ConsumerState, type GroupState, type LogRecord, type SimState, tpKey } from '../types.ts';
import { fetchPartition, lastStableOffsetOf, latestOffset, partitionTxns } from '../transactions/partition-txns.ts';
import { type Events, type HandlerResult, isError, withConsumer, withGroup, withoutKey } from './context.ts';
import { unknownTopic } from './topics.ts';
import { coordinator, ensureOffsetsTopic } from '../groups/coordinator.ts';
import { commitSyncRetries, dropPendingCommit, startCommitSync } from '../groups/commit-sync.ts';
import { leaderAvailable } from '../replication/leader-and-isr.ts';
import { groupForProtocol, refuseGroupProtocol } from '../groups/consumer-protocol/admission.ts';
import { isConsumerProtocol, leaveConsumerGroup } from '../groups/consumer-protocol/coordinator.ts';
import { initialMetadata } from '../clients/metadata.ts';

export function unknownConsumer(consumer: string): SimError {
  return simError('UNKNOWN_CONSUMER', `Unknown consumer ${consumer}`, { consumer });
}

export function liveConsumer(state: SimState, id: string): ConsumerState | SimError {
  const consumer = state.consumers[id];
  if (!consumer) return unknownConsumer(id);
  if (consumer.status === 'crashed') {
    return simError('CONSUMER_CRASHED', `Consumer ${id} has crashed; its group notices after session.timeout.ms`, { consumer: id });
  }
  return consumer;
}

/** The consumer's thread is blocked in commitSync (KafkaConsumer is single-threaded): it can call nothing else until that returns. */
function idleConsumer(state: SimState, id: string): ConsumerState | SimError {
  const consumer = liveConsumer(state, id);
  if (isError(consumer) || consumer.pendingCommit === undefined) return consumer;
  return simError('COMMIT_IN_PROGRESS', `Consumer ${id} is still inside commitSync, retrying until default.api.timeout.ms (model time ${consumer.pendingCommit.deadline} ms)`, { consumer: id, deadline: consumer.pendingCommit.deadline });
}

export function addConsumer(state: SimState, command: AddConsumerCommand, events: Events): HandlerResult {
  if (state.consumers[command.consumer]) {
    return simError('CONSUMER_EXISTS', `Consumer ${command.consumer} already exists`, { consumer: command.consumer });
  }
  const missing = command.topics.find((t) => !state.topics[t]);
  if (missing !== undefined) return unknownTopic(missing);
  // FindCoordinator creates __consumer_offsets the first time a group needs it.
  const protocolRefusal = refuseGroupProtocol(state, command);
  if (protocolRefusal) return protocolRefusal;
  state = ensureOffsetsTopic(state);
  const assignor = command.assignor ?? KAFKA_DEFAULTS.assignor;
  const existing = state.groups[command.group];
  // Members, and consumers that subscribed and will join, must share the protocol.
  const waiting = Object.values(state.consumers).some((c) => c.group === command.group && c.status === 'active' && c.assignor !== assignor && !isConsumerProtocol(c));
  if (command.groupProtocol !== 'consumer' && existing && (existing.members.length > 0 || waiting) && existing.assignor !== assignor) {
    // The coordinator only accepts a member that shares a protocol with the group.
    return simError('INCONSISTENT_GROUP_PROTOCOL', `Group ${command.group} uses the ${existing.assignor} assignor; a member asking for ${assignor} is refused (INCONSISTENT_GROUP_PROTOCOL)`, { group: command.group, assignor: existing.assignor, requested: assignor });
  }
  const sessionTimeoutMs = command.sessionTimeoutMs ?? KAFKA_DEFAULTS.sessionTimeoutMs;
  if (sessionTimeoutMs < KAFKA_DEFAULTS.minSessionTimeoutMs || sessionTimeoutMs > KAFKA_DEFAULTS.maxSessionTimeoutMs) {
    // The coordinator refuses JoinGroup outside group.min/max.session.timeout.ms.
    return simError('INVALID_SESSION_TIMEOUT', `The session timeout ${sessionTimeoutMs} ms is not within the range allowed by the broker (${KAFKA_DEFAULTS.minSessionTimeoutMs} to ${KAFKA_DEFAULTS.maxSessionTimeoutMs} ms)`, { timeout: sessionTimeoutMs, min: KAFKA_DEFAULTS.minSessionTimeoutMs, max: KAFKA_DEFAULTS.maxSessionTimeoutMs });
  }
  const heartbeatIntervalMs = command.heartbeatIntervalMs ?? KAFKA_DEFAULTS.heartbeatIntervalMs;
  if (heartbeatIntervalMs >= sessionTimeoutMs) {
    // AbstractCoordinator's Heartbeat: IllegalArgumentException("Heartbeat must be set lower than the session timeout").
    return simError('INVALID_HEARTBEAT_INTERVAL', 'Heartbeat must be set lower than the session timeout', { heartbeat: heartbeatIntervalMs, timeout: sessionTimeoutMs });
  }
  const instanceId = command.groupInstanceId;
  const twin = instanceId === undefined ? undefined : Object.values(state.consumers).find((c) => c.group === command.group && c.groupInstanceId === instanceId);
  if (twin) {
    // Two live processes with one group.instance.id: the coordinator fences one (FencedInstanceIdException).
    return simError('FENCED_INSTANCE_ID', 'The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.', { group: command.group, groupInstanceId: instanceId!, consumer: twin.id });
  }
  const autoCommitIntervalMs = command.autoCommitIntervalMs ?? KAFKA_DEFAULTS.autoCommitIntervalMs;
  const consumer: ConsumerState = {
    id: command.consumer,
    group: command.group,
    topics: [...new Set(command.topics)],
    autoOffsetReset: command.autoOffsetReset ?? KAFKA_DEFAULTS.autoOffsetReset,
    assignor,
    enableAutoCommit: command.enableAutoCommit ?? KAFKA_DEFAULTS.enableAutoCommit,
    autoCommitIntervalMs,
    sessionTimeoutMs,
    status: 'active',
    assignment: [],
    positions: {},
    nextAutoCommitAt: state.time + autoCommitIntervalMs,
    pollCursor: 0,
    maxPollIntervalMs: command.maxPollIntervalMs ?? KAFKA_DEFAULTS.maxPollIntervalMs,
    lastPollAt: state.time,
    membership: 'subscribed',
    paused: [],
    resetRequested: {},
    heartbeatIntervalMs,
    defaultApiTimeoutMs: command.defaultApiTimeoutMs ?? KAFKA_DEFAULTS.defaultApiTimeoutMs,
    ...(instanceId === undefined ? {} : { groupInstanceId: instanceId }),
    ...(command.groupProtocol === 'consumer' ? { groupProtocol: 'consumer' as const } : {}),
    ...(command.groupRemoteAssignor === undefined ? {} : { groupRemoteAssignor: command.groupRemoteAssignor }),
  };
  if (command.isolationLevel === 'read_committed') consumer.isolationLevel = 'read_committed';
  // subscribe() fetches the subscribed topics (ConsumerMetadata, a full update); a KIP-848 member
  // needs no partition counts: its coordinator computes the assignment.
  const metadata = command.groupProtocol === 'consumer' ? undefined : initialMetadata(state, consumer.topics, command.metadataMaxAgeMs);
  if (metadata !== undefined) consumer.metadata = metadata;
  // subscribe() only records the subscription; the member joins in its first poll (groups/membership.ts).
  // The group is listed (Empty) from now on so the page can show who is waiting to join it.
  const group: GroupState = groupForProtocol(existing ?? { id: command.group, assignor, members: [], generation: 0, committed: {}, delivered: {} }, command);
  events.push({ type: 'consumerSubscribed', at: state.time, consumer: consumer.id, group: group.id, topics: [...consumer.topics] });
  return withGroup(withConsumer(state, consumer), group);
}

function partitionName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/**
 * KafkaConsumer.poll: join the group if this member is not in it (its first poll, or after it left
 * for max.poll.interval.ms), auto-commit what the previous poll returned once the interval is due
 * (ConsumerCoordinator.poll), make sure every assigned partition has a valid position
 * (auto.offset.reset, seekToBeginning/End), then fetch up to max.poll.records. Reading deletes nothing.
 */
export function poll(state: SimState, command: PollCommand, events: Events): HandlerResult {
  const live = idleConsumer(state, command.consumer);
  if (isError(live)) return live;
  // A member commits what it consumed so far; one that is joining has nothing consumed (its
  // positions are only set after the join), so the join comes second.
  let next = maybeAutoCommit(state, live.id, events);
  next = joinIfNeeded(next, live.id, events);
  const consumer = next.consumers[live.id]!;
  const group = next.groups[consumer.group]!;
  const positions: Record<string, number> = { ...consumer.positions };
  const resetEvents: SimEvent[] = [];
  const pendingResets: Record<string, 'earliest' | 'latest'> = {};
  for (const tp of consumer.assignment) {
    const key = tpKey(tp.topic, tp.partition);
    const log = next.topics[tp.topic]!.partitions[tp.partition]!;
    const requested = consumer.resetRequested[key];
    // Without a live leader nothing answers for the partition: the consumer waits (a requested reset too).
    if (!leaderAvailable(next, tp.topic, tp.partition)) {
      if (requested !== undefined) pendingResets[key] = requested;
      continue;
    }
    let position = positions[key];
    if (requested !== undefined) {
      // ListOffsets LATEST answers the high watermark to a read_uncommitted consumer.
      const to = requested === 'earliest' ? log.logStartOffset : latestOffset(next, consumer, tp.topic, tp.partition, log);
      resetEvents.push(position === undefined
        ? { type: 'offsetReset', at: state.time, consumer: consumer.id, group: group.id, topic: tp.topic, partition: tp.partition, policy: requested, reason: 'requested', to }
        : { type: 'offsetReset', at: state.time, consumer: consumer.id, group: group.id, topic: tp.topic, partition: tp.partition, policy: requested, reason: 'requested', from: position, to });
      position = to;
    }
    if (position === undefined) {
      const committed = group.committed[key];
      if (committed !== undefined) position = committed;
      else if (consumer.autoOffsetReset === 'none') {
        return simError('NO_OFFSET_FOR_PARTITION', `Undefined offset with no reset policy for partitions: [${partitionName(tp.topic, tp.partition)}]`, { topic: tp.topic, partition: tp.partition });
      } else {
        // ListOffsets LATEST answers the high watermark to a read_uncommitted consumer.
        position = consumer.autoOffsetReset === 'earliest' ? log.logStartOffset : latestOffset(next, consumer, tp.topic, tp.partition, log);
        resetEvents.push({ type: 'offsetReset', at: state.time, consumer: consumer.id, group: group.id, topic: tp.topic, partition: tp.partition, policy: consumer.autoOffsetReset, reason: 'no-committed-offset', to: position });
      }
    }
    if (position < log.logStartOffset || position > log.logEndOffset) {
      if (consumer.autoOffsetReset === 'none') {
        return simError('OFFSET_OUT_OF_RANGE', `Fetch position ${position} is out of range for partition ${partitionName(tp.topic, tp.partition)} (log start ${log.logStartOffset}, log end ${log.logEndOffset})`, { topic: tp.topic, partition: tp.partition, position, logStartOffset: log.logStartOffset, logEndOffset: log.logEndOffset });
      }
      const to = consumer.autoOffsetReset === 'earliest' ? log.logStartOffset : latestOffset(next, consumer, tp.topic, tp.partition, log);
      resetEvents.push({ type: 'offsetReset', at: state.time, consumer: consumer.id, group: group.id, topic: tp.topic, partition: tp.partition, policy: consumer.autoOffsetReset, reason: 'out-of-range', from: position, to });
      position = to;
    }
    positions[key] = position;
  }
  events.push(...resetEvents);

  // FetchCollector: drain the partition in progress (the next-in-line fetch) before moving on to the
  // next one, in assignment order; paused partitions are skipped and keep their place.
  const maxRecords = command.maxRecords ?? KAFKA_DEFAULTS.maxPollRecords;
  const count = consumer.assignment.length;
  const batches: FetchedBatch[] = [];
  let fetched = 0;
  let delivered = group.delivered;
  let cursor = consumer.pollCursor;
  for (let i = 0; i < count && fetched < maxRecords; i++) {
    const index = (consumer.pollCursor + i) % count;
    const tp = consumer.assignment[index]!;
    const key = tpKey(tp.topic, tp.partition);
    if (consumer.paused.includes(key)) continue;
    const log = next.topics[tp.topic]!.partitions[tp.partition]!;
    const from = positions[key];
    if (from === undefined || !leaderAvailable(next, tp.topic, tp.partition)) continue;
    const wanted = maxRecords - fetched;
    let records: readonly LogRecord[];
    let end: number;
    if (next.transactions === undefined) {
      // Consumers read only below the high watermark: what every in-sync replica has.
      // Counted in records, not offsets: a compacted log has gaps, which the fetch skips.
      records = recordsBetween(log, from, log.highWatermark, wanted);
      end = records.length === 0 ? from : records[records.length - 1]!.offset + 1;
    } else {
      // With transactions: markers are skipped, and read_committed stops at the last stable offset.
      const txns = partitionTxns(next, tp.topic, tp.partition);
      const readCommitted = consumer.isolationLevel === 'read_committed';
      const fetchedPart = fetchPartition(log, from, readCommitted ? lastStableOffsetOf(log, txns) : log.highWatermark, wanted, txns, readCommitted);
      records = fetchedPart.records;
      end = fetchedPart.next;
      positions[key] = end;
    }
    if (records.length === 0) continue;
    const before = delivered[key] ?? 0;
    batches.push({ topic: tp.topic, partition: tp.partition, records, redeliveredBelow: before });
    fetched += records.length;
    positions[key] = end;
    if (end > before) delivered = { ...delivered, [key]: end };
    // Stopped by max.poll.records: this partition stays in progress for the next poll.
    cursor = records.length === wanted ? index : (index + 1) % count;
  }
  events.push({ type: 'recordsFetched', at: state.time, consumer: consumer.id, group: group.id, count: fetched, batches });
  next = withConsumer(next, { ...consumer, positions, pollCursor: cursor, lastPollAt: state.time, resetRequested: pendingResets });
  return delivered === group.delivered ? next : withGroup(next, { ...group, delivered });
}

export function coordinatorNotAvailable(group: string): SimError {
  return simError('COORDINATOR_NOT_AVAILABLE', `The coordinator is not available: the leader of the __consumer_offsets partition for group ${group} is down`, { group });
}

/**
 * commitSync() of the positions, or commitSync(Map) of chosen offsets. The broker checks the member
 * and its generation, not the offsets, so any offset of an existing partition is accepted. A member
 * outside the group is refused as ConsumerCoordinator.sendOffsetCommitRequest refuses it.
 */
export function commit(state: SimState, command: CommitCommand, events: Events): HandlerResult {
  const consumer = idleConsumer(state, command.consumer);
  if (isError(consumer)) return consumer;
  // Before the first poll there is nothing consumed, and commitSync() of nothing returns at once.
  if (consumer.membership === 'subscribed' && command.offsets === undefined) return state;
  if (coordinator(state, consumer.group) === undefined) {
    // commitSync keeps retrying the retriable error for default.api.timeout.ms; commitAsync reports it at once.
    if (command.sync === false || !commitSyncRetries(state)) return coordinatorNotAvailable(consumer.group);
    const bad = command.offsets === undefined ? undefined : unknownPartition(state, command.offsets);
    if (bad) return bad;
    return startCommitSync(state, consumer, command.offsets, events);
  }
  if (consumer.membership !== 'joined') return commitFailed(consumer);
  if (command.offsets === undefined) return commitPositions(state, consumer.id, false, events);
  return commitOffsets(state, consumer, command.offsets, events);
}

/** KafkaConsumer.close(): commit if auto-commit is on, send LeaveGroup, and the group rebalances at once. */
export function removeConsumer(state: SimState, command: RemoveConsumerCommand, events: Events): HandlerResult {
  const consumer = liveConsumer(state, command.consumer);
  if (isError(consumer)) return consumer;
  if (consumer.membership !== 'joined') return closeOutsideGroup(state, consumer, events);
  if (isConsumerProtocol(consumer)) return leaveConsumerGroup(state, consumer.id, 'member-left', events);
  let next = consumer.enableAutoCommit ? commitPositions(state, consumer.id, true, events, true) : state;
  const group = next.groups[consumer.group]!;
  events.push({ type: 'consumerLeft', at: state.time, consumer: consumer.id, group: group.id });
  next = withGroup({ ...next, consumers: withoutKey(next.consumers, consumer.id) }, { ...group, members: group.members.filter((m) => m !== consumer.id) });
  return rebalance(next, group.id, 'leave', events);
}

/**
 * The process dies: no commit, no LeaveGroup. It keeps its partitions (nobody reads them) until the
 * coordinator misses its heartbeats for session.timeout.ms; then the group rebalances.
 */
export function crashConsumer(state: SimState, command: CrashConsumerCommand, events: Events): HandlerResult {
  const consumer = liveConsumer(state, command.consumer);
  if (isError(consumer)) return consumer;
  events.push({ type: 'consumerCrashed', at: state.time, consumer: consumer.id, group: consumer.group, sessionTimeoutMs: consumer.sessionTimeoutMs });
  return withConsumer(state, { ...dropPendingCommit(consumer), status: 'crashed', crashedAt: state.time, positions: {} });
}
