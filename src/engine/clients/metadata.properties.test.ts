import fc from 'fast-check';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { allRecords } from '../log/partition-log.ts';
import type { SimEvent } from '../events.ts';
import type { SimState } from '../types.ts';

// Properties of metadata age under random producers, polls, time and partition increases (3.9 and
// 4.1 profiles): the same seed and commands give the same run, and a group with
// auto.offset.reset=earliest loses no record across a partition increase, however late its leader
// notices (KAFKA-12261 is the latest policy's loss, not earliest's).

const CONSUMERS = ['c1', 'c2', 'c3'];
const LONG = 100_000_000; // max.poll.interval.ms: nobody is dropped for not polling while time jumps

function commandArb(): fc.Arbitrary<Command> {
  const consumer = fc.constantFrom(...CONSUMERS);
  return fc.oneof(
    { weight: 4, arbitrary: consumer.map((c): Command => ({ type: 'poll', consumer: c, maxRecords: 3 })) },
    { weight: 4, arbitrary: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: undefined }).map((key): Command => ({ type: 'produce', producer: 'p', topic: 't', value: 'v', ...(key === undefined ? {} : { key }) })) },
    { weight: 1, arbitrary: fc.constant<Command>({ type: 'addProducer', producer: 'q', metadataMaxAgeMs: 60_000 }) },
    { weight: 2, arbitrary: fc.constantFrom('p', 'q').map((producer): Command => ({ type: 'produce', producer, topic: 't', value: 'w', partition: 0 })) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 400_000 }).map((ms): Command => ({ type: 'advanceTime', ms })) },
    { weight: 1, arbitrary: fc.integer({ min: 3, max: 8 }).map((partitions): Command => ({ type: 'alterPartitions', topic: 't', partitions })) },
    { weight: 1, arbitrary: consumer.map((c): Command => ({ type: 'commit', consumer: c })) },
  );
}

function setup(): Command[] {
  return [
    { type: 'createTopic', topic: 't', partitions: 2 },
    { type: 'addProducer', producer: 'p' },
    ...CONSUMERS.map((c): Command => ({ type: 'addConsumer', consumer: c, group: 'g', topics: ['t'], autoOffsetReset: 'earliest', enableAutoCommit: false, maxPollIntervalMs: LONG })),
  ];
}

function play(version: '3.9' | '4.1', commands: readonly Command[]): { state: SimState; events: SimEvent[] } {
  let state = createSimulation({ seed: 3, kafkaVersion: version });
  const events: SimEvent[] = [];
  for (const command of [...setup(), ...commands]) {
    const result = applyCommand(state, command);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

describe('metadata age properties', () => {
  it('same seed and commands, same run', () => {
    fc.assert(fc.property(fc.constantFrom('3.9' as const, '4.1' as const), fc.array(commandArb(), { maxLength: 40 }), (version, commands) => {
      const once = () => { const r = play(version, commands); return JSON.stringify({ producers: r.state.producers, consumers: r.state.consumers, groups: r.state.groups, events: r.events }); };
      expect(once()).toBe(once());
    }), { numRuns: 60 });
  });

  it('idle time costs one refresh per client that has something to learn, then nothing (a refresh is only ever due when it learns)', () => {
    fc.assert(fc.property(fc.constantFrom('3.9' as const, '4.1' as const), fc.array(commandArb(), { maxLength: 40 }), (version, commands) => {
      let { state } = play(version, commands);
      const clients = Object.keys(state.producers).length + Object.keys(state.consumers).length;
      const year = 365 * 24 * 3_600_000;
      const first = applyCommand(state, { type: 'advanceTime', ms: year });
      expect(first.events.filter((e) => e.type === 'metadataUpdated').length).toBeLessThanOrEqual(clients);
      state = first.state;
      for (const p of Object.values(state.producers)) for (const [topic, n] of Object.entries(p.metadata!.partitions)) expect(n).toBe(state.topics[topic]!.partitions.length);
      expect(applyCommand(state, { type: 'advanceTime', ms: year }).events.filter((e) => e.type === 'metadataUpdated')).toEqual([]);
    }), { numRuns: 60 });
  });

  it('no record is skipped with auto.offset.reset=earliest across a partition increase', () => {
    fc.assert(fc.property(fc.constantFrom('3.9' as const, '4.1' as const), fc.array(commandArb(), { maxLength: 40 }), (version, commands) => {
      // Then the producers' batches go out, every client's metadata refreshes, and everyone polls until the group has read all.
      const drain: Command[] = [{ type: 'flush', producer: 'p' }, { type: 'advanceTime', ms: 600_000 }];
      for (let round = 0; round < 12; round++) for (const c of CONSUMERS) drain.push({ type: 'poll', consumer: c });
      const { state, events } = play(version, [...commands, ...drain]);
      const read = new Set<string>();
      for (const e of events) if (e.type === 'recordsFetched') for (const b of e.batches) for (const r of b.records) read.add(`${b.partition}:${r.offset}`);
      for (const log of state.topics['t']!.partitions) {
        for (const record of allRecords(log)) {
          if (record.offset < log.highWatermark) expect(read.has(`${log.partition}:${record.offset}`), `t-${log.partition} offset ${record.offset} never read`).toBe(true);
        }
      }
    }), { numRuns: 80 });
  });
});
