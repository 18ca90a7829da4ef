import type { Command } from '../engine/index.ts';

/** The page opens on this: a topic `orders` of 3 partitions, a producer, one group of 2 members. */
export const SANDBOX_COMMANDS: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'producer-1' },
  { type: 'addConsumer', consumer: 'consumer-1', group: 'group-a', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'addConsumer', consumer: 'consumer-2', group: 'group-a', topics: ['orders'], autoOffsetReset: 'earliest' },
];
