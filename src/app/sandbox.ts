import type { Command } from '../engine/index.ts';
import type { Timeline } from '../store/timeline.ts';

/**
 * The page opens on this: a topic `orders` of 3 partitions, a producer (the built-in partitioner of
 * Kafka 3.3+), one group of 2 members (each joins in its first poll). consumer-2's join starts a
 * rebalance that waits for consumer-1 to rejoin (the classic protocol's join barrier), so
 * consumer-1 polls once more and the page opens on a Stable group.
 */
export const SANDBOX_COMMANDS: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'producer-1' },
  { type: 'addConsumer', consumer: 'consumer-1', group: 'group-a', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'addConsumer', consumer: 'consumer-2', group: 'group-a', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'poll', consumer: 'consumer-1' },
  { type: 'poll', consumer: 'consumer-2' },
  { type: 'poll', consumer: 'consumer-1' },
];

/**
 * Where Reset goes: the end of the starting scenario when the timeline begins with it (a restored
 * or fresh sandbox), else step 0 (a file that starts otherwise).
 */
export function sandboxHome(timeline: Timeline): number {
  if (timeline.dropped > 0 || timeline.commands.length < SANDBOX_COMMANDS.length) return 0;
  const same = SANDBOX_COMMANDS.every((c, i) => JSON.stringify(c) === JSON.stringify(timeline.commands.at(i)));
  return same ? SANDBOX_COMMANDS.length : 0;
}
