import fc from 'fast-check';
import { applyCommand, createSimulation } from './apply.ts';
import type { Command } from './commands.ts';
import type { SimEvent } from './events.ts';
import { records } from './queries.ts';
import { snapshot } from './test-support/snapshot.ts';
import type { LogRecord, SimState } from './types.ts';
import { tpKey } from './types.ts';

// Random command sequences over a small world, checked after every step.
const consumers = ['c1', 'c2', 'c3', 'c4'];
const groups = ['g1', 'g2'];
const assignors = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('produce' as const), producer: fc.constantFrom('p1', 'p2'), topic: fc.constantFrom('a', 'b'), key: fc.option(fc.constantFrom('k1', 'k2', 'k3', '키', ''), { nil: undefined }), value: fc.constantFrom('x', 'hello', 'a longer value') }).map(({ key, ...rest }) => (key === undefined ? rest : { ...rest, key })) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('addConsumer' as const), consumer: fc.constantFrom(...consumers), group: fc.constantFrom(...groups), topics: fc.subarray(['a', 'b'], { minLength: 1 }), autoOffsetReset: fc.constantFrom('earliest' as const, 'latest' as const, 'none' as const), assignor: fc.constantFrom(...assignors), enableAutoCommit: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('poll' as const), consumer: fc.constantFrom(...consumers), maxRecords: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('commit' as const), consumer: fc.constantFrom(...consumers) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeConsumer' as const), consumer: fc.constantFrom(...consumers) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('crashConsumer' as const), consumer: fc.constantFrom(...consumers) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('advanceTime' as const), ms: fc.integer({ min: 0, max: 60_000 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('alterPartitions' as const), topic: fc.constantFrom('a', 'b'), partitions: fc.integer({ min: 1, max: 6 }) }) },
);

const setup: Command[] = [
  { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
  { type: 'createTopic', topic: 'a', partitions: 2, segmentBytes: 300, retentionMs: 20_000 },
  { type: 'createTopic', topic: 'b', partitions: 3, segmentBytes: 250, retentionBytes: 600 },
  { type: 'addProducer', producer: 'p1' },
  { type: 'addProducer', producer: 'p2', partitioner: 'sticky', batchBytes: 200 },
];

interface Trace { states: SimState[]; events: SimEvent[][] }

function play(commands: Command[], seed: number): Trace {
  let state = createSimulation({ seed });
  const trace: Trace = { states: [], events: [] };
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) {
      expect(result.state).toBe(state);
      expect(result.events).toEqual([]);
    }
    state = result.state;
    trace.states.push(state);
    trace.events.push(result.events);
  }
  return trace;
}

// Every run starts with members in both groups (assignor and reset policy drawn), so most of the
// random commands act on live consumers instead of being refused.
const members = fc.tuple(fc.constantFrom(...assignors), fc.constantFrom(...assignors), fc.constantFrom('earliest' as const, 'latest' as const)).map(([a1, a2, reset]): Command[] => [
  { type: 'addConsumer', consumer: 'c1', group: 'g1', topics: ['a', 'b'], assignor: a1, autoOffsetReset: reset },
  { type: 'addConsumer', consumer: 'c2', group: 'g1', topics: ['a', 'b'], assignor: a1, autoOffsetReset: 'earliest', enableAutoCommit: false },
  { type: 'addConsumer', consumer: 'c3', group: 'g2', topics: ['a'], assignor: a2, autoOffsetReset: 'earliest' },
]);
const sequences = fc.tuple(members, fc.array(commandArb, { minLength: 20, maxLength: 120 }), fc.integer())
  .map(([prefix, commands, seed]): [Command[], number] => [[...setup, ...prefix, ...commands], seed]);

