import type { GroupEpochReason } from '../../events.ts';
import type { Events } from '../../handlers/context.ts';
import { withConsumer, withGroup } from '../../handlers/context.ts';
import type { ConsumerState, GroupState, SimState, TopicPartition } from '../../types.ts';
import { commitPositions, initialPositions } from '../offsets.ts';
import { GROUP_REMOTE_ASSIGNORS, type GroupRemoteAssignor, serverAssign } from './assignors.ts';
import { reconcile, sameMember } from './current-assignment.ts';
import type { ConsumerGroupData, ConsumerGroupMember } from './types.ts';

// The KIP-848 group coordinator (GroupMetadataManager.consumerGroupHeartbeat) and the client's
// ConsumerMembershipManager, in model time. The coordinator bumps the group epoch on a change and
// computes the target assignment at the next heartbeat; each member moves towards its target on its
// own heartbeats: it revokes first (in the background, auto-committing before it lets go), acknowledges
// at once, and receives a partition only after its previous owner acknowledged giving it up.
// There is no group-wide barrier: a member that does not heartbeat (crashed, session not expired)
// delays only the partitions it holds.

/** group.consumer.heartbeat.interval.ms and group.consumer.session.timeout.ms (GroupCoordinatorConfig). */
export const CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS = 5_000;
export const CONSUMER_GROUP_SESSION_TIMEOUT_MS = 45_000;

export function isConsumerProtocol(consumer: ConsumerState | undefined): boolean {
  return consumer?.groupProtocol === 'consumer';
}

function key(tp: TopicPartition): string {
  return `${tp.topic}:${tp.partition}`;
}

function sorted(list: readonly TopicPartition[]): TopicPartition[] {
  return [...list].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
}

export function emptyConsumerGroup(assignor: GroupRemoteAssignor): ConsumerGroupData {
  return { groupEpoch: 0, assignor, targetAssignmentEpoch: 0, targetAssignment: {}, members: {}, subscriptionMetadata: {} };
}

/** Partition counts of every topic some member subscribes to (ConsumerGroup.computeSubscriptionMetadata). */
function subscriptionMetadata(state: SimState, cg: ConsumerGroupData): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(cg.members).sort()) {
    for (const topic of cg.members[id]!.subscribedTopics) {
      const t = state.topics[topic];
      if (t) out[topic] = t.partitions.length;
    }
  }
  return out;
}

function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Whether the coordinator's view of the subscribed topics is out of date (partitions were added). */
export function metadataChanged(state: SimState, cg: ConsumerGroupData): boolean {
  return !sameCounts(subscriptionMetadata(state, cg), cg.subscriptionMetadata);
}

/**
 * ConsumerGroup.computePreferredServerAssignor: the assignor most members ask for, else the broker's
 * first (uniform). Ties go to the order uniform, range (Kafka's depends on a HashMap).
 */
function preferredAssignor(state: SimState, cg: ConsumerGroupData): GroupRemoteAssignor {
  const counts = new Map<GroupRemoteAssignor, number>();
  for (const id of Object.keys(cg.members)) {
    const wanted = state.consumers[id]?.groupRemoteAssignor;
    if (wanted) counts.set(wanted, (counts.get(wanted) ?? 0) + 1);
  }
  let best: GroupRemoteAssignor = 'uniform';
  let bestCount = 0;
  for (const name of GROUP_REMOTE_ASSIGNORS) {
    const n = counts.get(name) ?? 0;
    if (n > bestCount) { best = name; bestCount = n; }
  }
  return best;
}

function withData(state: SimState, group: GroupState, cg: ConsumerGroupData): SimState {
  return withGroup(state, { ...group, consumerProtocol: cg });
}

/** A change the coordinator must assign for: the group epoch goes up; the target follows at the next heartbeat. */
export function bumpGroupEpoch(state: SimState, groupId: string, reason: GroupEpochReason, consumer: string | undefined, events: Events): SimState {
  const group = state.groups[groupId]!;
  const cg = group.consumerProtocol!;
  const groupEpoch = cg.groupEpoch + 1;
  events.push(consumer === undefined
    ? { type: 'groupEpochBumped', at: state.time, group: groupId, groupEpoch, reason }
    : { type: 'groupEpochBumped', at: state.time, group: groupId, groupEpoch, reason, consumer });
  return withData(state, group, { ...cg, groupEpoch, subscriptionMetadata: subscriptionMetadata(state, cg) });
}

