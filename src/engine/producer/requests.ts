import { producedEvent } from './record-builders.ts';
import { AppendVec } from '../append-vec.ts';
import { effectiveMinIsr } from '../versions/rules.ts';
import { KAFKA_DEFAULTS, SIM_LIMITS } from '../defaults.ts';
import type { Events } from '../handlers/context.ts';
import { appendRecord } from '../log/partition-log.ts';
import { isRunning, leaderAvailable } from '../replication/leader-and-isr.ts';
import { settleSkippedRounds } from '../replication/settle.ts';
import { withPartition } from '../replication/partition-state.ts';
import { eventsUnread } from '../unread-events.ts';
import { type ProduceRequest, type ProducerState, type SimState } from '../types.ts';
import { noteTransactionalRecord, sequenceKey, transactionalAppendRefusal } from '../transactions/partition-txns.ts';
import { refreshProducerMetadata } from '../clients/metadata.ts';

// A produce request's life (one record per request, linger.ms = 0), as the Java producer's Sender
// and the leader's ReplicaManager.appendRecords play it out:
// sent to the partition's leader -> refused with a retriable error, or appended -> acknowledged per
// acks (0: never, 1: at the leader's append, all: once the high watermark passes it) -> retried
// after retry.backoff.ms on an error or after request.timeout.ms without a response, until
// delivery.timeout.ms since the send() call, when it fails for good.

import type { ProduceErrorName as ProduceError } from '../events.ts';

function withProducer(state: SimState, producer: ProducerState): SimState {
  return { ...state, producers: { ...state.producers, [producer.id]: producer } };
}

/**
 * Files a request where its status puts it: `queued` (not sent) or `inFlight` (sent, awaiting a
 * response), both in id order; `keep` false drops it. A brand-new request skips the search.
 */
function store(state: SimState, producerId: string, request: ProduceRequest, keep: boolean, isNew = false): SimState {
  const producer = state.producers[producerId];
  if (!producer) return state;
  // The common case, a new request sent and waiting: an O(1) append.
  if (isNew && keep && request.status !== 'queued') return withProducer(state, { ...producer, inFlight: producer.inFlight.push(request) });
  let queued = producer.queued;
  let sent = producer.inFlight.toArray();
  let sentChanged = false;
  if (!isNew) {
    const q = queued.findIndex((r) => r.id === request.id);
    if (q >= 0) queued = queued.filter((_, i) => i !== q);
    else {
      const f = sent.findIndex((r) => r.id === request.id);
      if (f >= 0) {
        sent = sent.filter((_, i) => i !== f);
        sentChanged = true;
      } else if (!keep) return state;
    }
  }
  if (keep) {
    const target = request.status === 'queued' ? queued : sent;
    const at = target.length === 0 || target[target.length - 1]!.id < request.id ? target.length : target.findIndex((r) => r.id > request.id);
    const placed = [...target.slice(0, at), request, ...target.slice(at)];
    if (request.status === 'queued') queued = placed;
    else {
      sent = placed;
      sentChanged = true;
    }
  }
  return withProducer(state, { ...producer, queued, inFlight: sentChanged ? AppendVec.of(sent) : producer.inFlight });
}

/** Exponential backoff (KIP-580): retry.backoff.ms doubled per attempt up to retry.backoff.max.ms, without the jitter. */
export function retryBackoff(attempts: number): number {
  return Math.min(KAFKA_DEFAULTS.retryBackoffMs * 2 ** Math.max(0, attempts - 1), KAFKA_DEFAULTS.retryBackoffMaxMs);
}

function fail(state: SimState, producer: ProducerState, request: ProduceRequest, error: ProduceError, events: Events, isNew = false): SimState {
  events.push({
    type: 'produceFailed', at: state.time, producer: producer.id, topic: request.topic, partition: request.partition, requestId: request.id, error, attempts: request.attempts,
    ...(request.offset === undefined ? {} : { writtenAt: request.offset }),
  });
  const next = isNew ? state : store(state, producer.id, request, false);
  return producer.enableIdempotence && producer.queued.length > 0 ? sendReady(next, request.topic, request.partition, events, producer.id) : next;
}

