import type { Command } from '../engine/index.ts';

/**
 * The page opens on this: a topic `orders` of 3 partitions, a producer (the built-in partitioner of
 * Kafka 3.3+), one group of 2 members (each joins in its first poll).
 */
export const SANDBOX_COMMANDS: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'producer-1' },
  { type: 'addConsumer', consumer: 'consumer-1', group: 'group-a', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'addConsumer', consumer: 'consumer-2', group: 'group-a', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'poll', consumer: 'consumer-1' },
  { type: 'poll', consumer: 'consumer-2' },
];
