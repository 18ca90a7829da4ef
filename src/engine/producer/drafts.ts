import { type Draft, isOwned, own } from '../transient.ts';
import { producerWith, type ProducerState, type SimState, withTopicsAndProducers } from '../types.ts';

// The steps a send takes from the producer up to the root, shared by the append path (sendNow's
// publish) and the accumulator: each object is copied once, or, in a transient (transient.ts),
// changed in place where the running transient made it.

/** The producer with new sequence numbers, request counter, requests, partitioner state and open batches. */
export function producerDraft(p: ProducerState, nextSequence: ProducerState['nextSequence'], nextRequestId: number, inFlight: ProducerState['inFlight'],
  topics: ProducerState['topics'], accumulator = p.accumulator): ProducerState {
  if (!isOwned(p)) return own(producerWith(p, nextSequence, nextRequestId, inFlight, topics, accumulator));
  const draft = p as Draft<ProducerState>;
  draft.nextSequence = nextSequence;
  draft.nextRequestId = nextRequestId;
  draft.inFlight = inFlight;
  draft.topics = topics;
  if (accumulator !== undefined) draft.accumulator = accumulator;
  return p;
}

/** The producers map with `producer` under its id. */
export function producersDraft(producers: SimState['producers'], producer: ProducerState): SimState['producers'] {
  if (producers[producer.id] === producer) return producers;
  const draft: Record<string, ProducerState> = isOwned(producers) ? producers as Record<string, ProducerState> : own(Object.assign({}, producers));
  draft[producer.id] = producer;
  return draft;
}

/** The root with new topics, producers and random state. */
export function stateDraft(state: SimState, topics: SimState['topics'], producers: SimState['producers'], rngState: number): SimState {
  if (!isOwned(state)) return own(withTopicsAndProducers(state, topics, producers, rngState));
  const draft = state as Draft<SimState>;
  draft.rngState = rngState;
  draft.topics = topics;
  draft.producers = producers;
  return state;
}
