import type { AddProducerCommand, FlushCommand, LoseNextAckCommand, ProduceCommand, RemoveProducerCommand } from '../commands.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { simError } from '../errors.ts';
import { accountPlacedRecord, keyedPlacement, placeRecord } from '../placement/partitioners.ts';
import { utf8Length } from '../placement/utf8.ts';
import { AppendVec } from '../append-vec.ts';
import { accumulate, drainBatch, lingerMsOf } from '../producer/accumulator.ts';
import { oldestBatch } from '../producer/open-batches.ts';
import type { NewRecord } from '../producer/record-builders.ts';
import { sendRecord } from '../producer/send-now.ts';
import type { ProducerState, ProducerTopicState, SimState, TopicState } from '../types.ts';
import { type Events, type HandlerResult, isError, withoutKey } from './context.ts';
import { recordRefusal } from './record-checks.ts';
import { transactionalSend } from './transactions.ts';
import { unknownTopic } from './topics.ts';
import { profileOf, type ProfileName } from '../versions/profiles.ts';
import { refusePartitioner } from '../versions/rules.ts';
import { initialMetadata, refreshProducerMetadata, withTopicFetched } from '../clients/metadata.ts';

const FRESH_TOPIC_STATE: ProducerTopicState = { stickyBytes: 0 };

export function unknownProducer(producer: string) {
  return simError('UNKNOWN_PRODUCER', `Unknown producer ${producer}`, { producer });
}

export function addProducer(state: SimState, command: AddProducerCommand, events: Events): HandlerResult {
  if (state.producers[command.producer]) {
    return simError('PRODUCER_EXISTS', `Producer ${command.producer} already exists`, { producer: command.producer });
  }
  const profile = profileOf(state.kafkaVersion);
  const refused = refusePartitioner(profile, command.partitioner);
  if (refused) return refused;
  // transactional.id turns idempotence on, and with it acks=all unless acks was set (ProducerConfig).
  const acks = command.acks ?? (command.transactionalId !== undefined ? 'all' : profile.acks);
  const retries = command.retries ?? KAFKA_DEFAULTS.retries;
  // ProducerConfig.postProcessAndValidateIdempotenceConfigs: on by default, quietly off when acks or
  // retries rule it out, refused when asked for explicitly with them.
  if (command.enableIdempotence === true && acks !== 'all') {
    return simError('CONFIG_EXCEPTION', 'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.', { config: 'acks' });
  }
  if (command.enableIdempotence === true && retries === 0) {
    return simError('CONFIG_EXCEPTION', 'Must set retries to non-zero when using the idempotent producer.', { config: 'retries' });
  }
  const deliveryTimeoutMs = command.deliveryTimeoutMs ?? KAFKA_DEFAULTS.deliveryTimeoutMs;
  if (deliveryTimeoutMs < KAFKA_DEFAULTS.requestTimeoutMs) {
    // KafkaProducer.configureDeliveryTimeout (linger.ms is 0 here)
    return simError('CONFIG_EXCEPTION', `delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms (${KAFKA_DEFAULTS.requestTimeoutMs})`, { config: 'delivery.timeout.ms', min: KAFKA_DEFAULTS.requestTimeoutMs });
  }
  // ProducerConfig: transactional.id turns idempotence on, and refuses an explicit enable.idempotence=false.
  if (command.transactionalId !== undefined && command.enableIdempotence === false) {
    return simError('CONFIG_EXCEPTION', 'Cannot set a transactional.id without also enabling idempotence.', { config: 'transactional.id' });
  }
  if (command.transactionalId !== undefined && acks !== 'all') {
    return simError('CONFIG_EXCEPTION', 'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.', { config: 'acks' });
  }
  const producer: ProducerState = {
    id: command.producer,
    producerId: state.nextProducerId,
    partitioner: command.partitioner ?? profile.defaultPartitioner,
    batchBytes: command.batchBytes ?? KAFKA_DEFAULTS.batchBytes,
    topics: {},
    acks,
    // Versions without idempotence by default (before 3.0, KIP-679) never turn it on by themselves.
    enableIdempotence: command.transactionalId !== undefined || (command.enableIdempotence ?? (profile.enableIdempotence && acks === 'all' && retries > 0)),
    retries,
    deliveryTimeoutMs,
    nextSequence: {},
    queued: [],
    inFlight: AppendVec.empty(),
    nextRequestId: 0,
    loseNextAck: false,
    // ProducerMetadata: topics are fetched at their first send; metadata.max.age.ms runs from now.
    metadata: initialMetadata(state, [], command.metadataMaxAgeMs),
  };
  if (command.transactionalId !== undefined) {
    producer.transactional = { transactionalId: command.transactionalId, transactionTimeoutMs: command.transactionTimeoutMs ?? KAFKA_DEFAULTS.transactionTimeoutMs, status: 'uninitialized', producerEpoch: -1 };
  }
  // The version's rule named where it decided something a 3.x producer would not do (classic: nothing).
  const versionNotes: { defaultsOf?: ProfileName; lingerMs?: number } = {};
  if (command.acks === undefined && profile.acks !== 'all') versionNotes.defaultsOf = profile.name;
  if (profile.lingerMs > 0) versionNotes.lingerMs = profile.lingerMs;
  events.push({ type: 'producerAdded', at: state.time, producer: producer.id, partitioner: producer.partitioner, batchBytes: producer.batchBytes, acks, enableIdempotence: producer.enableIdempotence, ...versionNotes });
  return { ...state, nextProducerId: state.nextProducerId + 1, producers: { ...state.producers, [producer.id]: producer } };
}

