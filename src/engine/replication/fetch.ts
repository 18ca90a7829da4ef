import { KAFKA_DEFAULTS } from '../defaults.ts';
import { elrAfterIsrChange, heldField } from '../versions/rules.ts';
import type { Events } from '../handlers/context.ts';
import type { FollowerReplica, PartitionReplication, SimState, TopicState } from '../types.ts';
import { completeAcks } from '../producer/requests.ts';
import { maybeAdvanceHighWatermark } from './high-watermark.ts';
import { isRunning } from './leader-and-isr.ts';
import { canReplicate } from './settle.ts';
import { withFollower, withPartition } from './partition-state.ts';
import { type Draft, isOwned, own } from '../transient.ts';
import { copyFromLeader, divergenceOffset, truncateTo } from './replica-log.ts';

// Followers copy the leader by fetching (ReplicaFetcherThread). The model runs a fetch round for
// every follower at most replica.fetch.wait.max.ms (500 ms) apart, on a grid from time 0, and never
// inside the step that produced, so a lesson can stop between the leader's append and the copy.
// In a round each follower, in assignment order: checks its log against the leader's epochs and
// truncates where they diverge; tells the leader its log end offset (which may move the high
// watermark and bring it back into the ISR); then appends what the leader has past it and learns
// the high watermark. After the fetches the leader drops followers that have not caught up for
// replica.lag.time.max.ms (Partition.maybeShrinkIsr; Kafka checks every half of it, the model at
// every round).

function epochStartOffset(topic: TopicState, p: number, replication: PartitionReplication): number {
  const log = topic.partitions[p]!;
  return log.leaderEpochs.find((e) => e.epoch === replication.leaderEpoch)?.startOffset ?? log.logEndOffset;
}

function fetchOnce(state: SimState, topicName: string, p: number, broker: number, events: Events, deferred: Set<string>): SimState {
  let topic = state.topics[topicName]!;
  let replication = topic.replication[p]!;
  const was: FollowerReplica = replication.followers[broker]!;
  const leaderLog = topic.partitions[p]!;
  let log = was.log;
  if (was.validatedEpoch !== replication.leaderEpoch) {
    const cut = divergenceOffset(log, leaderLog, state.time);
    if (cut !== undefined) {
      events.push({ type: 'logTruncated', at: state.time, topic: topicName, partition: p, broker, from: cut, to: log.logEndOffset });
      log = truncateTo(log, cut, state.time);
    }
  }
  // The leader's side of the fetch: Replica.updateFetchStateOrThrow.
  const fetchOffset = log.logEndOffset;
  const leaderEnd = leaderLog.logEndOffset;
  let lastCaughtUpAt = was.lastCaughtUpAt;
  if (fetchOffset >= leaderEnd) lastCaughtUpAt = Math.max(lastCaughtUpAt, state.time);
  else if (fetchOffset >= was.lastFetchLeaderLogEndOffset) lastCaughtUpAt = Math.max(lastCaughtUpAt, was.lastFetchAt);
  // One new follower object per fetch; the copied records below go into it in place (own).
  const follower: FollowerReplica = own({
    ...was, log, validatedEpoch: replication.leaderEpoch, fetchOffset, lastFetchAt: state.time,
    lastFetchLeaderLogEndOffset: Math.max(leaderEnd, was.lastFetchLeaderLogEndOffset), lastCaughtUpAt,
  });
  replication = withFollower(replication, follower);
  // Partition.isFollowerInSync: back into the ISR once it has the high watermark and this epoch's start.
  if (!replication.isr.includes(broker) && fetchOffset >= leaderLog.highWatermark && fetchOffset >= epochStartOffset(topic, p, replication)) {
    replication = { ...replication, isr: [...replication.isr, broker], ...elrAfterIsrChange(state, topic, replication, [...replication.isr, broker]) };
    events.push({ type: 'isrExpanded', at: state.time, topic: topicName, partition: p, added: broker, isr: [...replication.isr] });
  }
  let next = withPartition(state, topicName, p, undefined, replication);
  next = maybeAdvanceHighWatermark(next, topicName, p, events, deferred);
  // The response: records past the follower's end and the leader's high watermark.
  topic = next.topics[topicName]!;
  replication = topic.replication[p]!;
  const leaderNow = topic.partitions[p]!;
  const before = follower.log;
  const copied = copyFromLeader(before, leaderNow, topic.config, next.time);
  if (copied === before) return next;
  if (copied.logEndOffset !== before.logEndOffset || copied.highWatermark !== before.highWatermark) {
    events.push({ type: 'replicaFetched', at: next.time, topic: topicName, partition: p, broker, from: before.logEndOffset, to: copied.logEndOffset, highWatermark: copied.highWatermark });
  }
  const current = replication.followers[broker]!;
  if (isOwned(current)) {
    (current as Draft<FollowerReplica>).log = copied;
    return next;
  }
  return withPartition(next, topicName, p, undefined, withFollower(replication, { ...current, log: copied }));
}

