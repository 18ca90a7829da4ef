import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { Events } from '../handlers/context.ts';
import { fenceBroker } from '../handlers/brokers.ts';
import { fireRequestTimer, requestDeadline } from '../producer/requests.ts';
import type { ProduceRequest, SimState } from '../types.ts';
import { balanceLeaders, nextLeaderBalanceAt } from './controller.ts';
import { nextReplicationRoundAt, replicationRound } from './fetch.ts';

// The cluster's timers for advanceTime: a crashed broker's session expiring, fetch rounds, and
// producers' retries and timeouts. Each reports only its next useful moment, so quiet stretches of
// model time are skipped over.

export type ClusterTimer =
  | { at: number; kind: 'broker-fence'; broker: number }
  | { at: number; kind: 'replica-fetch' }
  | { at: number; kind: 'leader-balance' }
  | { at: number; kind: 'producer'; producer: string; request: number };

export function clusterTimers(state: SimState, until: number): ClusterTimer[] {
  const due: ClusterTimer[] = [];
  for (const broker of state.brokers) {
    if (broker.status !== 'crashed') continue;
    const at = (broker.crashedAt ?? state.time) + KAFKA_DEFAULTS.brokerSessionTimeoutMs;
    if (at <= until) due.push({ at: Math.max(at, state.time), kind: 'broker-fence', broker: broker.id });
  }
  // One timer per producer, its earliest: thousands of requests may wait for one fetch round.
  for (const producer of Object.values(state.producers)) {
    let first: { at: number; request: number } | undefined;
    const consider = (request: ProduceRequest) => {
      const at = requestDeadline(producer, request);
      if (at <= until && (!first || at < first.at)) first = { at, request: request.id };
    };
    for (const request of producer.queued) consider(request);
    // Sent requests are in id (so send() time) order, and none is due before its creation plus the
    // shorter of request.timeout.ms and delivery.timeout.ms: the scan can stop early.
    const soonest = Math.min(KAFKA_DEFAULTS.requestTimeoutMs, producer.deliveryTimeoutMs);
    for (const request of producer.inFlight) {
      if (request.createdAt + soonest > until || (first && request.createdAt + soonest >= first.at)) break;
      consider(request);
    }
    if (first) due.push({ at: Math.max(first.at, state.time), kind: 'producer', producer: producer.id, request: first.request });
  }
  const round = nextReplicationRoundAt(state);
  if (round <= until) due.push({ at: round, kind: 'replica-fetch' });
  const balance = nextLeaderBalanceAt(state);
  if (balance <= until) due.push({ at: balance, kind: 'leader-balance' });
  return due;
}

export function fireClusterTimer(state: SimState, timer: ClusterTimer, events: Events): SimState {
  switch (timer.kind) {
    case 'broker-fence': return fenceBroker(state, timer.broker, events);
    case 'replica-fetch': return replicationRound(state, events);
    case 'leader-balance': return balanceLeaders(state, events);
    case 'producer': return fireRequestTimer(state, timer.producer, timer.request, events);
    default: {
      const never: never = timer;
      throw new Error(`unknown timer ${JSON.stringify(never)}`);
    }
  }
}
