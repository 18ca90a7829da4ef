import type { Events } from '../handlers/context.ts';
import { withConsumer, withGroup, withoutKey } from '../handlers/context.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { profileOf } from '../versions/profiles.ts';
import { type ClassicGroupStateName, type ConsumerState, type GroupState, type RebalanceReason, type SimState, type TopicPartition } from '../types.ts';
import { assign } from './assignors/index.ts';
import { shareChange } from './share-change.ts';
import { commitPositions, initialPositions } from './offsets.ts';
import { knownPartitions, refreshConsumerMetadata } from '../clients/metadata.ts';

// The classic group protocol as Kafka runs it (group-coordinator ClassicGroup and
// GroupMetadataManager on the broker, AbstractCoordinator and ConsumerCoordinator in the client):
// Empty -> PreparingRebalance (a member joins, leaves, or its session expires) -> the join barrier
// holds every JoinGroup until all known members have sent one (inside their own poll) or the
// rebalance timeout passed -> CompletingRebalance (the leader's assignment) -> Stable (SyncGroup).
// poll() stays instant here: a member's JoinGroup is held by the coordinator after its poll has
// returned, and the SyncGroup answer reaches it when the barrier completes (as its blocked poll would).

export function usesJoinBarrier(state: SimState): boolean {
  return profileOf(state.kafkaVersion).joinBarrier;
}

/** The id the coordinator knows a member by: its group.instance.id when static, else the consumer name. */
export function memberIdOf(consumer: Pick<ConsumerState, 'id' | 'groupInstanceId'>): string {
  return consumer.groupInstanceId ?? consumer.id;
}

/** ClassicGroupState of a group (CompletingRebalance only lasts within the step that completes the join). */
export function classicStateOf(group: GroupState): ClassicGroupStateName {
  if (group.rebalance) return 'PreparingRebalance';
  return group.members.length > 0 ? 'Stable' : 'Empty';
}


/** The consumer without a remembered previous assignment (exactOptionalPropertyTypes: the key goes, not its value). */
function forgetOwned(consumer: ConsumerState): ConsumerState {
  if (consumer.ownedBeforeJoin === undefined) return consumer;
  const copy = { ...consumer };
  delete copy.ownedBeforeJoin;
  return copy;
}

function isEager(group: GroupState): boolean {
  return group.assignor !== 'cooperative-sticky';
}

function waitingFor(group: GroupState): string[] {
  const joined = group.rebalance?.joined ?? [];
  return group.members.filter((m) => !joined.includes(m));
}

/**
 * ClassicGroup.prepareRebalance: the group enters PreparingRebalance with a DelayedJoin whose
 * timeout is the group's rebalance timeout, the largest max.poll.interval.ms of its members.
 */
function beginJoinPhase(state: SimState, groupId: string, reason: RebalanceReason, events: Events, from?: ClassicGroupStateName): SimState {
  const group = state.groups[groupId]!;
  if (group.rebalance) return state;
  let timeout = 0;
  for (const id of group.members) timeout = Math.max(timeout, state.consumers[id]?.maxPollIntervalMs ?? 0);
  if (timeout === 0) timeout = KAFKA_DEFAULTS.maxPollIntervalMs;
  events.push({ type: 'groupStateChanged', at: state.time, group: groupId, from: from ?? classicStateOf(group), to: 'PreparingRebalance', generation: group.generation });
  events.push({ type: 'rebalanceStarted', at: state.time, group: groupId, generation: group.generation + 1, reason, members: [...group.members] });
  return withGroup(state, { ...group, rebalance: { reason, startedAt: state.time, deadline: state.time + timeout, joined: [] } });
}