/** TargetAssignmentBuilder: the assignor over every member, each given its previous target. */
function computeTarget(state: SimState, groupId: string, events: Events): SimState {
  const group = state.groups[groupId]!;
  const cg = group.consumerProtocol!;
  const assignor = preferredAssignor(state, cg);
  const ids = Object.keys(cg.members).sort();
  const topics = Object.keys(cg.subscriptionMetadata).sort().map((topic) => ({ topic, partitions: cg.subscriptionMetadata[topic]! }));
  const result = serverAssign(assignor, {
    topics,
    members: ids.map((id) => ({ id, topics: cg.members[id]!.subscribedTopics, assigned: cg.targetAssignment[id] ?? [] })),
  });
  const target: Record<string, TopicPartition[]> = {};
  for (const id of ids) target[id] = result[id] ?? [];
  events.push({ type: 'targetAssignmentComputed', at: state.time, group: groupId, groupEpoch: cg.groupEpoch, assignor, target });
  return withData(state, group, { ...cg, assignor, targetAssignmentEpoch: cg.groupEpoch, targetAssignment: target });
}

/** The client takes the assignment the heartbeat response carries: revoke what left, then take what came. */
function applyAssignment(state: SimState, consumerId: string, assignment: readonly TopicPartition[], events: Events): { state: SimState; changed: boolean } {
  let next = state;
  const consumer = next.consumers[consumerId]!;
  const wanted = new Set(assignment.map(key));
  const owned = new Set(consumer.assignment.map(key));
  const revoked = consumer.assignment.filter((tp) => !wanted.has(key(tp)));
  const added = assignment.filter((tp) => !owned.has(key(tp)));
  if (revoked.length === 0 && added.length === 0) return { state, changed: false };
  if (revoked.length > 0) {
    // ConsumerMembershipManager: commit what was consumed before letting partitions go (auto-commit on).
    if (consumer.enableAutoCommit) next = commitPositions(next, consumerId, true, events, true);
    events.push({ type: 'partitionsRevoked', at: next.time, group: consumer.group, consumer: consumerId, partitions: revoked });
  }
  const current = next.consumers[consumerId]!;
  const positions: Record<string, number> = {};
  for (const tp of current.assignment) if (wanted.has(key(tp)) && current.positions[key(tp)] !== undefined) positions[key(tp)] = current.positions[key(tp)]!;
  const kept = (k: string) => wanted.has(k) && owned.has(k);
  const reassigned: ConsumerState = {
    ...current, assignment: sorted(assignment), positions, pollCursor: 0,
    paused: current.paused.filter(kept), resetRequested: Object.fromEntries(Object.entries(current.resetRequested).filter(([k]) => kept(k))),
  };
  if (added.length > 0) events.push({ type: 'partitionsAssigned', at: next.time, group: consumer.group, consumer: consumerId, partitions: sorted(added) });
  next = withConsumer(next, { ...reassigned, positions: initialPositions(next, reassigned, sorted(added), events) });
  return { state: next, changed: true };
}

/** One ConsumerGroupHeartbeat exchange: the coordinator's side, then the client's reaction. */
function exchange(state: SimState, consumerId: string, events: Events): { state: SimState; changed: boolean } {
  let next = state;
  const consumer = next.consumers[consumerId]!;
  const groupId = consumer.group;
  if (metadataChanged(next, next.groups[groupId]!.consumerProtocol!)) next = bumpGroupEpoch(next, groupId, 'partitions-added', undefined, events);
  const data = next.groups[groupId]!.consumerProtocol!;
  if (data.groupEpoch > data.targetAssignmentEpoch) next = computeTarget(next, groupId, events);
  const group = next.groups[groupId]!;
  const cg = group.consumerProtocol!;
  const member = cg.members[consumerId]!;
  const held = new Set<string>();
  for (const [id, other] of Object.entries(cg.members)) {
    if (id === consumerId) continue;
    for (const tp of other.assigned) held.add(key(tp));
    for (const tp of other.revoking) held.add(key(tp));
  }
  const target = cg.targetAssignment[consumerId] ?? [];
  const updated = reconcile({ member, targetAssignmentEpoch: cg.targetAssignmentEpoch, target, heldByOther: (tp) => held.has(key(tp)), owned: consumer.assignment });
  const unchanged = sameMember(updated, member);
  const stored: ConsumerGroupMember = { ...(unchanged ? member : updated), heartbeatBase: next.time };
  if (!unchanged) {
    const assignedKeys = new Set(stored.assigned.map(key));
    events.push({
      type: 'memberReconciled', at: next.time, group: groupId, consumer: consumerId, memberEpoch: stored.memberEpoch, previousMemberEpoch: member.memberEpoch,
      state: stored.state, assigned: [...stored.assigned], revoking: [...stored.revoking], unreleased: target.filter((tp) => !assignedKeys.has(key(tp))),
    });
  }
  next = withData(next, group, { ...cg, members: { ...cg.members, [consumerId]: stored } });
  // The response carries the member's assignment without the partitions it must revoke.
  return applyAssignment(next, consumerId, stored.assigned, events);
}

