import { newRequest, producedEvent, type NewRecord } from './record-builders.ts';
import { effectiveMinIsr } from '../versions/rules.ts';
import { KAFKA_DEFAULTS, SIM_LIMITS } from '../defaults.ts';
import { simError, type SimError } from '../errors.ts';
import type { Events } from '../handlers/context.ts';
import { appendRecord } from '../log/partition-log.ts';
import { isRunning } from '../replication/leader-and-isr.ts';
import { settleSkippedRounds } from '../replication/settle.ts';
import { isOwned, own } from '../transient.ts';
import { topicsWithPartition } from '../replication/partition-state.ts';
import { eventsUnread } from '../unread-events.ts';
import { producerDraft, producersDraft, stateDraft } from './drafts.ts';
import { type PartitionLog, type ProduceRequest, type ProducerState, producerKey, producerWith, type SimState, type TopicState, withTopicsAndProducers } from '../types.ts';
import { send } from './requests.ts';

// The common path of a send (leader up, nothing of this producer waiting ahead, min.insync.replicas
// met, no fault armed, not transactional): the append and its answer in one pass that builds each
// object once, for one record (sendNow) or a drained batch (sendBatchNow). Everything else goes to
// the general path, requests.ts's send.

/**
 * KafkaProducer.send for a record placed by the partitioner: it gets a request id and, with
 * idempotence, the next sequence number of its partition; then it is sent to the leader. The
 * common case (leader up, nothing of this producer waiting ahead, min.insync.replicas met, no
 * fault armed) is done in one pass that builds each object once, because every produce runs it;
 * anything else takes the general path (send).
 */
export function sendRecord(state: SimState, rngState: number, sender: ProducerState, senderTopics: ProducerState['topics'], record: NewRecord, events: Events): SimState | SimError {
  const full = bufferExhausted(sender, 0);
  if (full) return full;
  const { sequence, nextSequence } = nextSequenceOf(sender, record.topic, record.partition);
  return sendNow(state, rngState, sender, senderTopics, record, events, sender.nextRequestId, sequence, nextSequence, state.time);
}

/**
 * buffer.memory bounds what send() may hold; here the records not yet answered are capped
 * (SIM_LIMITS), `held` of them waiting in open batches (linger.ms). Past the cap send() fails as
 * KafkaProducer's does after max.block.ms.
 */
export function bufferExhausted(sender: ProducerState, held: number): SimError | undefined {
  const pending = sender.queued.length + sender.inFlight.length + held;
  if (pending < SIM_LIMITS.maxPendingRequests && sender.queued.length < SIM_LIMITS.maxQueuedRequests) return undefined;
  return simError('BUFFER_EXHAUSTED', `Producer ${sender.id} already has ${pending} records not yet acknowledged; send() blocks for max.block.ms and then fails (buffer.memory is full). At most ${SIM_LIMITS.maxPendingRequests} (${SIM_LIMITS.maxQueuedRequests} of them unsent) in this simulator`, { producer: sender.id, max: sender.queued.length >= SIM_LIMITS.maxQueuedRequests ? SIM_LIMITS.maxQueuedRequests : SIM_LIMITS.maxPendingRequests });
}

/**
 * With idempotence, a new record takes its partition's next sequence number (the producer's
 * TransactionManager.sequenceNumber, then incremented); without, none. sendRecord and the
 * accumulator both call it when send() takes the record.
 */
export function nextSequenceOf(sender: ProducerState, topic: string, p: number): { sequence: number | undefined; nextSequence: ProducerState['nextSequence'] } {
  return nextSequenceIn(sender.enableIdempotence, sender.nextSequence, topic, p);
}

function nextSequenceIn(enableIdempotence: boolean, nextSequence: ProducerState['nextSequence'], topic: string, p: number): { sequence: number | undefined; nextSequence: ProducerState['nextSequence'] } {
  let sequence: number | undefined;
  if (enableIdempotence) {
    const known = nextSequence[topic];
    // In a transient (transient.ts) the map and array this replay made are changed in place.
    const inPlace = known !== undefined && isOwned(nextSequence) && isOwned(known);
    const sequences = inPlace ? known as number[] : own((known ?? []).slice());
    sequence = sequences[p] ?? 0;
    // Holes stay 0: a partition never written starts at sequence 0.
    for (let i = sequences.length; i < p; i++) sequences[i] = 0;
    sequences[p] = sequence + 1;
    if (!inPlace) {
      // Copied and set rather than spread with a computed key: this runs on every produce.
      const copy: Record<string, readonly number[]> = own(Object.assign({}, nextSequence));
      copy[topic] = sequences;
      nextSequence = copy;
    }
  }
  return { sequence, nextSequence };
}