/** Replica.isCaughtUp, from the leader's side. */
function isCaughtUp(follower: FollowerReplica | undefined, leaderEnd: number, now: number): boolean {
  if (!follower) return false;
  return follower.fetchOffset === leaderEnd || now - follower.lastCaughtUpAt <= KAFKA_DEFAULTS.replicaLagTimeMaxMs;
}

function shrinkIsr(state: SimState, topicName: string, p: number, events: Events, deferred: Set<string>): SimState {
  const topic = state.topics[topicName]!;
  const replication = topic.replication[p]!;
  const leaderEnd = topic.partitions[p]!.logEndOffset;
  const removed = replication.isr.filter((b) => b !== replication.leader && !isCaughtUp(replication.followers[b], leaderEnd, state.time));
  if (removed.length === 0) return state;
  const isr = replication.isr.filter((b) => !removed.includes(b));
  events.push({ type: 'isrShrunk', at: state.time, topic: topicName, partition: p, removed, isr: [...isr], reason: 'lagging', ...heldField(state, topic, isr.length) });
  const next = withPartition(state, topicName, p, undefined, { ...replication, isr, ...elrAfterIsrChange(state, topic, replication, isr) });
  return maybeAdvanceHighWatermark(next, topicName, p, events, deferred);
}

/**
 * A follower with nothing to fetch, learn or check: a round would change nothing for it but the
 * time of its last fetch, which settleSkippedRounds credits before anything changes the partition.
 */
function isLevel(follower: FollowerReplica | undefined, replication: PartitionReplication, leaderLog: TopicState['partitions'][number]): boolean {
  if (!follower || follower.validatedEpoch !== replication.leaderEpoch || !replication.isr.includes(follower.broker)) return false;
  const log = follower.log;
  return follower.fetchOffset === log.logEndOffset && log.logEndOffset === leaderLog.logEndOffset
    && log.highWatermark === Math.min(leaderLog.highWatermark, log.logEndOffset) && log.logStartOffset >= Math.min(leaderLog.logStartOffset, log.logEndOffset);
}

/** One fetch round over every replicated partition whose leader is running. */
export function replicationRound(state: SimState, events: Events): SimState {
  let next = state;
  const moved = new Set<string>();
  for (const topic of Object.values(state.topics)) {
    if (topic.config.replicationFactor < 2) continue;
    topic.replication.forEach((replication, p) => {
      const leader = replication.leader;
      if (leader === undefined || !isRunning(next, leader)) return;
      for (const broker of replication.replicas) {
        if (broker === leader || !canReplicate(next, leader, broker)) continue;
        const current = next.topics[topic.name]!;
        if (isLevel(current.replication[p]!.followers[broker], current.replication[p]!, current.partitions[p]!)) continue;
        next = fetchOnce(next, topic.name, p, broker, events, moved);
      }
      next = shrinkIsr(next, topic.name, p, events, moved);
    });
  }
  return moved.size === 0 ? next : completeAcks(next, moved, events);
}

function gridAfter(time: number): number {
  const interval = KAFKA_DEFAULTS.replicaFetchWaitMaxMs;
  return (Math.floor(time / interval) + 1) * interval;
}

/**
 * The next round that would change something: a follower with records, a high watermark or an
 * epoch check to catch up on, or an in-sync follower about to pass replica.lag.time.max.ms.
 * Infinity when replication is quiet, so a long advance costs nothing.
 */
export function nextReplicationRoundAt(state: SimState): number {
  const soon = gridAfter(state.time);
  let earliest = Number.POSITIVE_INFINITY;
  for (const topic of Object.values(state.topics)) {
    if (topic.config.replicationFactor < 2) continue;
    for (let p = 0; p < topic.replication.length; p++) {
      const replication = topic.replication[p]!;
      const leader = replication.leader;
      if (leader === undefined || !isRunning(state, leader)) continue;
      const log = topic.partitions[p]!;
      for (const broker of replication.replicas) {
        if (broker === leader) continue;
        const follower = replication.followers[broker];
        if (follower && canReplicate(state, leader, broker)) {
          const behind = follower.log.logEndOffset !== log.logEndOffset || follower.fetchOffset !== follower.log.logEndOffset
            || follower.log.highWatermark !== Math.min(log.highWatermark, follower.log.logEndOffset) || follower.validatedEpoch !== replication.leaderEpoch
            || follower.log.logStartOffset < Math.min(log.logStartOffset, follower.log.logEndOffset);
          if (behind) return soon;
        }
        if (replication.isr.includes(broker) && follower?.fetchOffset !== log.logEndOffset) {
          const due = gridAfter((follower?.lastCaughtUpAt ?? state.time) + KAFKA_DEFAULTS.replicaLagTimeMaxMs);
          earliest = Math.min(earliest, Math.max(due, soon));
        }
      }
    }
  }
  return earliest;
}