/**
 * A heartbeat, followed by the immediate ones the client sends when it has reconciled
 * (ACKNOWLEDGING). Bounded: revoke, then receive, then nothing left to acknowledge.
 */
export function heartbeat(state: SimState, consumerId: string, events: Events): SimState {
  let next = state;
  for (let i = 0; i < 4; i++) {
    const result = exchange(next, consumerId, events);
    next = result.state;
    if (!result.changed) break;
  }
  return next;
}

/** The member joins in its first poll (ConsumerMembershipManager: JOINING sends member epoch 0). */
export function joinConsumerGroup(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId]!;
  const existing = state.groups[consumer.group];
  const group: GroupState = existing ?? { id: consumer.group, assignor: consumer.assignor, members: [], generation: 0, committed: {}, delivered: {} };
  const cg = group.consumerProtocol ?? emptyConsumerGroup(consumer.groupRemoteAssignor ?? 'uniform');
  const member: ConsumerGroupMember = {
    memberId: consumerId, memberEpoch: 0, previousMemberEpoch: 0, state: 'STABLE', subscribedTopics: [...consumer.topics], assigned: [], revoking: [],
    heartbeatBase: state.time, heartbeatIntervalMs: CONSUMER_GROUP_HEARTBEAT_INTERVAL_MS, sessionTimeoutMs: consumer.sessionTimeoutMs,
  };
  events.push({ type: 'consumerJoined', at: state.time, consumer: consumerId, group: group.id, assignor: consumer.assignor, autoOffsetReset: consumer.autoOffsetReset, groupProtocol: 'consumer' });
  let next = withConsumer(state, { ...consumer, membership: 'joined', lastPollAt: state.time, assignment: [], positions: {}, pollCursor: 0 });
  next = withGroup(next, { ...group, members: [...group.members.filter((m) => m !== consumerId), consumerId], consumerProtocol: { ...cg, members: { ...cg.members, [consumerId]: member } } });
  next = bumpGroupEpoch(next, group.id, 'member-joined', consumerId, events);
  return heartbeat(next, consumerId, events);
}

/**
 * The member is gone from the group (left, poll timeout, session expired, restarted): its current
 * and target assignments are dropped and the group epoch goes up; the new target is computed at the
 * next heartbeat of another member, so the group reads Assigning meanwhile.
 */
export function removeMember(state: SimState, consumerId: string, groupId: string, reason: GroupEpochReason, events: Events): SimState {
  const group = state.groups[groupId];
  const cg = group?.consumerProtocol;
  if (!group || !cg || !cg.members[consumerId]) return state;
  const members = { ...cg.members };
  delete members[consumerId];
  const targetAssignment = { ...cg.targetAssignment };
  delete targetAssignment[consumerId];
  const next = withGroup(state, { ...group, members: group.members.filter((m) => m !== consumerId), consumerProtocol: { ...cg, members, targetAssignment } });
  return bumpGroupEpoch(next, groupId, reason, consumerId, events);
}

/** Leaving (close, or max.poll.interval.ms passed): commit if auto-commit is on (close), give everything back, heartbeat with epoch -1. */
export function leaveConsumerGroup(state: SimState, consumerId: string, reason: 'member-left' | 'poll-timeout', events: Events): SimState {
  let next = state;
  const consumer = next.consumers[consumerId]!;
  if (reason === 'member-left' && consumer.enableAutoCommit) next = commitPositions(next, consumerId, true, events, true);
  if (consumer.assignment.length > 0) events.push({ type: 'partitionsRevoked', at: next.time, group: consumer.group, consumer: consumerId, partitions: [...consumer.assignment] });
  if (reason === 'poll-timeout') {
    events.push({ type: 'memberPollTimeout', at: next.time, consumer: consumerId, group: consumer.group, maxPollIntervalMs: consumer.maxPollIntervalMs, lastPollAt: consumer.lastPollAt });
    next = withConsumer(next, { ...next.consumers[consumerId]!, membership: 'poll-timeout', assignment: [], positions: {}, pollCursor: 0, paused: [], resetRequested: {} });
  } else {
    events.push({ type: 'consumerLeft', at: next.time, consumer: consumerId, group: consumer.group });
    const consumers = { ...next.consumers };
    delete consumers[consumerId];
    next = { ...next, consumers };
  }
  return removeMember(next, consumerId, consumer.group, reason, events);
}

/** The coordinator's session timer for a member that stopped heartbeating (crashed) ran out. */
export function expireMember(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId]!;
  events.push({ type: 'memberExpired', at: state.time, consumer: consumerId, group: consumer.group, reason: 'session-timeout' });
  const consumers = { ...state.consumers };
  delete consumers[consumerId];
  return removeMember({ ...state, consumers }, consumerId, consumer.group, 'member-expired', events);
}
