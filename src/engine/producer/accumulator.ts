import { SIM_LIMITS } from '../defaults.ts';
import { simError, type SimError } from '../errors.ts';
import type { Events } from '../handlers/context.ts';
import { profileOf } from '../versions/profiles.ts';
import { heldCount } from './open-batches.ts';
import { AppendVec } from '../append-vec.ts';
import { tpKey, type OpenBatch, type ProducerState, type SimState } from '../types.ts';
import { newRequest, type NewRecord } from './record-builders.ts';
import { nextSequenceOf, sendNow } from './requests.ts';

// linger.ms above 0 (the default since 4.0, KIP-1030): KafkaProducer.send appends the record to the
// RecordAccumulator's open batch of its partition; the Sender drains a batch once it is ready
// (RecordAccumulator.batchReady: `full || expired`, expired = waitedTimeMs >= lingerMs since the batch
// was created; full = another batch queued behind it (deque.size() > 1) or batch.isFull() at
// batch.size). A drained batch goes out as one produce request. Here each record keeps its own
// ProduceRequest for acknowledgement and retry bookkeeping, but a batch's records leave together,
// at the same moment, to the same leader, and are answered together.

/** The version's linger.ms (0 before 4.0: every record is sent at once, as the simulator always did). */
export function lingerMsOf(state: SimState): number {
  return profileOf(state.kafkaVersion).lingerMs;
}

/**
 * Sends the open batch of one partition as one produce request (Sender.sendProducerData drains it):
 * `batchSent` names how many records it carries and why it went (linger.ms passed, or batch.size reached).
 */
export function drainBatch(state: SimState, producerId: string, topic: string, partition: number, reason: 'linger' | 'full' | 'flush', events: Events): SimState {
  const producer = state.producers[producerId];
  const key = tpKey(topic, partition);
  const batch = producer?.accumulator?.[key];
  if (!producer || !batch || batch.records.length === 0) return state;
  const rest: Record<string, OpenBatch> = { ...producer.accumulator };
  delete rest[key];
  const records = batch.records.toArray();
  events.push({
    type: 'batchSent', at: state.time, producer: producerId, topic, partition, recordCount: records.length,
    bytes: batch.bytes, requestIds: records.map((r) => r.id), reason, lingerMs: lingerMsOf(state),
  });
  let next: SimState = { ...state, producers: { ...state.producers, [producerId]: { ...producer, accumulator: rest } } };
  // Each record as sendRecord sends one (its id and sequence were given when it was accumulated).
  for (const request of records) {
    const sender = next.producers[producerId]!;
    next = sendNow(next, next.rngState, sender, sender.topics, request, events, request.id, request.sequence, sender.nextSequence, request.createdAt);
  }
  return next;
}

/** Drains every batch of the producer whose linger.ms has passed, oldest batch first. */
export function drainDueBatches(state: SimState, producerId: string, events: Events): SimState {
  let next = state;
  for (;;) {
    const producer = next.producers[producerId];
    const due = Object.values(producer?.accumulator ?? {}).find((b) => b.sendAt <= next.time);
    if (!due) return next;
    next = drainBatch(next, producerId, due.topic, due.partition, 'linger', events);
  }
}

/**
 * KafkaProducer.send with linger.ms > 0: the record joins its partition's open batch
 * (RecordAccumulator.append). A record that does not fit in batch.size closes the open batch, which
 * is sent at once, and starts a new one; a batch that reaches batch.size is sent at once.
 */
export function accumulate(state: SimState, rngState: number, sender: ProducerState, senderTopics: ProducerState['topics'], record: NewRecord, events: Events): SimState | SimError {
  // buffer.memory bounds what send() may hold; here the requests not yet answered are capped
  // (SIM_LIMITS), and an open batch holds at most batch.size bytes, so held records are bounded too.
  const pending = sender.queued.length + sender.inFlight.length + heldCount(sender);
  if (pending >= SIM_LIMITS.maxPendingRequests || sender.queued.length >= SIM_LIMITS.maxQueuedRequests) {
    return simError('BUFFER_EXHAUSTED', `Producer ${sender.id} already has ${pending} records not yet acknowledged; send() blocks for max.block.ms and then fails (buffer.memory is full). At most ${SIM_LIMITS.maxPendingRequests} (${SIM_LIMITS.maxQueuedRequests} of them unsent) in this simulator`, { producer: sender.id, max: SIM_LIMITS.maxPendingRequests });
  }
  const { sequence, nextSequence } = nextSequenceOf(sender, record.topic, record.partition);
  const key = tpKey(record.topic, record.partition);
  let base = state;
  let from = sender;
  const open = sender.accumulator?.[key];
  if (open && open.records.length > 0 && open.bytes + record.size > sender.batchBytes) {
    // The record does not fit: the open batch goes first (its records keep their own ids).
    base = drainBatch(state, sender.id, record.topic, record.partition, 'full', events);
    from = base.producers[sender.id]!;
  }
  const id = from.nextRequestId;
  const batch = from.accumulator?.[key];
  const sendAt = batch?.sendAt ?? state.time + lingerMsOf(state);
  // The batch knows when linger.ms ends (sendAt); its records carry no notBefore of their own.
  const request = newRequest(id, record, state.time, sequence);
  const grown: OpenBatch = batch
    ? { topic: batch.topic, partition: batch.partition, records: batch.records.push(request), bytes: batch.bytes + record.size, sendAt }
    : { topic: record.topic, partition: record.partition, records: AppendVec.of([request]), bytes: record.size, sendAt };
  // One new producer and one new state per record: this runs on every produce under 4.0+.
  const accumulator: Record<string, OpenBatch> = Object.assign({}, from.accumulator);
  accumulator[key] = grown;
  const producer: ProducerState = { ...from, topics: senderTopics, nextSequence, nextRequestId: id + 1, accumulator };
  const producers: Record<string, ProducerState> = Object.assign({}, base.producers);
  producers[sender.id] = producer;
  let next: SimState = { ...base, rngState, producers };
  events.push({ type: 'recordAccumulated', at: state.time, producer: sender.id, topic: record.topic, partition: record.partition, requestId: id, recordCount: grown.records.length, sendAt, lingerMs: lingerMsOf(state) });
  if (grown.bytes >= sender.batchBytes) next = drainBatch(next, sender.id, record.topic, record.partition, 'full', events);
  return next;
}
