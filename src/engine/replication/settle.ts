import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { SimState, TopicState } from '../types.ts';
import { brokerStatus, isRunning } from './leader-and-isr.ts';
import { withFollower, withPartition } from './partition-state.ts';

// What the produce path and the fetch rounds share (split from fetch.ts so that producer/requests
// does not import the fetch rounds, which answer its requests: no import circle).

/** Both ends can talk: running, and neither cut off from the cluster. */
export function canReplicate(state: SimState, leader: number, follower: number): boolean {
  return isRunning(state, follower) && brokerStatus(state, leader) === 'online' && brokerStatus(state, follower) === 'online';
}

/**
 * Rounds that changed nothing are skipped, but in Kafka a follower level with its leader keeps
 * fetching and stays "caught up" at each of them. Before anything changes a partition (an append,
 * a broker cut off or going down), this credits every reachable, level follower with the last
 * round that would have run, so replica.lag.time.max.ms counts from there.
 */
export function settleSkippedRounds(state: SimState, only?: { topic: string; partition: number }): SimState {
  const lastRound = Math.floor(state.time / KAFKA_DEFAULTS.replicaFetchWaitMaxMs) * KAFKA_DEFAULTS.replicaFetchWaitMaxMs;
  if (only) {
    // The produce path: one partition, usually with nothing to credit.
    const topic = state.topics[only.topic];
    return topic && topic.config.replicationFactor > 1 ? settlePartition(state, topic, only.partition, lastRound) : state;
  }
  let next = state;
  for (const topic of Object.values(state.topics)) {
    if (topic.config.replicationFactor < 2) continue;
    for (let p = 0; p < topic.replication.length; p++) next = settlePartition(next, next.topics[topic.name]!, p, lastRound);
  }
  return next;
}

function settlePartition(state: SimState, topic: TopicState, p: number, lastRound: number): SimState {
  const replication = topic.replication[p]!;
  const leader = replication.leader;
  if (leader === undefined) return state;
  const leaderEnd = topic.partitions[p]!.logEndOffset;
  let updated = replication;
  // The replica list, not for…in over the followers map (integer keys make that slow): this runs
  // on every produce to a replicated partition. Each follower is credited on its own, so order does not matter.
  for (const broker of replication.replicas) {
    const follower = replication.followers[broker];
    if (follower === undefined) continue;
    // Cheapest test first: a follower that fetched in the last round has nothing to credit.
    if (follower.lastFetchAt >= lastRound || follower.fetchOffset !== leaderEnd || follower.log.logEndOffset !== leaderEnd) continue;
    if (!isRunning(state, leader) || !canReplicate(state, leader, follower.broker)) continue;
    updated = withFollower(updated, { ...follower, lastFetchAt: lastRound, lastCaughtUpAt: Math.max(follower.lastCaughtUpAt, lastRound) });
  }
  return updated === replication ? state : withPartition(state, topic.name, p, undefined, updated);
}
