// The bench's two workloads as command timelines: 12 partitions, one producer, 3 groups x 4
// consumers polling and committing every 1,200 records; the replicated one on 3 brokers with
// replication factor 3 and acks=all, model time advancing 1 s (a fetch round) every 400 records.
// The default profile (the newest Kafka) batches with linger.ms: a partition's batch leaves when
// batch.size is reached, and a flush at the end sends what is left.
import type { Command } from '../src/engine/index.ts';

export const PARTITIONS = 12;
export const GROUPS = 3;
export const MEMBERS = 4;
export const POLL_EVERY = 1_200;
// A fetch round every 400 records keeps the records awaiting acks=all below the simulator's cap
// on unacknowledged records per producer (maxPendingRequests, 512).
export const ADVANCE_EVERY = 400;
export const keys = Array.from({ length: 1000 }, (_, i) => `customer-${i}`);
export const consumerIds = Array.from({ length: GROUPS }, (_, g) => Array.from({ length: MEMBERS }, (_, m) => `g${g}-c${m}`)).flat();

export function setupCommands(replicated: boolean): Command[] {
  const commands: Command[] = replicated
    ? [{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, { type: 'createTopic', topic: 'orders', partitions: PARTITIONS, replicationFactor: 3 }]
    : [{ type: 'createTopic', topic: 'orders', partitions: PARTITIONS }];
  commands.push({ type: 'addProducer', producer: 'p' });
  for (let g = 0; g < GROUPS; g++) {
    for (let m = 0; m < MEMBERS; m++) commands.push({ type: 'addConsumer', consumer: `g${g}-c${m}`, group: `g${g}`, topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false });
  }
  // Members join in their first poll; joining first keeps the timed part to reads and commits.
  for (const consumer of consumerIds) commands.push({ type: 'poll', consumer });
  return commands;
}

export function produceCommand(i: number): Command {
  return { type: 'produce', producer: 'p', topic: 'orders', key: keys[i % keys.length]!, value: `order #${i}` };
}

/** The whole timeline: setup, then every record with the polls, commits and fetch rounds between them. */
export function timeline(records: number, replicated: boolean): Command[] {
  const commands = setupCommands(replicated);
  for (let i = 0; i < records; i++) {
    commands.push(produceCommand(i));
    if (replicated && (i + 1) % ADVANCE_EVERY === 0) commands.push({ type: 'advanceTime', ms: 1000 });
    if ((i + 1) % POLL_EVERY === 0) {
      for (const consumer of consumerIds) commands.push({ type: 'poll', consumer }, { type: 'commit', consumer });
    }
  }
  // Kafka 4.0+ (linger.ms 5, the default profile): the last open batches wait for linger.ms, which
  // no command here lets pass; KafkaProducer.flush() sends them, as close() would.
  commands.push({ type: 'flush', producer: 'p' });
  return commands;
}
