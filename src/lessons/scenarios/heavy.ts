import type { Command, SimState } from '../../engine/index.ts';

// The load scenario behind `?scenario=heavy` and `npm run bench:ui`: 16 partitions, 4 producers at
// 50 records per second each, 2 groups of 4 consumers, retention by bytes so that several thousand
// records stay retained while older segments keep being deleted.

export const HEAVY = {
  partitions: 16,
  producers: 4,
  recordsPerSecondEach: 50,
  groups: 2,
  membersPerGroup: 4,
  segmentBytes: 900,
  retentionBytes: 36_000,
  preloadRecords: 6_400,
} as const;

const CYCLE_RECORDS = 8; // records per cycle, over the 4 producers
const CYCLE_MS = (CYCLE_RECORDS / (HEAVY.producers * HEAVY.recordsPerSecondEach)) * 1000; // 40 ms
const CYCLE_STEPS = CYCLE_RECORDS + 2; // the records, one poll, one advanceTime
const consumers = Array.from({ length: HEAVY.groups * HEAVY.membersPerGroup }, (_, i) => `g${Math.floor(i / HEAVY.membersPerGroup) + 1}-c${(i % HEAVY.membersPerGroup) + 1}`);

export function heavySetup(): Command[] {
  const commands: Command[] = [
    { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
    { type: 'createTopic', topic: 'events', partitions: HEAVY.partitions, segmentBytes: HEAVY.segmentBytes, retentionBytes: HEAVY.retentionBytes },
  ];
  for (let p = 0; p < HEAVY.producers; p++) commands.push({ type: 'addProducer', producer: `producer-${p + 1}`, partitioner: 'legacy-default' });
  for (const consumer of consumers) {
    commands.push({ type: 'addConsumer', consumer, group: consumer.split('-')[0]!, topics: ['events'], autoOffsetReset: 'earliest' });
  }
  // Each member joins its group in its first poll.
  for (const consumer of consumers) commands.push({ type: 'poll', consumer });
  for (let step = 0; step < (HEAVY.preloadRecords / CYCLE_RECORDS) * CYCLE_STEPS; step++) commands.push(heavyCommand(step));
  return commands;
}

/** The step-th command of the endless traffic: a pure function of the step, so runs repeat. */
export function heavyCommand(step: number): Command {
  const cycle = Math.floor(step / CYCLE_STEPS);
  const slot = step % CYCLE_STEPS;
  if (slot < CYCLE_RECORDS) {
    const n = cycle * CYCLE_RECORDS + slot;
    return { type: 'produce', producer: `producer-${(slot % HEAVY.producers) + 1}`, topic: 'events', key: `customer-${(n * 7919) % 997}`, value: `event #${n}` };
  }
  if (slot === CYCLE_RECORDS) return { type: 'poll', consumer: consumers[cycle % consumers.length]!, maxRecords: 100 };
  return { type: 'advanceTime', ms: CYCLE_MS };
}

export function heavyFeed(_state: SimState, step: number): Command {
  return heavyCommand(step);
}
