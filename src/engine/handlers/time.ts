import type { AdvanceTimeCommand } from '../commands.ts';
import { leaveForPollTimeout } from '../groups/membership.ts';
import { rebalance } from '../groups/rebalance.ts';
import { isCompacted } from '../log/cleaner.ts';
import { cleanerInputs, type IdleCleanerPass, nextCleanerPassAt, runCleanerPass } from '../log/cleaner-pass.ts';
import { retentionOf, retentionUsefulFor } from '../log/retention-run.ts';
import { awaitingJoin, rebalanceTimedOut } from '../groups/join-barrier.ts';
import { commitRetryAt, retryCommitSync } from '../groups/commit-sync.ts';
import { type ClusterTimer, clusterTimers, fireClusterTimer } from '../replication/timers.ts';
import type { SimState } from '../types.ts';
import { type Events, type HandlerResult, withGroup, withoutKey } from './context.ts';
import { isConsumerProtocol } from '../groups/consumer-protocol/coordinator.ts';
import { type ConsumerProtocolTimer, fireConsumerProtocolTimer, pushConsumerProtocolTimers } from '../groups/consumer-protocol/timers.ts';
import { nextMetadataRefreshAt, refreshDueClients } from '../clients/metadata.ts';

// Time moves in jumps between due timers, in order: poll timeouts, expired sessions, clients' metadata refreshes, retention checks,
// log cleaner passes (log/cleaner-pass.ts; never inside a produce).
// Auto-commit is not a timer here: it happens inside poll() (groups/auto-commit.ts).
// A timer that would change nothing is skipped over, so advancing a year costs no more than a minute.

type Due = { at: number; kind: 'poll-timeout' | 'session-expiry' | 'commit-retry'; consumer: string } | { at: number; kind: 'rebalance-timeout'; group: string } | { at: number; kind: 'retention' } | { at: number; kind: 'cleaner' } | { at: number; kind: 'metadata' } | ClusterTimer | ConsumerProtocolTimer;

/** `cleanerFrom`: the first moment a cleaner pass may run (after the advance's start, after the last pass); `after`: the advance's start. */
function dueTimers(state: SimState, until: number, cleanerFrom: number, after: number, idle?: IdleCleanerPass): Due[] {
  const due: Due[] = [];
  for (const consumer of Object.values(state.consumers)) {
    const retryAt = commitRetryAt(consumer);
    if (retryAt !== undefined && retryAt <= until) due.push({ at: Math.max(state.time, retryAt), kind: 'commit-retry', consumer: consumer.id });
    // KIP-848 members have their own timers (groups/consumer-protocol/timers.ts).
    if (isConsumerProtocol(consumer)) { pushConsumerProtocolTimers(state, consumer, until, due); continue; }
    if (consumer.status === 'crashed') {
      // A process that died before joining has no session to expire: it waits for restartConsumer.
      if (!state.groups[consumer.group]?.members.includes(consumer.id)) continue;
      const at = (consumer.crashedAt ?? state.time) + consumer.sessionTimeoutMs;
      if (at <= until) due.push({ at, kind: 'session-expiry', consumer: consumer.id });
    } else if (consumer.membership === 'joined' && consumer.lastPollAt + consumer.maxPollIntervalMs <= until && !awaitingJoin(state, consumer)) {
      // HeartbeatThread.run: pollTimeoutExpired once max.poll.interval.ms has passed since the last poll()
      due.push({ at: Math.max(state.time, consumer.lastPollAt + consumer.maxPollIntervalMs), kind: 'poll-timeout', consumer: consumer.id });
    }
  }
  // ClassicGroup's DelayedJoin: the join barrier gives up on missing members at the rebalance timeout.
  for (const group of Object.values(state.groups)) {
    if (group.rebalance && group.rebalance.deadline <= until) due.push({ at: Math.max(state.time, group.rebalance.deadline), kind: 'rebalance-timeout', group: group.id });
  }
  if (state.nextRetentionCheckAt <= until) due.push({ at: Math.max(state.time, state.nextRetentionCheckAt), kind: 'retention' });
  due.push(...clusterTimers(state, until));
  const pass = nextCleanerPassAt(state, Math.max(cleanerFrom, state.time), idle);
  if (pass !== undefined && pass <= until) due.push({ at: pass, kind: 'cleaner' });
  // Clients' metadata refreshes (clients/metadata.ts), only those that would learn new partitions;
  // like cleaner passes they fall in (from, until]: partition counts only change between advances.
  const refresh = nextMetadataRefreshAt(state, Math.max(after + 1, state.time));
  if (refresh <= until) due.push({ at: refresh, kind: 'metadata' });
  // At one moment: the controller fences first, then fetches, then clients, then retention, then the cleaner.
  const rank = { 'broker-fence': 0, 'leader-balance': 1, 'replica-fetch': 2, metadata: 2.5, producer: 3, transactions: 3.5, 'commit-retry': 4, 'poll-timeout': 5, 'session-expiry': 6, 'cg-poll-timeout': 5, 'cg-session-expiry': 6, 'cg-heartbeat': 6.5, 'rebalance-timeout': 7, retention: 8, cleaner: 9 } as const;
  return due.sort((a, b) => a.at - b.at || rank[a.kind] - rank[b.kind]);
}