/** A retriable error response: retry after the backoff, unless `retries` is spent. */
function retriable(state: SimState, producer: ProducerState, request: ProduceRequest, error: ProduceError, events: Events, isNew = false): SimState {
  const exhausted = request.attempts - 1 >= producer.retries;
  const retryAt = state.time + retryBackoff(request.attempts);
  if (exhausted || request.attempts <= SIM_LIMITS.maxNarratedRetries) {
    events.push({ type: 'produceErrored', at: state.time, producer: producer.id, topic: request.topic, partition: request.partition, requestId: request.id, error, ...(exhausted ? {} : { retryAt }) });
  }
  const { timeoutAt: _t, ...rest } = request;
  void _t;
  const next = exhausted ? fail(state, producer, request, error, events, isNew) : store(state, producer.id, { ...rest, status: 'queued', notBefore: retryAt, lastError: error }, true, isNew);
  // Sender.completeBatch: an InvalidMetadataException (NOT_LEADER_OR_FOLLOWER, NetworkException) makes the producer refresh its metadata.
  return error === 'NOT_LEADER_OR_FOLLOWER' || error === 'NETWORK_EXCEPTION' ? refreshProducerMetadata(next, producer.id, 'error', events) : next;
}

/** The leader's response says the record is in (acks=1: appended; all: committed). A lost response leaves it waiting. */
function succeed(state: SimState, producerId: string, request: ProduceRequest, duplicate: boolean, events: Events, isNew = false): SimState {
  const producer = state.producers[producerId]!;
  if (producer.loseNextAck) {
    events.push({ type: 'ackLost', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, offset: request.offset ?? -1, retryAt: request.timeoutAt! + retryBackoff(request.attempts) });
    const next = withProducer(state, { ...producer, loseNextAck: false });
    return store(next, producerId, { ...request, status: 'ack-lost' }, true, isNew);
  }
  events.push({ type: 'produceAcknowledged', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, offset: request.offset ?? -1, acks: producer.acks, attempts: request.attempts, duplicate });
  return isNew ? state : store(state, producerId, request, false);
}

/** An idempotent producer sends a partition's records in sequence order: an older unwritten one goes first. */
function blockedByEarlier(producer: ProducerState, request: ProduceRequest): boolean {
  if (!producer.enableIdempotence) return false;
  return producer.queued.some((r) => r.id < request.id && r.topic === request.topic && r.partition === request.partition);
}

