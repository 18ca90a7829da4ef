import { coordinatorPartitionOf } from '../groups/coordinator.ts';
import type { Events } from '../handlers/context.ts';
import { failOver, sendReady } from '../producer/requests.ts';
import type { FollowerReplica, OffsetsPartition, PartitionLog, SimState } from '../types.ts';
import { maybeAdvanceHighWatermark } from './high-watermark.ts';
import { isActive, isRunning, type LeaderAndIsr, type PartitionChange, partitionChange } from './leader-and-isr.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { freshFollower, replicaLogs, withPartition } from './partition-state.ts';
import { withEpochStart } from './replica-log.ts';
import { elrFields, elrOptions, heldField } from '../versions/rules.ts';

// What the KRaft controller does when a broker leaves or returns (ReplicationControlManager:
// handleBrokerInControlledShutdown, handleBrokerFenced, handleBrokerUnfenced), applied to every
// partition it concerns, user topics and __consumer_offsets alike.

import type { ControllerReason } from '../events.ts';

/** The broker leaves: out of every ISR it is in (not emptying one), and its leaderships move. */
export function removeBrokerFromPartitions(state: SimState, broker: number, reason: 'controlled-shutdown' | 'fenced', events: Events): SimState {
  let next = state;
  for (const topic of Object.values(state.topics)) {
    topic.replication.forEach((replication, p) => {
      if (!replication.isr.includes(broker) && replication.leader !== broker) return;
      const current = next.topics[topic.name]!.replication[p]!;
      const change = partitionChange(current, { remove: broker, unclean: topic.config.uncleanLeaderElection, isActive: (b) => isActive(next, b), ...elrOptions(next, topic) });
      if (change) next = applyChange(next, topic.name, p, change, reason, events);
    });
  }
  return changeTransactionPartitions(changeOffsetsPartitions(next, { remove: broker }, reason, events), { remove: broker });
}

/** The broker is back: partitions without a leader may elect it (or another live in-sync replica). */
export function electLeaderlessPartitions(state: SimState, broker: number, events: Events, uncleanShutdown = false): SimState {
  let next = state;
  for (const topic of Object.values(state.topics)) {
    topic.replication.forEach((replication, p) => {
      // KIP-966: a broker back from an unclean shutdown leaves every ELR it was in.
      const leaves = uncleanShutdown && (replication.elr ?? []).includes(broker);
      if (replication.leader !== undefined && !leaves) return;
      const change = partitionChange(next.topics[topic.name]!.replication[p]!, { add: broker, unclean: topic.config.uncleanLeaderElection, isActive: (b) => isActive(next, b), ...elrOptions(next, topic), ...(uncleanShutdown ? { uncleanShutdown: broker } : {}) });
      if (change) next = applyChange(next, topic.name, p, change, 'unfenced', events);
    });
  }
  return changeTransactionPartitions(changeOffsetsPartitions(next, { add: broker }, 'unfenced', events), { add: broker });
}

/** A partition led by another broker while its preferred (first) replica is live and in sync. */
function preferredChange(state: SimState, replication: LeaderAndIsr): PartitionChange | undefined {
  const preferred = replication.replicas[0]!;
  if (replication.leader === preferred || replication.leader === undefined) return undefined;
  if (!replication.isr.includes(preferred) || !isRunning(state, preferred)) return undefined;
  return { next: { ...replication, leader: preferred, leaderEpoch: replication.leaderEpoch + 1 }, leaderChanged: true, unclean: false, removedFromIsr: [] };
}

/**
 * auto.leader.rebalance.enable: every leader.imbalance.check.interval (5 min) the controller hands
 * leadership back to each partition's preferred replica where it can (PREFERRED election), so
 * leaders spread over the brokers again after a failure.
 */
export function balanceLeaders(state: SimState, events: Events): SimState {
  let next = state;
  for (const topic of Object.values(state.topics)) {
    topic.replication.forEach((replication, p) => {
      const change = preferredChange(next, replication);
      if (change) next = applyChange(next, topic.name, p, change, 'preferred', events);
    });
  }
  const offsets = next.offsetsTopic;
  if (!offsets) return next;
  const moved = offsets.map((partition, index): OffsetsPartition => {
    const change = preferredChange(next, partition);
    if (!change) return partition;
    for (const group of Object.keys(next.groups)) {
      if (coordinatorPartitionOf(group, offsets.length) !== index) continue;
      events.push({ type: 'coordinatorMoved', at: next.time, group, partition: index, reason: 'preferred', to: change.next.leader!, ...(partition.leader === undefined ? {} : { from: partition.leader }) });
    }
    return { ...change.next };
  });
  return moved.some((m, i) => m !== offsets[i]) ? { ...next, offsetsTopic: moved } : next;
}

/** When the next rebalance check would move a leader, or Infinity. */
export function nextLeaderBalanceAt(state: SimState): number {
  const imbalanced = Object.values(state.topics).some((t) => t.replication.some((r) => preferredChange(state, r) !== undefined))
    || (state.offsetsTopic ?? []).some((r) => preferredChange(state, r) !== undefined);
  if (!imbalanced) return Number.POSITIVE_INFINITY;
  const interval = KAFKA_DEFAULTS.leaderImbalanceCheckIntervalMs;
  return (Math.floor(state.time / interval) + 1) * interval;
}

function resetFollower(follower: FollowerReplica, inIsr: boolean, now: number): FollowerReplica {
  // Partition.makeLeader resets what the leader knows of each follower.
  return { broker: follower.broker, log: follower.log, lastFetchAt: now, lastFetchLeaderLogEndOffset: 0, lastCaughtUpAt: inIsr ? now : follower.lastCaughtUpAt };
}

