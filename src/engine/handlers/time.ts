import type { AdvanceTimeCommand } from '../commands.ts';
import { leaveForPollTimeout } from '../groups/membership.ts';
import { rebalance } from '../groups/rebalance.ts';
import { applyRetention } from '../log/retention.ts';
import { type ClusterTimer, clusterTimers, fireClusterTimer } from '../replication/timers.ts';
import { segmentEndOffset } from '../log/partition-log.ts';
import type { SimState, TopicState } from '../types.ts';
import { isConsumerProtocol } from '../groups/consumer-protocol/coordinator.ts';
import { type ConsumerProtocolTimer, fireConsumerProtocolTimer, pushConsumerProtocolTimers } from '../groups/consumer-protocol/timers.ts';
import { type Events, type HandlerResult, withGroup, withTopic, withoutKey } from './context.ts';

// Time moves in jumps between due timers, in order: poll timeouts, expired sessions, retention checks.
// Auto-commit is not a timer here: it happens inside poll() (groups/auto-commit.ts).
// A timer that would change nothing is skipped over, so advancing a year costs no more than a minute.

type Due = { at: number; kind: 'poll-timeout' | 'session-expiry'; consumer: string } | { at: number; kind: 'retention' } | ClusterTimer | ConsumerProtocolTimer;

function dueTimers(state: SimState, until: number): Due[] {
  const due: Due[] = [];
  for (const consumer of Object.values(state.consumers)) {
    // KIP-848 members have their own timers (groups/consumer-protocol/timers.ts).
    if (isConsumerProtocol(consumer)) { pushConsumerProtocolTimers(state, consumer, until, due); continue; }
    if (consumer.status === 'crashed') {
      // A process that died before joining has no session to expire: it waits for restartConsumer.
      if (!state.groups[consumer.group]?.members.includes(consumer.id)) continue;
      const at = (consumer.crashedAt ?? state.time) + consumer.sessionTimeoutMs;
      if (at <= until) due.push({ at, kind: 'session-expiry', consumer: consumer.id });
    } else if (consumer.membership === 'joined' && consumer.lastPollAt + consumer.maxPollIntervalMs <= until) {
      // HeartbeatThread.run: pollTimeoutExpired once max.poll.interval.ms has passed since the last poll()
      due.push({ at: Math.max(state.time, consumer.lastPollAt + consumer.maxPollIntervalMs), kind: 'poll-timeout', consumer: consumer.id });
    }
  }
  if (state.nextRetentionCheckAt <= until) due.push({ at: Math.max(state.time, state.nextRetentionCheckAt), kind: 'retention' });
  due.push(...clusterTimers(state, until));
  // At one moment: the controller fences first, then fetches, then clients, then retention.
  const rank = { 'broker-fence': 0, 'leader-balance': 1, 'replica-fetch': 2, producer: 3, 'poll-timeout': 4, 'session-expiry': 5, 'cg-poll-timeout': 4, 'cg-session-expiry': 5, 'cg-heartbeat': 6, retention: 7 } as const;
  return due.sort((a, b) => a.at - b.at || rank[a.kind] - rank[b.kind]);
}

function runRetentionCheck(state: SimState, events: Events): SimState {
  let next = state;
  events.push({ type: 'retentionChecked', at: state.time });
  for (const topic of Object.values(state.topics)) {
    let changed: TopicState | undefined;
    topic.partitions.forEach((log, p) => {
      const outcomes = applyRetention(log, topic.config, state.time);
      if (outcomes.length === 0) return;
      const partitions = (changed ?? topic).partitions.slice();
      for (const outcome of outcomes) {
        if (outcome.rolledAt !== undefined) {
          events.push({ type: 'segmentRolled', at: state.time, topic: topic.name, partition: p, baseOffset: outcome.rolledAt, reason: 'retention' });
        }
        events.push({ type: 'segmentsDeleted', at: state.time, topic: topic.name, partition: p, reason: outcome.reason, segments: outcome.deleted, logStartOffset: outcome.log.logStartOffset });
        partitions[p] = outcome.log;
      }
      changed = { ...topic, partitions };
    });
    if (changed) next = withTopic(next, changed);
  }
  return next;
}