/** Arms a fault: the producer's next acknowledgement is lost, so it retries after request.timeout.ms. */
export function loseNextAck(state: SimState, command: LoseNextAckCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  if (producer.acks === 0) {
    return simError('NO_ACKS', `Producer ${producer.id} uses acks=0: brokers send it no acknowledgement to lose`, { producer: producer.id });
  }
  events.push({ type: 'ackLossArmed', at: state.time, producer: producer.id });
  return { ...state, producers: { ...state.producers, [producer.id]: { ...producer, loseNextAck: true } } };
}

/**
 * KafkaProducer.flush(): the batches linger.ms still holds are sent now, each as one request
 * (RecordAccumulator.beginFlush makes every batch ready). Nothing held: nothing happens.
 */
export function flush(state: SimState, command: FlushCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  let next = state;
  for (;;) {
    const first = oldestBatch(next.producers[command.producer]);
    if (!first) return next;
    next = drainBatch(next, command.producer, first.topic, first.partition, 'flush', events);
  }
}

export function removeProducer(state: SimState, command: RemoveProducerCommand, events: Events): HandlerResult {
  if (!state.producers[command.producer]) return unknownProducer(command.producer);
  events.push({ type: 'producerRemoved', at: state.time, producer: command.producer });
  return { ...state, producers: withoutKey(state.producers, command.producer) };
}

/** The first send to a topic fetches it (a partial update); a partition the producer does not know yet, a full refresh. */
function fetchForSend(state: SimState, producer: ProducerState, topic: string, known: number | undefined, events: Events): SimState {
  if (known !== undefined) return refreshProducerMetadata(state, producer.id, 'unknownPartition', events);
  return { ...state, producers: { ...state.producers, [producer.id]: withTopicFetched(state, producer, topic) } };
}

export function produce(state: SimState, command: ProduceCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  const topic = state.topics[command.topic];
  if (!topic) return unknownTopic(command.topic);
  const metadata = producer.metadata;
  if (metadata !== undefined) {
    // KafkaProducer.waitOnMetadata: a topic not fetched yet is fetched now; a partition beyond the
    // cached count forces a refresh first. Rare, so done apart and the send starts again.
    const known = metadata.partitions[topic.name];
    if (known === undefined || (command.partition !== undefined && command.partition >= known && known < topic.partitions.length)) {
      const fetched = fetchForSend(state, producer, topic.name, known, events);
      return placeAndSend(fetched, fetched.producers[producer.id]!, topic, command, events);
    }
  }
  return placeAndSend(state, producer, topic, command, events);
}