/** Sends (or re-sends) a request to the partition's current leader and applies the answer. */
export function send(state: SimState, producerId: string, request: ProduceRequest, events: Events, isNew = false): SimState {
  const producer = state.producers[producerId]!;
  const topic = state.topics[request.topic];
  if (!topic) return store(state, producerId, request, false);
  if (blockedByEarlier(producer, request)) {
    if (isNew) events.push({ type: 'produceWaiting', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, reason: 'ordering' });
    const { notBefore: _n, ...rest } = request;
    void _n;
    return store(state, producerId, { ...rest, status: 'queued' }, true, isNew);
  }
  const replication = topic.replication[request.partition]!;
  const leader = replication.leader;
  // No live leader known: the batch waits in the accumulator for metadata.
  if (leader === undefined || !isRunning(state, leader)) {
    const { notBefore: _n, timeoutAt: _t, ...rest } = request;
    void _n; void _t;
    if (isNew) events.push({ type: 'produceWaiting', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, reason: 'no-leader' });
    return store(state, producerId, { ...rest, status: 'queued' }, true, isNew);
  }
  // Rest destructuring is V8's slow path: a first send (no retry wait) has nothing to drop.
  const sendable = request.notBefore === undefined ? request : (({ notBefore: _wait, ...rest }) => rest)(request);
  const attempt: ProduceRequest = { ...sendable, attempts: request.attempts + 1, broker: leader, timeoutAt: state.time + KAFKA_DEFAULTS.requestTimeoutMs, status: 'queued' };
  if (attempt.attempts > 1 && attempt.attempts - 1 <= SIM_LIMITS.maxNarratedRetries) {
    events.push({ type: 'produceRetried', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, attempt: attempt.attempts - 1, broker: leader });
  }
  const acksAll = producer.acks === 'all';
  // Partition.appendRecordsToLeader: acks=all needs min.insync.replicas in the ISR before appending.
  if (acksAll && replication.isr.length < effectiveMinIsr(state, topic)) {
    return retriable(state, producer, attempt, 'NOT_ENOUGH_REPLICAS', events, isNew);
  }
  // A transactional batch from a zombie, or for a transaction that already ended, is refused.
  const refused = transactionalAppendRefusal(state, producer, request.topic, request.partition);
  if (refused !== undefined) return fail(state, producer, attempt, refused, events, isNew);
  let next = topic.config.replicationFactor > 1 ? settleSkippedRounds(state, { topic: topic.name, partition: request.partition }) : state;
  const log = topic.partitions[request.partition]!;
  let duplicate = false;
  const pid = sequenceKey(producer);
  const known = attempt.sequence === undefined ? undefined : log.producerStates[pid];
  if (known && attempt.sequence !== undefined && attempt.sequence <= known.lastSequence) {
    // ProducerStateManager: a batch already written; answer with its offset, write nothing. Older
    // than the 5 batches it remembers, the leader answers DUPLICATE_SEQUENCE_NUMBER and the producer
    // (Sender.completeBatch) takes it as success without an offset.
    const original = known.recent.find((b) => b.sequence === attempt.sequence);
    if (original) attempt.offset = original.offset;
    else delete attempt.offset;
    duplicate = true;
    events.push({ type: 'duplicateDropped', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, sequence: attempt.sequence, ...(original ? { offset: original.offset } : {}) });
  } else {
    const aloneInIsr = replication.isr.length === 1 && replication.isr[0] === leader;
    const appended = appendRecord(log, topic.config, state.time, request.key, request.value, producerId, request.size, attempt.sequence, aloneInIsr, pid);
    if (appended.rolled) events.push({ type: 'segmentRolled', at: state.time, topic: topic.name, partition: request.partition, baseOffset: appended.rolled.baseOffset, reason: appended.rolled.reason });
    attempt.offset = appended.record.offset;
    if (producer.transactional !== undefined) next = noteTransactionalRecord(next, producer, appended.record, topic.name, request.partition);
    events.push(producedEvent(state.time, producerId, request, attempt.offset!, attempt.attempts - 1));
    if (aloneInIsr && topic.config.replicationFactor > 1) {
      events.push({ type: 'highWatermarkAdvanced', at: state.time, topic: topic.name, partition: request.partition, broker: leader, from: log.highWatermark, to: appended.log.highWatermark });
    }
    next = withPartition(next, topic.name, request.partition, appended.log, undefined);
  }
  next = respondIfDone(next, producerId, attempt, duplicate, events, isNew);
  // The next record in sequence may have been waiting for this one.
  return producer.enableIdempotence && next.producers[producerId]!.queued.length > 0 ? sendReady(next, request.topic, request.partition, events, producerId) : next;
}

/** After an append (or a duplicate), answer at once where acks allow it; otherwise the request waits for the high watermark. */
function respondIfDone(state: SimState, producerId: string, request: ProduceRequest, duplicate: boolean, events: Events, isNew: boolean): SimState {
  const producer = state.producers[producerId]!;
  if (producer.acks === 0) return isNew ? state : store(state, producerId, request, false);
  if (producer.acks === 1) return succeed(state, producerId, { ...request, status: 'awaiting-ack' }, duplicate, events, isNew);
  const topic = state.topics[request.topic]!;
  const log = topic.partitions[request.partition]!;
  const waiting: ProduceRequest = duplicate ? { ...request, status: 'awaiting-ack', duplicate } : { ...request, status: 'awaiting-ack' };
  // A duplicate older than the leader remembers is answered at once (DUPLICATE_SEQUENCE_NUMBER).
  if (request.offset === undefined || log.highWatermark > request.offset) return complete(state, producerId, waiting, duplicate, events, isNew);
  return store(state, producerId, waiting, true, isNew);
}

