import type { SimError } from '../errors.ts';
import type { Events } from '../handlers/context.ts';
import { profileOf } from '../versions/profiles.ts';
import { heldCount, openBatchIndex } from './open-batches.ts';
import { AppendVec } from '../append-vec.ts';
import { type Draft, isOwned, own, transiently } from '../transient.ts';
import { producerDraft, producersDraft, stateDraft } from './drafts.ts';
import { eventsUnread } from '../unread-events.ts';
import type { OpenBatch, ProducerState, SimState } from '../types.ts';
import { newRequest, type NewRecord } from './record-builders.ts';
import { bufferExhausted, nextSequenceOf, sendBatchNow, sendNow } from './send-now.ts';

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
export function drainBatch(state: SimState, producerId: string, topic: string, partition: number, reason: 'linger' | 'full' | 'flush', events: Events, oneByOne = false): SimState {
  const producer = state.producers[producerId];
  const at = openBatchIndex(producer?.accumulator, topic, partition);
  if (!producer || at < 0) return state;
  const open = producer.accumulator!;
  const batch = open[at]!;
  const rest = open.slice(0, at).concat(open.slice(at + 1));
  const records = batch.records.toArray();
  if (!eventsUnread()) {
    events.push({
      type: 'batchSent', at: state.time, producer: producerId, topic, partition, recordCount: records.length,
      bytes: batch.bytes, requestIds: records.map((r) => r.id), reason, lingerMs: lingerMsOf(state),
    });
  }
  const emptied = producerDraft(producer, producer.nextSequence, producer.nextRequestId, producer.inFlight, producer.topics, own(rest));
  let next = stateDraft(state, state.topics, producersDraft(state.producers, emptied), state.rngState);
  // Each record as sendRecord sends one (its id was given when it was accumulated).
  // One transient (transient.ts) for the batch: only the state after its last record is handed out,
  // so the path to the log and the producer is copied once per batch, not once per record.
  return transiently(() => {
    // At once where it can (sendBatchNow); `oneByOne` is the record-at-a-time path it must equal (tests).
    const atOnce = oneByOne ? undefined : sendBatchNow(next, producerId, topic, partition, records, events);
    if (atOnce !== undefined) return atOnce;
    for (const request of records) {
      const sender = next.producers[producerId]!;
      // The sequence is given as the batch is drained (RecordAccumulator.drainBatchesForOneNode sets
      // the batch's base sequence from TransactionManager.sequenceNumber, RecordAccumulator.java:935 of
      // the Oct 2024 trunk), in the batch's order.
      const { sequence, nextSequence } = nextSequenceOf(sender, topic, partition);
      next = sendNow(next, next.rngState, sender, sender.topics, request, events, request.id, sequence, nextSequence, request.createdAt);
    }
    return next;
  });
}

/** Drains every batch of the producer whose linger.ms has passed, oldest batch first. */
export function drainDueBatches(state: SimState, producerId: string, events: Events): SimState {
  let next = state;
  for (;;) {
    const producer = next.producers[producerId];
    const due = producer?.accumulator?.find((b) => b.sendAt <= next.time);
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
  const full = bufferExhausted(sender, heldCount(sender));
  if (full) return full;
  let base = state;
  let from = sender;
  let at = openBatchIndex(sender.accumulator, record.topic, record.partition);
  if (at >= 0 && sender.accumulator![at]!.bytes + record.size > sender.batchBytes) {
    // The record does not fit: the open batch goes first (its records keep their own ids).
    base = drainBatch(state, sender.id, record.topic, record.partition, 'full', events);
    from = base.producers[sender.id]!;
    at = -1;
  }
  const id = from.nextRequestId;
  const open = from.accumulator ?? [];
  const batch = at >= 0 ? open[at] : undefined;
  const sendAt = batch?.sendAt ?? state.time + lingerMsOf(state);
  // The batch knows when linger.ms ends (sendAt); its records carry no notBefore of their own.
  const request = newRequest(id, record, state.time, undefined);
  let grown: OpenBatch;
  if (batch !== undefined && isOwned(batch)) {
    // A transient made this batch: the record joins it in place.
    const draft = batch as Draft<OpenBatch>;
    draft.records = batch.records.push(request);
    draft.bytes += record.size;
    grown = batch;
  } else {
    grown = own(batch
      ? { topic: batch.topic, partition: batch.partition, records: batch.records.push(request), bytes: batch.bytes + record.size, sendAt }
      : { topic: record.topic, partition: record.partition, records: AppendVec.of([request]), bytes: record.size, sendAt });
  }
  // One new producer and one new state per record: this runs on every produce under 4.0+. The
  // builders write every field in one order, so all producers and states share one shape.
  let next = withBatch(base, from, open, at, grown, id + 1, senderTopics, rngState);
  if (!eventsUnread()) events.push({ type: 'recordAccumulated', at: state.time, producer: sender.id, topic: record.topic, partition: record.partition, requestId: id, recordCount: grown.records.length, sendAt, lingerMs: lingerMsOf(state) });
  if (grown.bytes >= sender.batchBytes) next = drainBatch(next, sender.id, record.topic, record.partition, 'full', events);
  return next;
}

/**
 * The state with the producer's batch at `at` (or a new one) replaced by `grown`: copied once, or,
 * in a transient (a replay), changed in place where the replay made it (drafts.ts).
 */
function withBatch(base: SimState, from: ProducerState, open: readonly OpenBatch[], at: number, grown: OpenBatch,
  nextRequestId: number, senderTopics: ProducerState['topics'], rngState: number): SimState {
  const accumulator = isOwned(open) ? open as OpenBatch[] : own(open.slice());
  if (at >= 0) accumulator[at] = grown;
  else accumulator.push(grown);
  const producer = producerDraft(from, from.nextSequence, nextRequestId, from.inFlight, senderTopics, accumulator);
  return stateDraft(base, base.topics, producersDraft(base.producers, producer), rngState);
}