function applyChange(state: SimState, topicName: string, p: number, change: PartitionChange, reason: ControllerReason, events: Events): SimState {
  const topic = state.topics[topicName]!;
  const current = topic.replication[p]!;
  const { next: target } = change;
  const isrReason = reason === 'unfenced' || reason === 'preferred' ? 'fenced' : reason;
  if (change.removedFromIsr.length > 0 && !change.unclean) {
    events.push({ type: 'isrShrunk', at: state.time, topic: topicName, partition: p, removed: change.removedFromIsr, isr: [...target.isr], reason: isrReason, ...heldField(state, topic, target.isr.length) });
  }
  if (!change.leaderChanged) {
    const updated = withPartition(state, topicName, p, undefined, { ...current, isr: target.isr, ...elrFields(target) });
    return maybeAdvanceHighWatermark(updated, topicName, p, events);
  }
  const previousLeader = current.leader;
  if (target.leader === undefined) {
    const { leader: _gone, ...rest } = current;
    void _gone;
    events.push({ type: 'partitionOffline', at: state.time, topic: topicName, partition: p, leaderEpoch: target.leaderEpoch, isr: [...target.isr], ...(previousLeader === undefined ? {} : { lastLeader: previousLeader }) });
    const offline = withPartition(state, topicName, p, undefined, { ...rest, leaderEpoch: target.leaderEpoch, isr: target.isr, ...elrFields(target) });
    return previousLeader === undefined ? offline : failOver(offline, previousLeader, 'NOT_LEADER_OR_FOLLOWER', events, { topic: topicName, partition: p });
  }
  const leader = target.leader;
  const logs = replicaLogs(topic, p);
  let leaderLog: PartitionLog = logs.get(leader)!;
  const followers: Record<number, FollowerReplica> = {};
  for (const [broker, log] of logs) {
    if (broker === leader) continue;
    const existing = current.followers[broker] ?? freshFollower(broker, log, state.time);
    followers[broker] = resetFollower({ ...existing, log }, target.isr.includes(broker), state.time);
  }
  let lostOffsets: { from: number; to: number } | undefined;
  if (change.unclean) {
    const longest = Math.max(...[...logs.values()].map((l) => l.logEndOffset));
    if (longest > leaderLog.logEndOffset) lostOffsets = { from: leaderLog.logEndOffset, to: longest };
  }
  leaderLog = withEpochStart(leaderLog, target.leaderEpoch);
  events.push({
    type: 'leaderElected', at: state.time, topic: topicName, partition: p, leader, leaderEpoch: target.leaderEpoch, unclean: change.unclean,
    reason, isr: [...target.isr], ...(previousLeader === undefined ? {} : { previousLeader }), ...(lostOffsets ? { lostOffsets } : {}), ...(change.fromElr ? { fromElr: true } : {}),
  });
  let next = withPartition(state, topicName, p, leaderLog, { replicas: current.replicas, leader, leaderEpoch: target.leaderEpoch, isr: target.isr, logBroker: leader, followers, ...elrFields(target) });
  if (previousLeader !== undefined && previousLeader !== leader) next = failOver(next, previousLeader, 'NOT_LEADER_OR_FOLLOWER', events, { topic: topicName, partition: p });
  next = maybeAdvanceHighWatermark(next, topicName, p, events);
  return sendReady(next, topicName, p, events);
}

function changeOffsetsPartitions(state: SimState, options: { remove?: number; add?: number }, reason: ControllerReason, events: Events): SimState {
  const partitions = state.offsetsTopic;
  if (!partitions) return state;
  let changed = false;
  const next = partitions.map((partition, index): OffsetsPartition => {
    let current = partition;
    // The internal topic's log is not modelled, so a returning replica is in sync at once.
    if (options.add !== undefined && current.replicas.includes(options.add) && !current.isr.includes(options.add)) {
      current = { ...current, isr: [...current.isr, options.add] };
    }
    const change = partitionChange(current, { ...options, unclean: false, isActive: (b) => isActive(state, b) });
    if (!change) {
      changed ||= current !== partition;
      return current;
    }
    changed = true;
    if (change.leaderChanged) {
      for (const group of Object.keys(state.groups)) {
        if (coordinatorPartitionOf(group, partitions.length) !== index) continue;
        events.push({ type: 'coordinatorMoved', at: state.time, group, partition: index, reason, ...(partition.leader === undefined ? {} : { from: partition.leader }), ...(change.next.leader === undefined ? {} : { to: change.next.leader }) });
      }
    }
    return { ...change.next };
  });
  return changed ? { ...state, offsetsTopic: next } : state;
}

/** __transaction_state's leadership follows the brokers as __consumer_offsets' does (its log is not modelled, so a returning replica is in sync at once). */
function changeTransactionPartitions(state: SimState, options: { remove?: number; add?: number }): SimState {
  const txns = state.transactions;
  if (!txns) return state;
  let changed = false;
  const topic = txns.topic.map((partition): OffsetsPartition => {
    let current = partition;
    if (options.add !== undefined && current.replicas.includes(options.add) && !current.isr.includes(options.add)) current = { ...current, isr: [...current.isr, options.add] };
    const change = partitionChange(current, { ...options, unclean: false, isActive: (b) => isActive(state, b) });
    const next = change ? { ...change.next } : current;
    changed ||= next !== partition;
    return next;
  });
  return changed ? { ...state, transactions: { ...txns, topic } } : state;
}