/**
 * The earliest model time at which a retention check could delete anything, given the logs as they
 * are: Infinity when nothing can go until something else changes (an append, or the high watermark
 * moving). Deletion walks segments oldest first and stops at the high watermark
 * (UnifiedLog.deleteOldSegments: upper bound <= highWatermark), so only the oldest segment matters,
 * and an oldest segment that reaches past the high watermark blocks both rules.
 */
export function retentionUsefulAt(state: SimState): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const topic of Object.values(state.topics)) {
    const { retentionMs, retentionBytes } = topic.config;
    if (retentionMs < 0 && retentionBytes < 0) continue;
    for (const log of topic.partitions) {
      const oldest = log.sealed.first() ?? log.active;
      if (oldest.bytes === 0 || segmentEndOffset(oldest) > log.highWatermark) continue;
      // retention.bytes: the oldest segment goes once what remains is still at least retention.bytes.
      if (retentionBytes >= 0 && log.bytes - oldest.bytes >= retentionBytes) return state.time;
      if (retentionMs >= 0) earliest = Math.min(earliest, oldest.largestTimestamp + retentionMs + 1);
    }
  }
  return earliest;
}

/** The first check on the interval grid (multiples of log.retention.check.interval.ms) at or after `t`. */
function gridAtOrAfter(state: SimState, t: number): number {
  const interval = state.broker.retentionCheckIntervalMs;
  return Math.ceil(t / interval) * interval;
}

/**
 * The next check worth running from `from` on: the first grid moment at which retention could
 * delete, or else the first after the advance, since appends after it may make the very next
 * regular check useful. Checks that would delete nothing are skipped, and are re-planned whenever
 * a cluster timer may have moved a high watermark or appended (see advanceTime).
 */
function nextUsefulRetentionCheck(state: SimState, from: number, until: number): number {
  const afterAdvance = gridAtOrAfter(state, Math.max(from, until + 1));
  const useful = retentionUsefulAt(state);
  if (!Number.isFinite(useful)) return afterAdvance;
  return Math.min(gridAtOrAfter(state, Math.max(from, useful)), afterAdvance);
}

export function advanceTime(state: SimState, command: AdvanceTimeCommand, events: Events): HandlerResult {
  const from = state.time;
  const until = from + command.ms;
  let next = state;
  for (;;) {
    const timer = dueTimers(next, until)[0];
    if (!timer) break;
    next = { ...next, time: timer.at };
    if (timer.kind === 'retention') {
      next = runRetentionCheck(next, events);
      next = { ...next, nextRetentionCheckAt: nextUsefulRetentionCheck(next, next.time + 1, until) };
    } else if (timer.kind === 'broker-fence' || timer.kind === 'replica-fetch' || timer.kind === 'leader-balance' || timer.kind === 'producer') {
      next = fireClusterTimer(next, timer, events);
      // A fetch round may move a high watermark, a producer's retry may append, a failover may
      // change leaders: each can make retention useful sooner, or later.
      next = { ...next, nextRetentionCheckAt: nextUsefulRetentionCheck(next, next.time, until) };
    } else if (timer.kind === 'cg-heartbeat' || timer.kind === 'cg-session-expiry' || timer.kind === 'cg-poll-timeout') {
      next = fireConsumerProtocolTimer(next, timer, events);
    } else if (timer.kind === 'poll-timeout') {
      next = leaveForPollTimeout(next, timer.consumer, events);
    } else {
      const consumer = next.consumers[timer.consumer]!;
      const group = next.groups[consumer.group]!;
      events.push({ type: 'memberExpired', at: next.time, consumer: consumer.id, group: group.id, reason: 'session-timeout' });
      next = withGroup({ ...next, consumers: withoutKey(next.consumers, consumer.id) }, { ...group, members: group.members.filter((m) => m !== consumer.id) });
      next = rebalance(next, group.id, 'session-timeout', events);
    }
  }
  events.push({ type: 'timeAdvanced', at: until, from, to: until });
  return { ...next, time: until };
}