/** ConsumerCoordinator.onJoinPrepare: commit when auto-commit is on; an eager member revokes everything it owns. */
function prepareJoin(state: SimState, consumerId: string, events: Events): SimState {
  const before = state.consumers[consumerId]!;
  let next = before.membership === 'joined' && before.enableAutoCommit ? commitPositions(state, consumerId, true, events, true) : state;
  const consumer = next.consumers[consumerId]!;
  const group = next.groups[consumer.group]!;
  if (isEager(group) && consumer.assignment.length > 0) {
    events.push({ type: 'partitionsRevoked', at: next.time, group: group.id, consumer: consumer.id, partitions: [...consumer.assignment] });
    next = withConsumer(next, { ...consumer, ownedBeforeJoin: consumer.assignment, assignment: [], positions: {}, pollCursor: 0, paused: [], resetRequested: {} });
  }
  return next;
}

/** The coordinator holds one more JoinGroup; the join completes when nobody is missing. */
function holdJoin(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId]!;
  const group = state.groups[consumer.group]!;
  const phase = group.rebalance!;
  const joined = phase.joined.includes(consumer.id) ? phase.joined : [...phase.joined, consumer.id];
  const held = { ...group, rebalance: { ...phase, joined } };
  events.push({ type: 'joinGroup', at: state.time, group: group.id, consumer: consumer.id, memberId: memberIdOf(consumer), waitingFor: waitingFor(held) });
  return maybeCompleteJoin(withGroup(state, held), group.id, events);
}

/**
 * A member's poll while it is not in step with its group: its first poll (a new member, which
 * starts a rebalance), or its next poll after the coordinator started one (REBALANCE_IN_PROGRESS,
 * AbstractCoordinator.joinGroupIfNeeded). A static member that comes back while the group is
 * Stable gets its old assignment without a rebalance (KIP-345, ClassicGroup static member rejoin).
 */
export function joinAtBarrier(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId]!;
  const group = state.groups[consumer.group];
  if (consumer.membership === 'joined') {
    if (!group?.rebalance || group.rebalance.joined.includes(consumer.id)) return state;
    return holdJoin(prepareJoin(state, consumer.id, events), consumer.id, events);
  }
  events.push({ type: 'consumerJoined', at: state.time, consumer: consumer.id, group: consumer.group, assignor: consumer.assignor, autoOffsetReset: consumer.autoOffsetReset });
  const existing = group ?? { id: consumer.group, assignor: consumer.assignor, members: [], generation: 0, committed: {}, delivered: {} };
  const joinedConsumer: ConsumerState = { ...consumer, membership: 'joined', lastPollAt: state.time, assignment: [], positions: {}, pollCursor: 0 };
  if (consumer.groupInstanceId !== undefined && existing.members.includes(consumer.id) && !existing.rebalance) {
    const owned = consumer.ownedBeforeJoin ?? [];
    events.push({ type: 'joinGroup', at: state.time, group: existing.id, consumer: consumer.id, memberId: memberIdOf(consumer), waitingFor: [] });
    events.push({ type: 'syncGroup', at: state.time, group: existing.id, consumer: consumer.id, memberId: memberIdOf(consumer), generation: existing.generation, leader: existing.leader === consumer.id, partitions: [...owned] });
    events.push({ type: 'partitionsAssigned', at: state.time, group: existing.id, consumer: consumer.id, partitions: [...owned] });
    const back: ConsumerState = forgetOwned({ ...joinedConsumer, assignment: owned });
    // KIP-814: a returning static leader skips the assignment and takes its fresh metadata as the assignmentSnapshot.
    const next = withGroup(state, existing.leader === consumer.id && consumer.metadata !== undefined ? { ...existing, assignmentSnapshot: consumer.metadata.partitions } : existing);
    return withConsumer(next, { ...back, positions: initialPositions(next, back, owned, events) });
  }
  const members = existing.members.includes(consumer.id) ? existing.members : [...existing.members, consumer.id];
  let next = withGroup(withConsumer(state, joinedConsumer), { ...existing, assignor: consumer.assignor, members });
  next = beginJoinPhase(next, consumer.group, 'join', events, classicStateOf(existing));
  return holdJoin(next, consumer.id, events);
}

/**
 * A member left (LeaveGroup, its session expired, its poll timer ran out) and is already gone from
 * the group's member list: a Stable group prepares a rebalance; a group at the barrier may now have
 * everyone it waits for.
 */
