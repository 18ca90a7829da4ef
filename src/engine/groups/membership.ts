import type { Events } from '../handlers/context.ts';
import { withConsumer, withGroup } from '../handlers/context.ts';
import type { SimState } from '../types.ts';
import { coordinator } from './coordinator.ts';
import { rebalance } from './rebalance.ts';
import { isConsumerProtocol, joinConsumerGroup } from './consumer-protocol/coordinator.ts';
import { leaderMetadataChanged } from '../clients/metadata.ts';
import { joinAtBarrier, requestRejoin, usesJoinBarrier } from './join-barrier.ts';

/**
 * A member joins its group inside poll(), not in subscribe(): ConsumerCoordinator.poll calls
 * ensureActiveGroup when rejoinNeededOrPending. That covers the first poll after subscribe and the
 * first poll after the member left for max.poll.interval.ms (its partitions were already lost,
 * so onJoinPrepare has nothing to commit).
 */
export function joinIfNeeded(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId];
  if (!consumer) return state;
  // group.protocol=consumer (KIP-848) joins through ConsumerGroupHeartbeat, without the classic barrier.
  if (isConsumerProtocol(consumer)) {
    if (consumer.membership === 'joined' || coordinator(state, consumer.group) === undefined) return state;
    return joinConsumerGroup(state, consumerId, events);
  }
  if (usesJoinBarrier(state)) {
    if (coordinator(state, consumer.group) === undefined) return state;
    // ConsumerCoordinator.poll -> rejoinNeededOrPending: the leader's cached metadata no longer matches
    // the partition counts it assigned from (new partitions), so it rejoins and everyone follows.
    const rejoin = leaderMetadataChanged(state, consumer) ? requestRejoin(state, consumer.group, 'partitions-added', events) : state;
    return joinAtBarrier(rejoin, consumerId, events);
  }
  if (consumer.membership === 'joined') return state;
  // Without a coordinator the poll cannot join (ConsumerCoordinator.poll: coordinatorUnknownAndUnreadySync).
  if (coordinator(state, consumer.group) === undefined) return state;
  const existing = state.groups[consumer.group];
  const group = existing
    ? { ...existing, assignor: consumer.assignor, members: [...existing.members.filter((m) => m !== consumer.id), consumer.id] }
    : { id: consumer.group, assignor: consumer.assignor, members: [consumer.id], generation: 0, committed: {}, delivered: {} };
  events.push({ type: 'consumerJoined', at: state.time, consumer: consumer.id, group: group.id, assignor: consumer.assignor, autoOffsetReset: consumer.autoOffsetReset });
  // The poll timer starts with the join: the heartbeat thread only runs for a member.
  const joined = withConsumer(state, { ...consumer, membership: 'joined', lastPollAt: state.time, assignment: [], positions: {}, pollCursor: 0 });
  return rebalance(withGroup(joined, group), group.id, 'join', events);
}

/**
 * The heartbeat thread found no poll() within max.poll.interval.ms (AbstractCoordinator
 * HeartbeatThread: pollTimeoutExpired, then maybeLeaveGroup "consumer poll timeout has expired").
 * The member sends LeaveGroup without committing; the group rebalances at once. Its partitions
 * are lost to it: a later commit fails with CommitFailedException and its next poll rejoins.
 */
export function leaveForPollTimeout(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId];
  const group = consumer ? state.groups[consumer.group] : undefined;
  if (!consumer || !group) return state;
  events.push({ type: 'memberPollTimeout', at: state.time, consumer: consumer.id, group: group.id, maxPollIntervalMs: consumer.maxPollIntervalMs, lastPollAt: consumer.lastPollAt });
  let next = withConsumer(state, { ...consumer, membership: 'poll-timeout', assignment: [], positions: {}, pollCursor: 0, paused: [], resetRequested: {} });
  next = withGroup(next, { ...group, members: group.members.filter((m) => m !== consumer.id) });
  return rebalance(next, group.id, 'poll-timeout', events);
}
