import type { AddProducerCommand, ProduceCommand, RemoveProducerCommand } from '../commands.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { simError } from '../errors.ts';
import { appendRecord } from '../log/partition-log.ts';
import { accountPlacedRecord, placeRecord } from '../placement/partitioners.ts';
import { producerSizeEstimate, recordSizeInBytes } from '../placement/record-size.ts';
import type { ProducerState, ProducerTopicState, SimState, TopicState } from '../types.ts';
import { type Events, type HandlerResult, withoutKey } from './context.ts';
import { unknownTopic } from './topics.ts';

const FRESH_TOPIC_STATE: ProducerTopicState = { stickyBytes: 0 };

export function unknownProducer(producer: string) {
  return simError('UNKNOWN_PRODUCER', `Unknown producer ${producer}`, { producer });
}

export function addProducer(state: SimState, command: AddProducerCommand, events: Events): HandlerResult {
  if (state.producers[command.producer]) {
    return simError('PRODUCER_EXISTS', `Producer ${command.producer} already exists`, { producer: command.producer });
  }
  const producer: ProducerState = {
    id: command.producer,
    partitioner: command.partitioner ?? KAFKA_DEFAULTS.partitioner,
    batchBytes: command.batchBytes ?? KAFKA_DEFAULTS.batchBytes,
    topics: {},
  };
  events.push({ type: 'producerAdded', at: state.time, producer: producer.id, partitioner: producer.partitioner, batchBytes: producer.batchBytes });
  return { ...state, producers: { ...state.producers, [producer.id]: producer } };
}

export function removeProducer(state: SimState, command: RemoveProducerCommand, events: Events): HandlerResult {
  if (!state.producers[command.producer]) return unknownProducer(command.producer);
  events.push({ type: 'producerRemoved', at: state.time, producer: command.producer });
  return { ...state, producers: withoutKey(state.producers, command.producer) };
}

export function produce(state: SimState, command: ProduceCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  const topic = state.topics[command.topic];
  if (!topic) return unknownTopic(command.topic);
  const numPartitions = topic.partitions.length;
  if (command.partition !== undefined && command.partition >= numPartitions) {
    return simError('UNKNOWN_TOPIC_OR_PARTITION', `Partition ${command.partition} of topic ${topic.name} with partition count ${numPartitions} is not present`, { topic: topic.name, partition: command.partition, partitions: numPartitions });
  }
  const estimate = producerSizeEstimate(command.key, command.value);
  if (estimate > state.broker.maxRequestSize) {
    // KafkaProducer.ensureValidRecordSize: RecordTooLargeException, on the upper-bound estimate
    return simError('RECORD_TOO_LARGE', `The message is ${estimate} bytes when serialized which is larger than ${state.broker.maxRequestSize}, which is the value of the max.request.size configuration.`, { size: estimate, max: state.broker.maxRequestSize });
  }
  const size = recordSizeInBytes(command.key, command.value);
  if (size > topic.config.segmentBytes) {
    // UnifiedLog.append refuses a batch that could never fit in a segment.
    return simError('RECORD_BATCH_TOO_LARGE', `Message batch size is ${size} bytes in append to partition ${topic.name}, which exceeds the maximum configured segment size of ${topic.config.segmentBytes}.`, { size, max: topic.config.segmentBytes, topic: topic.name });
  }

  let partition: number;
  let rngState = state.rngState;
  let placement;
  let topicState = producer.topics[topic.name] ?? FRESH_TOPIC_STATE;
  if (command.partition !== undefined || command.key !== undefined) {
    // Explicit partition or key: decided without the keyless partitioner, which still counts the bytes.
    const decision = command.partition === undefined ? placeRecord(producer, topicState, command.key, size, numPartitions, rngState) : undefined;
    partition = command.partition ?? decision!.partition;
    placement = decision?.placement ?? { kind: 'explicit' as const };
    // RoundRobinPartitioner counts keyed records too, so the decision's counter is kept.
    const accounted = accountPlacedRecord(producer, decision?.topicState ?? topicState, partition, size, numPartitions, rngState);
    topicState = accounted.topicState;
    rngState = accounted.rngState;
  } else {
    const decision = placeRecord(producer, topicState, undefined, size, numPartitions, rngState);
    partition = decision.partition;
    placement = decision.placement;
    rngState = decision.rngState;
    topicState = decision.topicState;
  }
  const producers = topicState === (producer.topics[topic.name] ?? FRESH_TOPIC_STATE)
    ? state.producers
    : { ...state.producers, [producer.id]: { ...producer, topics: { ...producer.topics, [topic.name]: topicState } } };

  const log = topic.partitions[partition]!;
  const appended = appendRecord(log, topic.config, state.time, command.key, command.value, producer.id, size);
  if (appended.rolled) {
    events.push({ type: 'segmentRolled', at: state.time, topic: topic.name, partition, baseOffset: appended.rolled.baseOffset, reason: appended.rolled.reason });
  }
  const offset = appended.record.offset;
  events.push(command.key === undefined
    ? { type: 'recordProduced', at: state.time, producer: producer.id, topic: topic.name, partition, offset, value: command.value, size, placement }
    : { type: 'recordProduced', at: state.time, producer: producer.id, topic: topic.name, partition, offset, key: command.key, value: command.value, size, placement });
  const partitions = topic.partitions.slice();
  partitions[partition] = appended.log;
  // Spelled out rather than spread: this is the hottest line of the engine.
  const topics: Record<string, TopicState> = Object.assign({}, state.topics);
  topics[topic.name] = { name: topic.name, config: topic.config, partitions };
  return {
    seed: state.seed, rngState, time: state.time, broker: state.broker, nextRetentionCheckAt: state.nextRetentionCheckAt,
    topics, producers, consumers: state.consumers, groups: state.groups,
  };
}