export function afterMemberLeft(state: SimState, groupId: string, reason: RebalanceReason, events: Events): SimState {
  const group = state.groups[groupId];
  if (!group) return state;
  if (group.rebalance) {
    const joined = group.rebalance.joined.filter((m) => group.members.includes(m));
    return maybeCompleteJoin(withGroup(state, { ...group, rebalance: { ...group.rebalance, joined } }), groupId, events);
  }
  const next = beginJoinPhase(state, groupId, reason, events);
  return maybeCompleteJoin(next, groupId, events);
}

/** partitions added to a subscribed topic: the leader's metadata no longer matches its assignment, so everyone rejoins. */
export function requestRejoin(state: SimState, groupId: string, reason: RebalanceReason, events: Events): SimState {
  return beginJoinPhase(state, groupId, reason, events);
}

/**
 * A member whose JoinGroup the coordinator holds is inside its (blocked) poll: the heartbeat thread
 * does not run the poll timer while the member is joining (AbstractCoordinator.HeartbeatThread:
 * hasNotJoinedGroup), so max.poll.interval.ms cannot expire for it.
 */
export function awaitingJoin(state: SimState, consumer: ConsumerState): boolean {
  return state.groups[consumer.group]?.rebalance?.joined.includes(consumer.id) === true;
}

export function maybeCompleteJoin(state: SimState, groupId: string, events: Events): SimState {
  const group = state.groups[groupId];
  if (!group?.rebalance || waitingFor(group).length > 0) return state;
  return completeJoin(state, groupId, events);
}

/**
 * The DelayedJoin expired (ClassicGroup completeClassicGroupJoin): members that did not rejoin in
 * time are removed, and the join completes with those that did.
 */
export function rebalanceTimedOut(state: SimState, groupId: string, events: Events): SimState {
  const group = state.groups[groupId]!;
  const missing = waitingFor(group);
  let next = state;
  for (const id of missing) {
    events.push({ type: 'memberExpired', at: state.time, consumer: id, group: groupId, reason: 'rebalance-timeout' });
    const consumer = next.consumers[id];
    if (!consumer) continue;
    // A dead process is gone; a live one finds out at its next heartbeat (UNKNOWN_MEMBER_ID), has lost its partitions and rejoins in its next poll.
    next = consumer.status === 'crashed'
      ? { ...next, consumers: withoutKey(next.consumers, id) }
      : withConsumer(next, forgetOwned({ ...consumer, membership: 'poll-timeout', assignment: [], positions: {}, pollCursor: 0, paused: [], resetRequested: {} }));
  }
  next = withGroup(next, { ...group, members: group.members.filter((m) => !missing.includes(m)) });
  return completeJoin(next, groupId, events);
}

/**
 * The partition counts the leader assigns from: its cached metadata (metadata-age profiles). Topics
 * only other members subscribe to are fetched first (ConsumerCoordinator.updateGroupSubscription:
 * requestUpdateForNewTopics, then ensureFreshMetadata), which refreshes everything it knows.
 */
function leaderView(state: SimState, leader: string, members: readonly ConsumerState[], events: Events): { partitionsPerTopic: Record<string, number>; state: SimState } {
  const topics = [...new Set(members.flatMap((m) => m.topics))].filter((t) => state.topics[t] !== undefined);
  const cached = state.consumers[leader]?.metadata;
  const missing = cached === undefined ? [] : topics.filter((t) => cached.partitions[t] === undefined);
  const next = missing.length > 0 ? refreshConsumerMetadata(state, leader, 'newTopics', events, missing) : state;
  const metadata = next.consumers[leader]?.metadata;
  const partitionsPerTopic: Record<string, number> = {};
  for (const topic of topics) partitionsPerTopic[topic] = knownPartitions(next, metadata, topic);
  return { partitionsPerTopic, state: next };
}

