import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { Events } from '../handlers/context.ts';
import { fenceBroker } from '../handlers/brokers.ts';
import { fireTransactionTimers } from '../handlers/transactions.ts';
import { nextTransactionTimerAt } from '../transactions/coordinator.ts';
import { drainDueBatches } from '../producer/accumulator.ts';
import { nextBatchDue } from '../producer/open-batches.ts';
import { fireRequestTimers, requestDeadline } from '../producer/requests.ts';
import type { SimState } from '../types.ts';
import { balanceLeaders, nextLeaderBalanceAt } from './controller.ts';
import { nextReplicationRoundAt, replicationRound } from './fetch.ts';

// The cluster's timers for advanceTime: a crashed broker's session expiring, fetch rounds, and
// producers' retries and timeouts. Each reports only its next useful moment, so quiet stretches of
// model time are skipped over.

export type ClusterTimer =
  | { at: number; kind: 'broker-fence'; broker: number }
  | { at: number; kind: 'replica-fetch' }
  | { at: number; kind: 'leader-balance' }
  | { at: number; kind: 'producer' }
  | { at: number; kind: 'transactions' };

export function clusterTimers(state: SimState, until: number): ClusterTimer[] {
  const due: ClusterTimer[] = [];
  for (const broker of state.brokers) {
    if (broker.status !== 'crashed') continue;
    const at = (broker.crashedAt ?? state.time) + KAFKA_DEFAULTS.brokerSessionTimeoutMs;
    if (at <= until) due.push({ at: Math.max(at, state.time), kind: 'broker-fence', broker: broker.id });
  }
  // One timer for all producers, at the earliest moment any request needs attention: records
  // that failed together come due together, and one firing handles them all.
  let first: number | undefined;
  for (const producer of Object.values(state.producers)) {
    // linger.ms: an open batch is due linger.ms after its first record (RecordAccumulator.batchReady).
    const batchDue = nextBatchDue(producer);
    if (batchDue !== undefined && batchDue <= until && (first === undefined || batchDue < first)) first = batchDue;
    for (const request of producer.queued) {
      const at = requestDeadline(producer, request);
      if (at <= until && (first === undefined || at < first)) first = at;
    }
    // Sent requests are in id (so send() time) order, and none is due before its creation plus the
    // shorter of request.timeout.ms and delivery.timeout.ms: the scan can stop early.
    const soonest = Math.min(KAFKA_DEFAULTS.requestTimeoutMs, producer.deliveryTimeoutMs);
    for (const request of producer.inFlight) {
      if (request.createdAt + soonest > until || (first !== undefined && request.createdAt + soonest >= first)) break;
      const at = requestDeadline(producer, request);
      if (at <= until && (first === undefined || at < first)) first = at;
    }
  }
  if (first !== undefined) due.push({ at: Math.max(first, state.time), kind: 'producer' });
  const round = nextReplicationRoundAt(state);
  if (round <= until) due.push({ at: round, kind: 'replica-fetch' });
  const balance = nextLeaderBalanceAt(state);
  if (balance <= until) due.push({ at: balance, kind: 'leader-balance' });
  const transactions = nextTransactionTimerAt(state);
  if (transactions <= until) due.push({ at: transactions, kind: 'transactions' });
  return due;
}

export function fireClusterTimer(state: SimState, timer: ClusterTimer, events: Events): SimState {
  switch (timer.kind) {
    case 'broker-fence': return fenceBroker(state, timer.broker, events);
    case 'replica-fetch': return replicationRound(state, events);
    case 'leader-balance': return balanceLeaders(state, events);
    case 'producer': {
      let next = state;
      // Batches whose linger.ms has passed go first: they were waiting before any retry came due.
      for (const id of Object.keys(state.producers)) next = fireRequestTimers(drainDueBatches(next, id, events), id, events);
      return next;
    }
    case 'transactions': return fireTransactionTimers(state, events);
    default: {
      const never: never = timer;
      throw new Error(`unknown timer ${JSON.stringify(never)}`);
    }
  }
}
