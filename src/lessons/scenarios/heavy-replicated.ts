import type { Command, SimState } from '../../engine/index.ts';
import { HEAVY } from './heavy.ts';

// `?scenario=heavy-replicated`, the replicated scene of `npm run bench:ui`: the heavy load (16
// partitions, 4 producers at 50 records/s each, 2 groups of 4 consumers, retention by bytes) on 3
// brokers with replication factor 3, and every 30 s of model time one broker crashes, to be started
// again 15 s later (brokers 1, 2, 3 in turn): fencing, ISR shrinks, elections and catch-up all the time.

export const REPLICATED = { brokers: 3, replicationFactor: 3, crashEveryMs: 30_000, downForMs: 15_000, preloadRecords: 5_896 } as const;
// The preload ends at 29.5 s of model time (737 cycles of 40 ms), so a run playing from there meets
// the first crash at once, its fencing and elections 9 s later and the broker's return at 45 s.

const CYCLE_RECORDS = 8;
const CYCLE_MS = (CYCLE_RECORDS / (HEAVY.producers * HEAVY.recordsPerSecondEach)) * 1000; // 40 ms
const CYCLE_STEPS = CYCLE_RECORDS + 2; // the records, one poll (or a broker crashing / starting), one advanceTime
const CRASH_CYCLES = REPLICATED.crashEveryMs / CYCLE_MS; // 750
const DOWN_CYCLES = REPLICATED.downForMs / CYCLE_MS; // 375
const consumers = Array.from({ length: HEAVY.groups * HEAVY.membersPerGroup }, (_, i) => `g${Math.floor(i / HEAVY.membersPerGroup) + 1}-c${(i % HEAVY.membersPerGroup) + 1}`);

export function heavyReplicatedSetup(): Command[] {
  const commands: Command[] = [
    { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
    { type: 'addBroker', broker: 2 },
    { type: 'addBroker', broker: 3 },
    { type: 'createTopic', topic: 'events', partitions: HEAVY.partitions, replicationFactor: REPLICATED.replicationFactor, segmentBytes: HEAVY.segmentBytes, retentionBytes: HEAVY.retentionBytes },
  ];
  // acks=all, 1, all, 1: both kinds of acknowledgement return while brokers come and go.
  for (let p = 0; p < HEAVY.producers; p++) commands.push({ type: 'addProducer', producer: `producer-${p + 1}`, partitioner: 'legacy-default', acks: p % 2 === 0 ? 'all' : 1 });
  for (const consumer of consumers) {
    commands.push({ type: 'addConsumer', consumer, group: consumer.split('-')[0]!, topics: ['events'], autoOffsetReset: 'earliest' });
  }
  for (const consumer of consumers) commands.push({ type: 'poll', consumer });
  for (let step = 0; step < (REPLICATED.preloadRecords / CYCLE_RECORDS) * CYCLE_STEPS; step++) commands.push(heavyReplicatedCommand(step));
  return commands;
}

/** The step-th command of the endless traffic: a pure function of the step, so runs repeat. */
export function heavyReplicatedCommand(step: number): Command {
  const cycle = Math.floor(step / CYCLE_STEPS);
  const slot = step % CYCLE_STEPS;
  if (slot < CYCLE_RECORDS) {
    const n = cycle * CYCLE_RECORDS + slot;
    return { type: 'produce', producer: `producer-${(slot % HEAVY.producers) + 1}`, topic: 'events', key: `customer-${(n * 7919) % 997}`, value: `event #${n}` };
  }
  if (slot === CYCLE_RECORDS) {
    const round = Math.floor(cycle / CRASH_CYCLES);
    const broker = ((round - 1) % REPLICATED.brokers) + 1;
    if (cycle > 0 && cycle % CRASH_CYCLES === 0) return { type: 'crashBroker', broker };
    if (round > 0 && cycle % CRASH_CYCLES === DOWN_CYCLES) return { type: 'startBroker', broker };
    return { type: 'poll', consumer: consumers[cycle % consumers.length]!, maxRecords: 100 };
  }
  return { type: 'advanceTime', ms: CYCLE_MS };
}

export function heavyReplicatedFeed(_state: SimState, step: number): Command {
  return heavyReplicatedCommand(step);
}