/**
 * Everyone is in: the generation advances, the leader runs the group's assignor over the members'
 * subscriptions (CompletingRebalance) and SyncGroup hands each member its share (Stable).
 * - Eager members revoked everything when they rejoined; a sticky assignor still sees what they had.
 * - cooperative-sticky members revoke only what moves; the assignor withholds a moved partition
 *   until its owner gave it up, and the revoking members rejoin at once for the follow-up (KIP-429).
 */
function completeJoin(state: SimState, groupId: string, events: Events): SimState {
  let next = state;
  const group = next.groups[groupId]!;
  const generation = group.generation + 1;
  const members = group.members.map((id) => next.consumers[id]).filter((c): c is ConsumerState => c !== undefined);
  if (members.length === 0) {
    events.push({ type: 'groupStateChanged', at: next.time, group: groupId, from: 'PreparingRebalance', to: 'Empty', generation });
    events.push({ type: 'rebalanceCompleted', at: next.time, group: groupId, generation, assignment: {} });
    return withGroup(next, { id: group.id, assignor: group.assignor, members: [], generation, committed: group.committed, delivered: group.delivered });
  }
  events.push({ type: 'groupStateChanged', at: next.time, group: groupId, from: 'PreparingRebalance', to: 'CompletingRebalance', generation });
  const leader = group.leader !== undefined && group.members.includes(group.leader) ? group.leader : members[0]!.id;
  const { partitionsPerTopic, state: fetched } = leaderView(next, leader, members, events);
  next = fetched;
  const cooperative = !isEager(group);
  const result = assign(group.assignor, {
    partitionsPerTopic,
    members: members.map((m) => ({ id: m.id, topics: [...m.topics], owned: [...(cooperative ? m.assignment : m.ownedBeforeJoin ?? m.assignment)], generation: group.generation })),
  });
  const revokers: string[] = [];
  const assignment: Record<string, TopicPartition[]> = {};
  for (const member of members) {
    const target = result[member.id] ?? [];
    const { revoked, added, positions } = shareChange(member, target, cooperative);
    if (revoked.length > 0) {
      revokers.push(member.id);
      events.push({ type: 'partitionsRevoked', at: next.time, group: groupId, consumer: member.id, partitions: revoked });
    }
    events.push({ type: 'syncGroup', at: next.time, group: groupId, consumer: member.id, memberId: memberIdOf(member), generation, leader: member.id === leader, partitions: target });
    events.push({ type: 'partitionsAssigned', at: next.time, group: groupId, consumer: member.id, partitions: added });
    const current = next.consumers[member.id]!;
    const paused = current.paused.filter((k) => k in positions);
    const resetRequested = Object.fromEntries(Object.entries(current.resetRequested).filter(([k]) => k in positions));
    // Heartbeat.resetTimeouts on join completion: the poll timer starts again now.
    const reassigned: ConsumerState = forgetOwned({ ...current, assignment: target, positions, pollCursor: 0, paused, resetRequested, lastPollAt: next.time });
    next = withConsumer(next, { ...reassigned, positions: initialPositions(next, reassigned, added, events) });
    assignment[member.id] = target;
  }
  // ConsumerCoordinator.performAssignment: assignmentSnapshot = the leader's metadataSnapshot.
  const snapshot = next.consumers[leader]?.metadata === undefined ? {} : { assignmentSnapshot: partitionsPerTopic };
  next = withGroup(next, { id: group.id, assignor: group.assignor, members: group.members, generation, committed: next.groups[groupId]!.committed, delivered: group.delivered, leader, ...snapshot });
  events.push({ type: 'groupStateChanged', at: next.time, group: groupId, from: 'CompletingRebalance', to: 'Stable', generation });
  events.push({ type: 'rebalanceCompleted', at: next.time, group: groupId, generation, assignment });
  if (!cooperative || revokers.length === 0) return next;
  // ConsumerCoordinator.onJoinComplete: a member that revoked requests a rejoin at once.
  next = beginJoinPhase(next, groupId, 'cooperative-follow-up', events);
  for (const id of revokers) {
    const g = next.groups[groupId]!;
    if (!g.rebalance) break;
    next = holdJoin(next, id, events);
  }
  return next;
}