describe('engine invariants over random command sequences', () => {
  it('offsets in a partition are gapless and only grow; log start only moves forward', () => {
    fc.assert(fc.property(sequences, ([commands, seed]) => {
      const { states } = play(commands, seed);
      let previous: Record<string, { start: number; end: number }> = {};
      for (const state of states) {
        const now: Record<string, { start: number; end: number }> = {};
        for (const topic of Object.values(state.topics)) {
          for (const log of topic.partitions) {
            const key = tpKey(topic.name, log.partition);
            const offsets = records(state, topic.name, log.partition).map((r) => r.offset);
            expect(offsets).toEqual(Array.from({ length: log.logEndOffset - log.logStartOffset }, (_, i) => log.logStartOffset + i));
            const before = previous[key];
            if (before) {
              expect(log.logEndOffset).toBeGreaterThanOrEqual(before.end);
              expect(log.logStartOffset).toBeGreaterThanOrEqual(before.start);
            }
            now[key] = { start: log.logStartOffset, end: log.logEndOffset };
          }
        }
        previous = now;
      }
    }), { numRuns: 60 });
  });

  it('a retained record never changes, and none is lost unless retention deleted its segment', () => {
    fc.assert(fc.property(sequences, ([commands, seed]) => {
      const { states, events } = play(commands, seed);
      const seen = new Map<string, LogRecord>();
      const deletedBelow = new Map<string, number>();
      states.forEach((state, i) => {
        for (const e of events[i]!) {
          if (e.type === 'segmentsDeleted') {
            const key = tpKey(e.topic, e.partition);
            deletedBelow.set(key, Math.max(deletedBelow.get(key) ?? 0, ...e.segments.map((s) => s.endOffset)));
          }
        }
        for (const topic of Object.values(state.topics)) {
          for (const log of topic.partitions) {
            const key = tpKey(topic.name, log.partition);
            expect(log.logStartOffset).toBe(deletedBelow.get(key) ?? 0);
            for (const r of records(state, topic.name, log.partition)) {
              const id = `${key}@${r.offset}`;
              const first = seen.get(id);
              if (first) expect(r).toEqual(first);
              else seen.set(id, r);
            }
          }
        }
      });
    }), { numRuns: 60 });
  });

  it('within a group each partition has at most one owner; committed offsets never pass the log end', () => {
    fc.assert(fc.property(sequences, ([commands, seed]) => {
      const { states } = play(commands, seed);
      for (const state of states) {
        for (const group of Object.values(state.groups)) {
          const owners = new Map<string, string>();
          for (const member of group.members) {
            for (const tp of state.consumers[member]?.assignment ?? []) {
              const key = tpKey(tp.topic, tp.partition);
              expect(owners.get(key), `${key} in ${group.id}`).toBeUndefined();
              owners.set(key, member);
            }
          }
          for (const [key, offset] of Object.entries(group.committed)) {
            const at = key.lastIndexOf(':');
            const log = state.topics[key.slice(0, at)]!.partitions[Number(key.slice(at + 1))]!;
            expect(offset).toBeLessThanOrEqual(log.logEndOffset);
            expect(offset).toBeGreaterThanOrEqual(0);
          }
        }
        for (const consumer of Object.values(state.consumers)) {
          for (const [key, offset] of Object.entries(consumer.positions)) {
            const at = key.lastIndexOf(':');
            expect(offset).toBeLessThanOrEqual(state.topics[key.slice(0, at)]!.partitions[Number(key.slice(at + 1))]!.logEndOffset);
          }
        }
      }
    }), { numRuns: 60 });
  });

  it('the same seed and commands give the same state and events', () => {
    fc.assert(fc.property(sequences, ([commands, seed]) => {
      const a = play(commands, seed);
      const b = play(commands, seed);
      expect(snapshot(a.states.at(-1)!)).toEqual(snapshot(b.states.at(-1)!));
      expect(a.events).toEqual(b.events);
    }), { numRuns: 40 });
  });

  it('replaying from any earlier state gives the same result (what step back stands on)', () => {
    fc.assert(fc.property(sequences, fc.nat(), ([commands, seed], cut) => {
      const all = commands;
      const full = play(commands, seed);
      const at = cut % all.length;
      let state = full.states[at]!;
      for (const command of all.slice(at + 1)) state = applyCommand(state, command).state;
      expect(snapshot(state)).toEqual(snapshot(full.states.at(-1)!));
      // Branching from an old state must not disturb the states that came after it.
      const before = snapshot(full.states.at(-1)!);
      applyCommand(full.states[at]!, { type: 'produce', producer: 'p1', topic: 'a', value: 'fork' });
      expect(snapshot(full.states.at(-1)!)).toEqual(before);
    }), { numRuns: 40 });
  });
});
