import { fetchedRecords, type SimEvent, type TopicPartition } from '../engine/index.ts';

// The things an event touched, as ids the view can highlight when the event is hovered:
// producer:ID, topic:T, partition:T:P, record:T:P:OFFSET, consumer:ID, group:ID, broker:N.
// ':' is not legal in a topic name, so the ids are unambiguous.

export const producerId = (producer: string) => `producer:${producer}`;
export const topicId = (topic: string) => `topic:${topic}`;
export const partitionId = (topic: string, partition: number) => `partition:${topic}:${partition}`;
export const recordId = (topic: string, partition: number, offset: number) => `record:${topic}:${partition}:${offset}`;
export const consumerId = (consumer: string) => `consumer:${consumer}`;
export const groupId = (group: string) => `group:${group}`;
export const brokerId = (broker: number) => `broker:${broker}`;

/** A partition and the topic it belongs to. */
function partitionIds(tps: readonly TopicPartition[]): string[] {
  return tps.flatMap((tp) => [topicId(tp.topic), partitionId(tp.topic, tp.partition)]);
}

function range(topic: string, from: number, to: number): TopicPartition[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => ({ topic, partition: from + i }));
}

function touched(event: SimEvent): string[] {
  switch (event.type) {
    case 'topicCreated':
      return [topicId(event.topic), ...partitionIds(range(event.topic, 0, event.partitions))];
    case 'partitionsAdded':
      return [topicId(event.topic), ...partitionIds(range(event.topic, event.from, event.to))];
    case 'producerAdded':
    case 'producerRemoved':
      return [producerId(event.producer)];
    case 'metadataUpdated':
      return [event.clientType === 'producer' ? producerId(event.client) : consumerId(event.client), topicId(event.topic)];
    case 'recordProduced':
      return [producerId(event.producer), ...partitionIds([event]), recordId(event.topic, event.partition, event.offset)];
    case 'segmentRolled':
    case 'segmentsDeleted':
      return partitionIds([event]);
    case 'consumerJoined':
    case 'consumerSubscribed':
    case 'memberPollTimeout':
    case 'consumerRestarted':
    case 'consumerLeft':
    case 'consumerCrashed':
    case 'memberExpired':
    case 'commitRetried':
    case 'commitFailed':
      return [consumerId(event.consumer), groupId(event.group)];
    case 'groupStateChanged':
      return [groupId(event.group)];
    case 'joinGroup':
      return [consumerId(event.consumer), groupId(event.group)];
    case 'syncGroup':
      return [groupId(event.group), consumerId(event.consumer), ...partitionIds(event.partitions)];
    case 'rebalanceStarted':
      return [groupId(event.group), ...event.members.map(consumerId)];
    case 'partitionsRevoked':
    case 'partitionsAssigned':
      return [groupId(event.group), consumerId(event.consumer), ...partitionIds(event.partitions)];
    case 'rebalanceCompleted':
      return [groupId(event.group), ...Object.entries(event.assignment).flatMap(([consumer, tps]) => [consumerId(consumer), ...partitionIds(tps)])];
    case 'offsetReset':
    case 'positionRestored':
    case 'positionSought':
      return [consumerId(event.consumer), groupId(event.group), ...partitionIds([event])];
    case 'recordsFetched':
      return [
        consumerId(event.consumer),
        groupId(event.group),
        ...partitionIds(event.batches),
        ...fetchedRecords(event).map((r) => recordId(r.topic, r.partition, r.offset)),
      ];
    case 'offsetResetRequested':
    case 'partitionsPaused':
    case 'partitionsResumed':
      return [consumerId(event.consumer), groupId(event.group), ...partitionIds(event.partitions)];
    case 'offsetsCommitted':
      return [consumerId(event.consumer), groupId(event.group), ...partitionIds(event.offsets)];
    case 'recordAccumulated':
    case 'batchSent':
    case 'produceWaiting':
    case 'produceErrored':
    case 'produceFailed':
      return [producerId(event.producer), ...partitionIds([event])];
    case 'produceRetried':
      return [producerId(event.producer), ...partitionIds([event]), brokerId(event.broker)];
    case 'produceAcknowledged':
    case 'ackLost':
    case 'duplicateDropped':
      return [producerId(event.producer), ...partitionIds([event]), ...(event.offset === undefined || event.offset < 0 ? [] : [recordId(event.topic, event.partition, event.offset)])];
    case 'ackLossArmed':
      return [producerId(event.producer)];
    case 'brokerAdded':
    case 'brokerStopped':
    case 'brokerCrashed':
    case 'brokerFenced':
    case 'brokerStarted':
    case 'brokerIsolated':
    case 'brokerReconnected':
      return [brokerId(event.broker)];
    case 'replicaFetched':
    case 'highWatermarkAdvanced':
    case 'logTruncated':
      return [...partitionIds([event]), brokerId(event.broker)];
    case 'isrShrunk':
      return [...partitionIds([event]), ...event.removed.map(brokerId)];
    case 'isrExpanded':
      return [...partitionIds([event]), brokerId(event.added)];
    case 'leaderElected':
      return [...partitionIds([event]), brokerId(event.leader), ...(event.previousLeader === undefined ? [] : [brokerId(event.previousLeader)])];
    case 'partitionOffline':
      return [...partitionIds([event]), ...(event.lastLeader === undefined ? [] : [brokerId(event.lastLeader)])];
    case 'coordinatorMoved':
      return [groupId(event.group), ...[event.from, event.to].filter((b): b is number => b !== undefined).map(brokerId)];
    case 'groupOffsetsReset':
      return [groupId(event.group), ...partitionIds(event.offsets)];
    case 'groupEpochBumped':
      return [groupId(event.group), ...(event.consumer === undefined ? [] : [consumerId(event.consumer)])];
    case 'targetAssignmentComputed':
      return [groupId(event.group), ...Object.entries(event.target).flatMap(([consumer, tps]) => [consumerId(consumer), ...partitionIds(tps)])];
    case 'memberReconciled':
      return [groupId(event.group), consumerId(event.consumer), ...partitionIds([...event.assigned, ...event.revoking, ...event.unreleased])];
    case 'topicConfigAltered':
    case 'configScaledDown':
      return [topicId(event.topic)];
    case 'logCleaned':
      return [...partitionIds([event]), brokerId(event.broker)];
    case 'transactionsInitialized':
    case 'transactionBegun':
    case 'transactionEndWaiting':
    case 'producerFenced':
      return [producerId(event.producer)];
    case 'partitionAddedToTransaction':
      // __consumer_offsets (sendOffsetsToTransaction) is not drawn.
      return event.topic.startsWith('__') ? [producerId(event.producer)] : [producerId(event.producer), ...partitionIds([event])];
    case 'transactionMarkersWritten':
      return [...partitionIds(event.markers), ...event.markers.map((m) => recordId(m.topic, m.partition, m.offset))];
    case 'producerEpochBumped':
      return [producerId(event.producer)];
    case 'lateWriteArrived':
      return [producerId(event.producer), ...partitionIds([event]), ...(event.offset === undefined ? [] : [recordId(event.topic, event.partition, event.offset)])];
    case 'hangingTransactionAborted':
      return [...partitionIds([event]), recordId(event.topic, event.partition, event.startOffset), recordId(event.topic, event.partition, event.markerOffset)];
    case 'transactionOffsetsAdded':
      return [producerId(event.producer), groupId(event.group)];
    case 'transactionOffsetsCommitted':
      return [groupId(event.group), ...partitionIds(event.offsets)];
    case 'transactionStateChanged':
    case 'retentionChecked':
    case 'timeAdvanced':
    case 'brokerConfigured':
      return [];
    default: {
      const unknown: never = event; // a new event type must be listed above
      void unknown;
      return [];
    }
  }
}

/** The ids an event touched, each once, in a stable order. */
export function eventTargets(event: SimEvent): string[] {
  return [...new Set(touched(event))];
}
