import fc from 'fast-check';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { applyRetention } from '../log/retention.ts';
import type { SimState } from '../types.ts';

// Bounded cost by construction: every timer in advanceTime reports its next *useful* moment, so the
// work one advanceTime does depends on what can change, not on how much model time passes.
// Work is counted in events (each timer firing narrates at least one), never in wall time.

const brokers = [1, 2, 3];
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('produce' as const), producer: fc.constantFrom('p1', 'p2'), topic: fc.constantFrom('a', 'b'), value: fc.constantFrom('x', 'a longer value') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('isolateBroker' as const, 'reconnectBroker' as const, 'crashBroker' as const, 'startBroker' as const, 'stopBroker' as const), broker: fc.constantFrom(...brokers) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('poll' as const), consumer: fc.constantFrom('c1', 'c2') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('crashConsumer' as const), consumer: fc.constantFrom('c1', 'c2') }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('advanceTime' as const), ms: fc.integer({ min: 0, max: 40_000 }) }) },
);

const setup = (retentionMs: number, retentionBytes: number): Command[] => [
  { type: 'configureBroker', retentionCheckIntervalMs: 1 },
  { type: 'addBroker', broker: 2 },
  { type: 'addBroker', broker: 3 },
  { type: 'createTopic', topic: 'a', partitions: 2, replicationFactor: 3, segmentBytes: 70, retentionMs },
  { type: 'createTopic', topic: 'b', partitions: 1, replicationFactor: 2, segmentBytes: 70, retentionBytes, retentionMs: 5 },
  { type: 'addProducer', producer: 'p1', acks: 1 },
  { type: 'addProducer', producer: 'p2', acks: 'all' },
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['a', 'b'] },
  { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['a'] },
];

const runs = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 300 }), fc.array(commandArb, { minLength: 10, maxLength: 60 }));

function apply(state: SimState, command: Command) {
  return applyCommand(state, command);
}

describe('advanceTime does bounded work (UnifiedLog.deleteOldSegments stops at the high watermark)', () => {
  it('a retention check inside an advance always deletes something (log.retention.check.interval.ms = 1)', () => {
    fc.assert(fc.property(runs, ([retentionMs, retentionBytes, commands]) => {
      let state = createSimulation({ seed: 1 });
      for (const command of [...setup(retentionMs, retentionBytes), ...commands]) {
        const result = apply(state, command);
        state = result.state;
        if (command.type !== 'advanceTime') continue;
        const checks = result.events.filter((e) => e.type === 'retentionChecked').length;
        const deletions = result.events.filter((e) => e.type === 'segmentsDeleted').length;
        // At most one check planned before the advance may find nothing; every other one deletes.
        expect(checks).toBeLessThanOrEqual(deletions + 1);
      }
    }), { numRuns: 60 });
  });

  it('skipping checks leaves no retention undone: after an advance a check now would delete nothing', () => {
    fc.assert(fc.property(runs, ([retentionMs, retentionBytes, commands]) => {
      let state = createSimulation({ seed: 1 });
      for (const command of [...setup(retentionMs, retentionBytes), ...commands]) {
        state = apply(state, command).state;
        if (command.type !== 'advanceTime') continue;
        for (const topic of Object.values(state.topics)) {
          for (const log of topic.partitions) expect(applyRetention(log, topic.config, state.time)).toEqual([]);
        }
      }
    }), { numRuns: 60 });
  });

  it('a year of idle model time costs no more events than a minute, whatever the state', () => {
    fc.assert(fc.property(runs, ([retentionMs, retentionBytes, commands]) => {
      let state = createSimulation({ seed: 1 });
      for (const command of [...setup(retentionMs, retentionBytes), ...commands]) state = apply(state, command).state;
      const minute = apply(state, { type: 'advanceTime', ms: 60_000 }).events.length;
      const year = apply(state, { type: 'advanceTime', ms: 365 * 24 * 3_600_000 }).events.length;
      // The year may add the timers a minute is too short for (an ISR shrink, a session expiring,
      // leader balancing): a bounded number per partition, broker and member, never one per tick.
      expect(year).toBeLessThanOrEqual(minute + 200);
    }), { numRuns: 60 });
  });
});

describe('hostile recipe from issue 22: expired records above the high watermark, a check every ms', () => {
  it('a follower cut off for 30 s with retention.ms=1 costs a handful of checks, not 30,000', () => {
    const commands: Command[] = [
      { type: 'configureBroker', retentionCheckIntervalMs: 1 },
      { type: 'addBroker', broker: 2 },
      { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 2, retentionMs: 1, segmentBytes: 70 },
      { type: 'addProducer', producer: 'p', acks: 1 },
      { type: 'isolateBroker', broker: 2 },
    ];
    for (let i = 0; i < 20; i++) commands.push({ type: 'produce', producer: 'p', topic: 't', value: 'v' });
    let state = createSimulation({ seed: 1 });
    for (const command of commands) state = apply(state, command).state;
    const { state: after, events } = apply(state, { type: 'advanceTime', ms: 31_000 });
    expect(events.filter((e) => e.type === 'retentionChecked').length).toBeLessThanOrEqual(3);
    // Once replica.lag.time.max.ms shrinks the ISR the high watermark moves and retention deletes.
    expect(events.some((e) => e.type === 'segmentsDeleted')).toBe(true);
    expect(after.topics['t']!.partitions[0]!.logStartOffset).toBeGreaterThan(0);
  });
});