function runRetentionCheck(state: SimState, events: Events): SimState {
  let next = state;
  events.push({ type: 'retentionChecked', at: state.time });
  // LogManager.cleanupLogs leaves compacted logs to the log cleaner (pauseCleaningForNonCompactedPartitions).
  for (const topic of Object.values(state.topics)) if (!isCompacted(topic.config)) next = retentionOf(next, topic, events);
  return next;
}

/** The earliest model time at which a retention check could delete anything (see retentionUsefulFor); Infinity when nothing. */
export function retentionUsefulAt(state: SimState): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const topic of Object.values(state.topics)) {
    if (isCompacted(topic.config)) continue;
    earliest = Math.min(earliest, retentionUsefulFor(topic, state.time));
    if (earliest <= state.time) return earliest;
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
  // Passes fall in (from, until]: one at `from` belonged to the advance that ended there.
  let cleanerFrom = from + 1;
  let idle: IdleCleanerPass | undefined;
  for (;;) {
    const timer = dueTimers(next, until, cleanerFrom, from, idle)[0];
    if (!timer) break;
    next = { ...next, time: timer.at };
    if (timer.kind === 'cleaner') {
      const before = next.topics;
      const told = events.length;
      next = runCleanerPass(next, events);
      cleanerFrom = timer.at + 1;
      // A pass that changed something says so (logCleaned, segmentsDeleted).
      idle = next.topics === before && events.length === told ? { at: timer.at, inputs: cleanerInputs(next) } : undefined;
    } else if (timer.kind === 'metadata') {
      next = refreshDueClients(next, events);
    } else if (timer.kind === 'retention') {
      next = runRetentionCheck(next, events);
      next = { ...next, nextRetentionCheckAt: nextUsefulRetentionCheck(next, next.time + 1, until) };
    } else if (timer.kind === 'broker-fence' || timer.kind === 'replica-fetch' || timer.kind === 'leader-balance' || timer.kind === 'producer' || timer.kind === 'transactions') {
      next = fireClusterTimer(next, timer, events);
      // A fetch round may move a high watermark, a producer's retry may append, a failover may
      // change leaders: each can make retention useful sooner, or later.
      next = { ...next, nextRetentionCheckAt: nextUsefulRetentionCheck(next, next.time, until) };
    } else if (timer.kind === 'commit-retry') {
      next = retryCommitSync(next, timer.consumer, events);
    } else if (timer.kind === 'rebalance-timeout') {
      next = rebalanceTimedOut(next, timer.group, events);
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
