import type { Events } from '../../handlers/context.ts';
import { withGroup } from '../../handlers/context.ts';
import type { ConsumerState, SimState } from '../../types.ts';
import { coordinator } from '../coordinator.ts';
import { expireMember, heartbeat, isConsumerProtocol, leaveConsumerGroup, metadataChanged } from './coordinator.ts';
import type { ConsumerGroupData, ConsumerGroupMember } from './types.ts';

// Model-time timers of consumer-protocol members, for advanceTime: heartbeats on each member's grid
// of group.consumer.heartbeat.interval.ms, session expiry of a member that stopped heartbeating, and
// max.poll.interval.ms. A heartbeat that would change nothing (the member is reconciled to the target
// and the metadata is current) is skipped, so an idle stable group costs nothing per tick.

export type ConsumerProtocolTimer = { at: number; kind: 'cg-heartbeat' | 'cg-session-expiry' | 'cg-poll-timeout'; consumer: string };

/** The member's first heartbeat at or after `t` (its grid starts at its last real heartbeat). */
export function nextHeartbeatAt(member: ConsumerGroupMember, t: number): number {
  const k = Math.max(1, Math.ceil((t - member.heartbeatBase) / member.heartbeatIntervalMs));
  return member.heartbeatBase + k * member.heartbeatIntervalMs;
}

/** The member's last heartbeat at or before `t`. */
function lastHeartbeatAt(member: ConsumerGroupMember, t: number): number {
  return member.heartbeatBase + Math.max(0, Math.floor((t - member.heartbeatBase) / member.heartbeatIntervalMs)) * member.heartbeatIntervalMs;
}

/** Whether a heartbeat of this member would let the coordinator or the member make progress. */
export function needsHeartbeat(state: SimState, cg: ConsumerGroupData, member: ConsumerGroupMember): boolean {
  return cg.groupEpoch > cg.targetAssignmentEpoch || member.memberEpoch !== cg.targetAssignmentEpoch || member.state !== 'STABLE' || metadataChanged(state, cg);
}

/** The due timers of one consumer-protocol consumer, pushed onto `due` (advanceTime's single pass over the consumers). */
export function pushConsumerProtocolTimers(state: SimState, consumer: ConsumerState, until: number, due: { push(timer: ConsumerProtocolTimer): number }): void {
  const cg = state.groups[consumer.group]?.consumerProtocol;
  const member = cg?.members[consumer.id];
  if (!cg || !member) return;
  if (consumer.status === 'crashed') {
    const at = lastHeartbeatAt(member, consumer.crashedAt ?? state.time) + member.sessionTimeoutMs;
    if (at <= until) due.push({ at: Math.max(state.time, at), kind: 'cg-session-expiry', consumer: consumer.id });
    return;
  }
  if (consumer.membership !== 'joined') return;
  const pollTimeout = consumer.lastPollAt + consumer.maxPollIntervalMs;
  if (pollTimeout <= until) due.push({ at: Math.max(state.time, pollTimeout), kind: 'cg-poll-timeout', consumer: consumer.id });
  if (needsHeartbeat(state, cg, member)) {
    const at = nextHeartbeatAt(member, state.time);
    if (at <= until) due.push({ at, kind: 'cg-heartbeat', consumer: consumer.id });
  }
}

export function consumerProtocolTimers(state: SimState, until: number): ConsumerProtocolTimer[] {
  const due: ConsumerProtocolTimer[] = [];
  for (const consumer of Object.values(state.consumers)) if (isConsumerProtocol(consumer)) pushConsumerProtocolTimers(state, consumer, until, due);
  return due;
}

export function fireConsumerProtocolTimer(state: SimState, timer: ConsumerProtocolTimer, events: Events): SimState {
  const consumer = state.consumers[timer.consumer];
  if (!consumer) return state;
  switch (timer.kind) {
    case 'cg-session-expiry': return expireMember(state, timer.consumer, events);
    case 'cg-poll-timeout': return leaveConsumerGroup(state, timer.consumer, 'poll-timeout', events);
    case 'cg-heartbeat': {
      if (coordinator(state, consumer.group) !== undefined) return heartbeat(state, timer.consumer, events);
      // No coordinator: the heartbeat fails and is retried an interval later; the member keeps what it owns.
      const group = state.groups[consumer.group]!;
      const cg = group.consumerProtocol!;
      return withGroup(state, { ...group, consumerProtocol: { ...cg, members: { ...cg.members, [consumer.id]: { ...cg.members[consumer.id]!, heartbeatBase: state.time } } } });
    }
    default: {
      const never: never = timer.kind;
      return never;
    }
  }
}
