import type { Events } from '../handlers/context.ts';
import { withConsumer, withGroup, withoutKey } from '../handlers/context.ts';
import type { RebalanceReason } from '../events.ts';
import { type ConsumerState, type SimState, type TopicPartition } from '../types.ts';
import { assign } from './assignors/index.ts';
import { shareChange } from './share-change.ts';
import { commitPositions, initialPositions } from './offsets.ts';
import { afterMemberLeft, requestRejoin, usesJoinBarrier } from './join-barrier.ts';


/** Removes members that crashed and have not expired yet: they cannot rejoin (simplification: at once). */
function dropCrashedMembers(state: SimState, groupId: string, events: Events): SimState {
  const group = state.groups[groupId]!;
  const crashed = group.members.filter((id) => state.consumers[id]?.status !== 'active');
  if (crashed.length === 0) return state;
  let next = state;
  for (const id of crashed) {
    events.push({ type: 'memberExpired', at: state.time, consumer: id, group: groupId, reason: 'rebalance' });
    next = { ...next, consumers: withoutKey(next.consumers, id) };
  }
  return withGroup(next, { ...group, members: group.members.filter((id) => !crashed.includes(id)) });
}

/**
 * A rebalance of one group, completed within the step (the 'classic' profile, files from before the join barrier). Every live member rejoins (committing first
 * when auto-commit is on, as ConsumerCoordinator.onJoinPrepare does), the leader runs the group's
 * assignor, and each member gets its share.
 * - Eager protocols (range, roundrobin, sticky) revoke every partition first, so positions are
 *   re-read from committed offsets.
 * - cooperative-sticky revokes only what moves; moved partitions stay unassigned for one round and
 *   a follow-up rebalance hands them over, as KIP-429 describes.
 */
export function rebalance(state: SimState, groupId: string, reason: RebalanceReason, events: Events): SimState {
  // Version profiles with the classic protocol's join barrier wait for the members (join-barrier.ts).
  if (usesJoinBarrier(state)) return reason === 'partitions-added' ? requestRejoin(state, groupId, reason, events) : afterMemberLeft(state, groupId, reason, events);
  let next = dropCrashedMembers(state, groupId, events);
  const group = next.groups[groupId];
  if (!group) return next;
  const members = group.members.map((id) => next.consumers[id]).filter((c): c is ConsumerState => c !== undefined);
  const generation = group.generation + 1;
  if (members.length === 0) return withGroup(next, { ...group, generation });

  for (const member of members) {
    if (member.enableAutoCommit) next = commitPositions(next, member.id, true, events, true);
  }
  events.push({ type: 'rebalanceStarted', at: next.time, group: groupId, generation, reason, members: members.map((m) => m.id) });

  const partitionsPerTopic: Record<string, number> = {};
  for (const member of members) {
    for (const topic of member.topics) {
      const t = next.topics[topic];
      if (t) partitionsPerTopic[topic] = t.partitions.length;
    }
  }
  const cooperative = group.assignor === 'cooperative-sticky';
  const result = assign(group.assignor, {
    partitionsPerTopic,
    members: members.map((m) => ({ id: m.id, topics: [...m.topics], owned: [...m.assignment], generation: group.generation })),
  });

  let anyRevoked = false;
  const assignment: Record<string, TopicPartition[]> = {};
  for (const member of members) {
    const target = result[member.id] ?? [];
    const { revoked, added, positions } = shareChange(member, target, cooperative);
    if (revoked.length > 0) {
      anyRevoked = true;
      events.push({ type: 'partitionsRevoked', at: next.time, group: groupId, consumer: member.id, partitions: revoked });
    }
    events.push({ type: 'partitionsAssigned', at: next.time, group: groupId, consumer: member.id, partitions: added });
    const current = next.consumers[member.id]!;
    // A partition kept across a cooperative round keeps its pause and pending reset; a new one starts fresh.
    const paused = current.paused.filter((k) => k in positions);
    const resetRequested = Object.fromEntries(Object.entries(current.resetRequested).filter(([k]) => k in positions));
    const reassigned: ConsumerState = { ...current, assignment: target, positions, pollCursor: 0, paused, resetRequested };
    next = withConsumer(next, { ...reassigned, positions: initialPositions(next, reassigned, added, events) });
    assignment[member.id] = target;
  }
  next = withGroup(next, { ...next.groups[groupId]!, generation });
  events.push({ type: 'rebalanceCompleted', at: next.time, group: groupId, generation, assignment });
  if (cooperative && anyRevoked) return rebalance(next, groupId, 'cooperative-follow-up', events);
  return next;
}