/** DelayedProduce completes: the high watermark passed the record; the ISR must still meet min.insync.replicas. */
function complete(state: SimState, producerId: string, request: ProduceRequest, duplicate: boolean, events: Events, isNew = false): SimState {
  const topic = state.topics[request.topic]!;
  const replication = topic.replication[request.partition]!;
  if (replication.isr.length < effectiveMinIsr(state, topic)) {
    return retriable(state, state.producers[producerId]!, request, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', events, isNew);
  }
  return succeed(state, producerId, request, duplicate, events, isNew);
}

/**
 * High watermarks moved on these partitions (tpKeys): acks=all requests below them are answered,
 * one pass per producer, since thousands may wait for one fetch round.
 */
export function completeAcks(state: SimState, partitions: ReadonlySet<string>, events: Events): SimState {
  let next = state;
  // Below the high watermark is what matters; `partitions` only says which producers to look at.
  const ready = (r: ProduceRequest) => r.status === 'awaiting-ack' && r.offset! < next.topics[r.topic]!.partitions[r.partition]!.highWatermark;
  if (partitions.size === 0) return state;
  const enough = (r: ProduceRequest) => {
    const topic = next.topics[r.topic]!;
    return topic.replication[r.partition]!.isr.length >= effectiveMinIsr(next, topic);
  };
  for (const id of Object.keys(state.producers)) {
    const producer = next.producers[id]!;
    if (producer.acks !== 'all' || producer.inFlight.length === 0) continue;
    const all = producer.inFlight.toArray();
    const done = all.filter(ready);
    if (done.length === 0) continue;
    if (!done.every(enough)) {
      for (const request of done) next = complete(next, id, request, request.duplicate ?? false, events);
      continue;
    }
    let loseNextAck = producer.loseNextAck;
    const inFlight: ProduceRequest[] = [];
    // `ready` reads nothing this loop changes, so it names the same requests as `done`.
    for (const request of all) {
      if (!ready(request)) inFlight.push(request);
      else if (loseNextAck) {
        loseNextAck = false;
        events.push({ type: 'ackLost', at: next.time, producer: id, topic: request.topic, partition: request.partition, requestId: request.id, offset: request.offset!, retryAt: request.timeoutAt! + retryBackoff(request.attempts) });
        inFlight.push({ ...request, status: 'ack-lost' });
      } else {
        if (!eventsUnread()) events.push({ type: 'produceAcknowledged', at: next.time, producer: id, topic: request.topic, partition: request.partition, requestId: request.id, offset: request.offset!, acks: 'all', attempts: request.attempts, duplicate: request.duplicate ?? false });
      }
    }
    next = withProducer(next, { ...producer, inFlight: AppendVec.of(inFlight), loseNextAck });
  }
  return next;
}

/**
 * The broker a request waits on is gone (it crashed or stopped, or lost the partition's
 * leadership): the producer sees `error` and retries. `only` narrows it to one partition.
 */
export function failOver(state: SimState, broker: number, error: ProduceError, events: Events, only?: { topic: string; partition: number }): SimState {
  let next = state;
  for (const producer of Object.values(state.producers)) {
    for (const request of producer.inFlight) {
      if (request.status !== 'awaiting-ack' || request.broker !== broker) continue;
      if (only && (request.topic !== only.topic || request.partition !== only.partition)) continue;
      next = retriable(next, next.producers[producer.id]!, request, error, events);
    }
  }
  return next;
}

/**
 * Sends queued requests of a partition that can go now: no backoff pending, and for an idempotent
 * producer only the oldest unwritten one, so records keep their order.
 */
export function sendReady(state: SimState, topicName: string, partition: number, events: Events, onlyProducer?: string): SimState {
  let next = state;
  const ids = onlyProducer === undefined ? Object.keys(state.producers) : [onlyProducer];
  for (const id of ids) {
    const waiting = (next.producers[id]?.queued ?? []).filter((r) => r.topic === topicName && r.partition === partition);
    for (const { id: requestId } of waiting) {
      if (!leaderAvailable(next, topicName, partition)) return next;
      const producer = next.producers[id];
      const request = producer?.queued.find((r) => r.id === requestId);
      if (!producer || !request || request.status !== 'queued') continue;
      if (request.notBefore !== undefined && request.notBefore > next.time) {
        if (producer.enableIdempotence) break;
        continue;
      }
      next = send(next, id, request, events);
      if (producer.enableIdempotence && next.producers[id]?.queued.some((r) => r.id === requestId)) break;
    }
  }
  return next;
}

/** When this request next needs the producer's attention, in model ms. */
export function requestDeadline(producer: ProducerState, request: ProduceRequest): number {
  let at = request.createdAt + producer.deliveryTimeoutMs;
  if (request.status === 'queued' && request.notBefore !== undefined) at = Math.min(at, request.notBefore);
  if (request.status !== 'queued' && request.timeoutAt !== undefined) at = Math.min(at, request.timeoutAt);
  return at;
}

/** Fires one request's timer at the current model time. */
function fireOne(state: SimState, producerId: string, requestId: number, events: Events): SimState {
  const producer = state.producers[producerId];
  const request = producer?.queued.find((r) => r.id === requestId) ?? producer?.inFlight.toArray().find((r) => r.id === requestId);
  if (!producer || !request) return state;
  if (state.time >= request.createdAt + producer.deliveryTimeoutMs) return fail(state, producer, request, 'REQUEST_TIMED_OUT', events);
  if (request.status !== 'queued' && request.timeoutAt !== undefined && state.time >= request.timeoutAt) {
    return retriable(state, producer, request, 'REQUEST_TIMED_OUT', events);
  }
  if (request.status === 'queued') return send(state, producerId, request, events);
  return state;
}

/**
 * Fires every timer of a producer due now, oldest request first: records failed together are
 * retried together, as the Sender drains them into one request.
 */
export function fireRequestTimers(state: SimState, producerId: string, events: Events): SimState {
  const bulk = retryRefusedTogether(state, producerId, events);
  const producer = bulk.producers[producerId];
  if (!producer) return bulk;
  const due = [...producer.queued, ...producer.inFlight].filter((r) => requestDeadline(producer, r) <= bulk.time).map((r) => r.id).sort((a, b) => a - b);
  let next = bulk;
  for (const id of due) next = fireOne(next, producerId, id, events);
  return next;
}

/**
 * The common case of a long outage, done in one pass: queued records due for a retry to a leader
 * that will refuse them again (acks=all with too few in sync). Each counts an attempt, is refused
 * with NOT_ENOUGH_REPLICAS and waits out its next backoff, or fails when out of retries or time,
 * exactly as send() would do one by one, without rebuilding the queue per record.
 */
function retryRefusedTogether(state: SimState, producerId: string, events: Events): SimState {
  const producer = state.producers[producerId];
  if (!producer || producer.acks !== 'all' || producer.enableIdempotence || producer.queued.length < 2) return state;
  let changed = false;
  const queued: ProduceRequest[] = [];
  for (const request of producer.queued) {
    const topic = state.topics[request.topic];
    const replication = topic?.replication[request.partition];
    const refused = topic && replication && replication.leader !== undefined && isRunning(state, replication.leader)
      && replication.isr.length < effectiveMinIsr(state, topic);
    const dueNow = request.notBefore !== undefined && request.notBefore <= state.time && state.time < request.createdAt + producer.deliveryTimeoutMs;
    if (!refused || !dueNow) {
      queued.push(request);
      continue;
    }
    changed = true;
    const attempts = request.attempts + 1;
    const narrated = attempts - 1 <= SIM_LIMITS.maxNarratedRetries;
    if (narrated) events.push({ type: 'produceRetried', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, attempt: attempts - 1, broker: replication.leader! });
    const exhausted = attempts - 1 >= producer.retries;
    const retryAt = state.time + retryBackoff(attempts);
    if (exhausted || attempts <= SIM_LIMITS.maxNarratedRetries) {
      events.push({ type: 'produceErrored', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, error: 'NOT_ENOUGH_REPLICAS', ...(exhausted ? {} : { retryAt }) });
    }
    if (exhausted) {
      events.push({ type: 'produceFailed', at: state.time, producer: producerId, topic: request.topic, partition: request.partition, requestId: request.id, error: 'NOT_ENOUGH_REPLICAS', attempts });
      continue;
    }
    queued.push({ ...request, attempts, broker: replication.leader!, status: 'queued', notBefore: retryAt, lastError: 'NOT_ENOUGH_REPLICAS' });
  }
  return changed ? withProducer(state, { ...producer, queued }) : state;
}