/**
 * True when a record with `sequence` cannot take the common path of sendNow: no running leader,
 * requests of this producer waiting ahead, a fault armed, a transactional producer (its appends
 * also update the transaction state), min.insync.replicas not met, or a sequence the leader has
 * seen. A drained batch asks this of its first record: nothing else in it changes until it is sent.
 */
export function needsGeneralPath(state: SimState, sender: ProducerState, topic: TopicState, p: number, sequence: number | undefined): boolean {
  const replication = topic.replication[p]!;
  const leader = replication.leader;
  const known = sequence === undefined ? undefined : topic.partitions[p]!.producerStates[producerKey(sender.producerId)];
  return leader === undefined || !isRunning(state, leader) || sender.queued.length > 0 || sender.loseNextAck || sender.transactional !== undefined
    || (sender.acks === 'all' && replication.isr.length < effectiveMinIsr(state, topic)) || (known !== undefined && sequence! <= known.lastSequence);
}

/** Sends a record now as request `id` (sequence already counted): sendRecord's, and a drained batch's when it cannot go at once (sendBatchNow). */
export function sendNow(state: SimState, rngState: number, sender: ProducerState, senderTopics: ProducerState['topics'], record: NewRecord, events: Events,
  id: number, sequence: number | undefined, nextSequence: ProducerState['nextSequence'], createdAt: number): SimState {
  const topic = state.topics[record.topic]!;
  const p = record.partition;
  const nextRequestId = Math.max(sender.nextRequestId, id + 1);
  if (needsGeneralPath(state, sender, topic, p, sequence)) {
    const producer = producerWith(sender, nextSequence, nextRequestId, sender.inFlight, senderTopics);
    return send(withTopicsAndProducers(state, state.topics, { ...state.producers, [producer.id]: producer }, rngState), producer.id, newRequest(id, record, createdAt, sequence), events, true);
  }
  const settled = topic.config.replicationFactor > 1 ? settleSkippedRounds(state, { topic: topic.name, partition: p }) : state;
  const current = settled.topics[topic.name]!;
  const leader = topic.replication[p]!.leader!;
  const alone = aloneInIsr(topic, p);
  const log = appendOne(state.time, sender, topic, p, leader, alone, current.partitions[p]!, record, id, sequence, events);
  const inFlight = sender.acks === 'all' && !alone ? sender.inFlight.push(awaitingAck(record, id, createdAt, sequence, leader, state.time, log.logEndOffset - 1)) : sender.inFlight;
  return publish(settled, current, p, log, sender, nextSequence, nextRequestId, inFlight, senderTopics, rngState);
}

/**
 * A drained batch's records sent at once on the common path (Sender sends a batch as one request):
 * the same appends, answers and events, in the same order, as sendNow one record at a time, with
 * the checks made once and the path to the log and the producer published once. Undefined when
 * the batch cannot take the common path; the caller then sends its records one by one.
 */
