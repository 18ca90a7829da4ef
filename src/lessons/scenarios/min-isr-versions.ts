import type { Command, KafkaVersion } from '../../engine/index.ts';

/**
 * One scenario, two Kafka versions (issue 18, "Must show"): a topic of replication factor 2 with
 * min.insync.replicas 3 and one acks=all send. Up to 3.6 no ISR can ever reach 3, so every send fails
 * with NOT_ENOUGH_REPLICAS until delivery.timeout.ms; since 3.7 (KAFKA-15583, Partition.effectiveMinIsr)
 * the minimum is capped at the replica count, so the same send is acknowledged and read.
 * Opened by `?scenario=min-isr-versions` (src/app/boot.ts).
 */
export const MIN_ISR_VERSIONS_NAME = 'min-isr-versions';
export const MIN_ISR_VERSIONS_TOPIC = 'payments';
/** The two versions the example compares: the last without the cap, the newest modelled. */
export const MIN_ISR_VERSIONS_COMPARED: readonly [KafkaVersion, KafkaVersion] = ['3.6', '4.1'];

export function minIsrVersionsCommands(): Command[] {
  return [
    { type: 'addBroker', broker: 2 },
    { type: 'createTopic', topic: MIN_ISR_VERSIONS_TOPIC, partitions: 1, replicationFactor: 2, minInsyncReplicas: 3 },
    { type: 'addProducer', producer: 'producer-1', acks: 'all', deliveryTimeoutMs: 30_000 },
    { type: 'addConsumer', consumer: 'consumer-1', group: 'readers', topics: [MIN_ISR_VERSIONS_TOPIC], autoOffsetReset: 'earliest' },
    { type: 'poll', consumer: 'consumer-1' },
    { type: 'produce', producer: 'producer-1', topic: MIN_ISR_VERSIONS_TOPIC, value: 'payment-1' },
    { type: 'advanceTime', ms: 31_000 },
    { type: 'poll', consumer: 'consumer-1' },
  ];
}