/** The rest of send(): the record's size checks, the partitioner, then the accumulator or the request. */
function placeAndSend(state: SimState, producer: ProducerState, topic: TopicState, command: ProduceCommand, events: Events): HandlerResult {
  // The partitioner hashes keys over the partition count the producer knows (cluster.partitionsForTopic).
  const numPartitions = producer.metadata?.partitions[topic.name] ?? topic.partitions.length;
  if (command.partition !== undefined && command.partition >= numPartitions) {
    return simError('UNKNOWN_TOPIC_OR_PARTITION', `Partition ${command.partition} of topic ${topic.name} with partition count ${numPartitions} is not present`, { topic: topic.name, partition: command.partition, partitions: numPartitions });
  }
  // Each UTF-8 length counted once, for both sizes.
  const size = recordRefusal(state, topic, command.partition ?? 0, command.key === undefined ? -1 : utf8Length(command.key), command.value === null ? -1 : utf8Length(command.value));
  if (typeof size !== 'number') return size;

  let partition: number;
  let rngState = state.rngState;
  let placement;
  let topicState = producer.topics[topic.name] ?? FRESH_TOPIC_STATE;
  if (command.partition === undefined && command.key !== undefined && producer.partitioner !== 'round-robin' && producer.partitioner !== 'sticky') {
    // A keyed record under a partitioner that keeps no count of keyed records (the built-in ones
    // since KIP-794, the legacy default): the key alone decides. Most produces are these.
    placement = keyedPlacement(command.key, numPartitions);
    partition = placement.positiveHash % numPartitions;
  } else if (command.partition !== undefined || command.key !== undefined) {
    // Explicit partition or key: decided without the keyless partitioner, which still counts the bytes.
    const decision = command.partition === undefined ? placeRecord(producer, topicState, command.key, size, numPartitions, rngState, profileOf(state.kafkaVersion)) : undefined;
    partition = command.partition ?? decision!.partition;
    placement = decision?.placement ?? { kind: 'explicit' as const };
    // RoundRobinPartitioner counts keyed records too, so the decision's counter is kept.
    const accounted = accountPlacedRecord(producer, decision?.topicState ?? topicState, partition, size, numPartitions, rngState);
    topicState = accounted.topicState;
    rngState = accounted.rngState;
  } else {
    const decision = placeRecord(producer, topicState, undefined, size, numPartitions, rngState, profileOf(state.kafkaVersion));
    partition = decision.partition;
    placement = decision.placement;
    rngState = decision.rngState;
    topicState = decision.topicState;
  }
  // The partitioner's new state goes into the producer object sendRecord builds anyway.
  let topics = producer.topics;
  if (topicState !== (producer.topics[topic.name] ?? FRESH_TOPIC_STATE)) {
    const copy: Record<string, ProducerTopicState> = Object.assign({}, producer.topics);
    copy[topic.name] = topicState;
    topics = copy;
  }
  const record: NewRecord = { placement, topic: topic.name, partition, value: command.value, size };
  if (command.key !== undefined) record.key = command.key;
  if (producer.transactional === undefined) {
    // linger.ms > 0 (4.0+): the record waits in its partition's batch; 0: sent at once.
    if (lingerMsOf(state) === 0) return sendRecord(state, rngState, producer, topics, record, events);
    const held = accumulate(state, rngState, producer, topics, record, events);
    return command.flush === true && !('code' in held) ? flush(held, { type: 'flush', producer: producer.id }, events) : held;
  }
  // A transactional producer adds the partition to its transaction first (or learns it is fenced); its
  // records are sent at once, without linger.ms batching (a simplification, in the README).
  const txn = transactionalSend(state, producer, topic.name, partition, producer.nextRequestId, events);
  if (isError(txn)) return txn;
  if (!txn.send) return txn.state;
  return sendRecord(txn.state, rngState, txn.state.producers[producer.id]!, topics, record, events);
}