export function sendBatchNow(state: SimState, producerId: string, topicName: string, p: number, requests: readonly ProduceRequest[], events: Events): SimState | undefined {
  const sender = state.producers[producerId]!;
  const topic = state.topics[topicName]!;
  const firstSequence = sender.enableIdempotence ? (sender.nextSequence[topicName]?.[p] ?? 0) : undefined;
  // Nothing these checks read changes while the batch's records are appended; each record's
  // sequence is one past the one before, so only the first can be one the leader has seen.
  if (needsGeneralPath(state, sender, topic, p, firstSequence)) return undefined;
  const settled = topic.config.replicationFactor > 1 ? settleSkippedRounds(state, { topic: topic.name, partition: p }) : state;
  const current = settled.topics[topic.name]!;
  const leader = topic.replication[p]!.leader!;
  const alone = aloneInIsr(topic, p);
  const waits = sender.acks === 'all' && !alone;
  let log = current.partitions[p]!;
  let inFlight = sender.inFlight;
  let nextRequestId = sender.nextRequestId;
  let nextSequence = sender.nextSequence;
  for (const request of requests) {
    const next = nextSequenceIn(sender.enableIdempotence, nextSequence, topicName, p);
    nextSequence = next.nextSequence;
    nextRequestId = Math.max(nextRequestId, request.id + 1);
    log = appendOne(state.time, sender, topic, p, leader, alone, log, request, request.id, next.sequence, events);
    if (waits) inFlight = inFlight.push(awaitingAck(request, request.id, request.createdAt, next.sequence, leader, state.time, log.logEndOffset - 1));
  }
  return publish(settled, current, p, log, sender, nextSequence, nextRequestId, inFlight, sender.topics, settled.rngState);
}

function aloneInIsr(topic: TopicState, p: number): boolean {
  const replication = topic.replication[p]!;
  return replication.isr.length === 1 && replication.isr[0] === replication.leader;
}

/**
 * One record's append on the common path (in place where a transient made the log) and its events:
 * a segment roll, the append, the high watermark moving with it when the leader is alone in the
 * ISR, and the answer when acks allow one at once. Returns the log after it.
 */
function appendOne(now: number, sender: ProducerState, topic: TopicState, p: number, leader: number, alone: boolean, log: PartitionLog,
  record: NewRecord, id: number, sequence: number | undefined, events: Events): PartitionLog {
  // Read before the append, which a transient makes in place.
  const highWatermarkBefore = log.highWatermark;
  const appended = appendRecord(log, topic.config, now, record.key, record.value, sender.id, record.size, sequence, alone, producerKey(sender.producerId), true);
  if (appended.rolled) events.push({ type: 'segmentRolled', at: now, topic: topic.name, partition: p, baseOffset: appended.rolled.baseOffset, reason: appended.rolled.reason });
  const offset = appended.record.offset;
  const narrated = !eventsUnread();
  if (narrated) events.push(producedEvent(now, sender.id, record, offset));
  if (alone && topic.config.replicationFactor > 1) events.push({ type: 'highWatermarkAdvanced', at: now, topic: topic.name, partition: p, broker: leader, from: highWatermarkBefore, to: appended.log.highWatermark });
  const acks = sender.acks;
  if (narrated && (acks === 1 || (acks === 'all' && alone))) {
    events.push({ type: 'produceAcknowledged', at: now, producer: sender.id, topic: topic.name, partition: p, requestId: id, offset, acks, attempts: 1, duplicate: false });
  }
  return appended.log;
}

/** DelayedProduce: with acks=all and other replicas in the ISR, the answer waits for the high watermark. */
function awaitingAck(record: NewRecord, id: number, createdAt: number, sequence: number | undefined, leader: number, now: number, offset: number): ProduceRequest {
  // Written out in one literal (its shape known at once), as newRequest's fields plus the wait's.
  const waiting: ProduceRequest = {
    id, placement: record.placement, topic: record.topic, partition: record.partition, value: record.value, size: record.size, createdAt,
    attempts: 1, status: 'awaiting-ack', broker: leader, timeoutAt: now + KAFKA_DEFAULTS.requestTimeoutMs, offset,
  };
  if (record.key !== undefined) waiting.key = record.key;
  if (sequence !== undefined) waiting.sequence = sequence;
  return waiting;
}

/**
 * The state after an append by the common path: the path from the root to the log and the producer
 * copied once, or, in a transient, changed in place where this replay made it (transient.ts).
 */
function publish(settled: SimState, current: TopicState, p: number, log: TopicState['partitions'][number], sender: ProducerState,
  nextSequence: ProducerState['nextSequence'], nextRequestId: number, inFlight: ProducerState['inFlight'], senderTopics: ProducerState['topics'], rngState: number): SimState {
  const producers = producersDraft(settled.producers, producerDraft(sender, nextSequence, nextRequestId, inFlight, senderTopics));
  return stateDraft(settled, topicsWithPartition(settled.topics, current.name, p, log, undefined), producers, rngState);
}
