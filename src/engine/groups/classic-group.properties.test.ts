import fc from 'fast-check';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { AssignorName, SimState } from '../types.ts';
import { groupState } from './group-state.ts';

// Invariants of the classic protocol's join barrier under random member behaviour: an owner gives a
// partition up before anyone else is given it (ClassicGroup completes a join only once every member
// rejoined, revoking first, or was removed), every partition the leader knows is owned once the group is Stable,
// and the same seed and commands give the same run.

const CONSUMERS = ['c1', 'c2', 'c3', 'c4'];

function commandArb(): fc.Arbitrary<Command> {
  const consumer = fc.constantFrom(...CONSUMERS);
  return fc.oneof(
    { weight: 5, arbitrary: consumer.map((c): Command => ({ type: 'poll', consumer: c })) },
    { weight: 2, arbitrary: consumer.map((c): Command => ({ type: 'addConsumer', consumer: c, group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' })) },
    { weight: 1, arbitrary: consumer.map((c): Command => ({ type: 'removeConsumer', consumer: c })) },
    { weight: 1, arbitrary: consumer.map((c): Command => ({ type: 'crashConsumer', consumer: c })) },
    { weight: 1, arbitrary: consumer.map((c): Command => ({ type: 'restartConsumer', consumer: c })) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 400_000 }).map((ms): Command => ({ type: 'advanceTime', ms })) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 3 }).map((partition): Command => ({ type: 'produce', producer: 'p', topic: 'orders', value: 'v', partition })) },
    { weight: 1, arbitrary: fc.constant<Command>({ type: 'alterPartitions', topic: 'orders', partitions: 5 }) },
  );
}

function setup(assignor: AssignorName, groupInstanceIds: boolean): Command[] {
  return [
    { type: 'createTopic', topic: 'orders', partitions: 4 },
    { type: 'addProducer', producer: 'p' },
    ...CONSUMERS.map((c): Command => ({ type: 'addConsumer', consumer: c, group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', assignor, ...(groupInstanceIds && c !== 'c4' ? { groupInstanceId: `i-${c}` } : {}) })),
  ];
}

function owners(state: SimState): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of Object.values(state.consumers)) {
    for (const tp of c.assignment) {
      const key = `${tp.topic}-${tp.partition}`;
      out.set(key, [...(out.get(key) ?? []), c.id]);
    }
  }
  return out;
}

const ASSIGNORS: AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];

describe('ClassicGroup properties', () => {
  it('never two owners of a partition at once, and every partition owned once the group is Stable with live members', () => {
    fc.assert(fc.property(fc.constantFrom(...ASSIGNORS), fc.boolean(), fc.array(commandArb(), { maxLength: 40 }), (assignor, statics, commands) => {
      let state = createSimulation({ seed: 11, kafkaVersion: '4.0' });
      for (const command of [...setup(assignor, statics), ...commands]) {
        state = applyCommand(state, command).state;
        for (const [tp, who] of owners(state)) expect(who, `${tp} after ${JSON.stringify(command)}`).toHaveLength(1);
      }
      // Every live consumer keeps polling: the barrier completes (cooperative: two rounds).
      for (let round = 0; round < 4; round++) {
        for (const c of CONSUMERS) {
          if (state.consumers[c]?.status === 'active') state = applyCommand(state, { type: 'poll', consumer: c }).state;
          for (const [tp, who] of owners(state)) expect(who, tp).toHaveLength(1);
        }
      }
      const info = groupState(state, 'g');
      const live = info.members.filter((m) => state.consumers[m.consumer]?.status === 'active');
      if (info.state === 'Stable' && live.length === info.members.length && live.length > 0) {
        // Every partition the leader assigned from: its cached metadata (assignmentSnapshot), which
        // sees partitions added by alterPartitions only after metadata.max.age.ms.
        const known = state.groups['g']!.assignmentSnapshot?.['orders'] ?? state.topics['orders']!.partitions.length;
        expect(owners(state).size).toBe(known);
      }
    }), { numRuns: 200 });
  });

  it('same seed and commands, same run', () => {
    fc.assert(fc.property(fc.constantFrom(...ASSIGNORS), fc.array(commandArb(), { maxLength: 30 }), (assignor, commands) => {
      const runOnce = () => {
        let state = createSimulation({ seed: 4, kafkaVersion: '4.1' });
        const events: unknown[] = [];
        for (const command of [...setup(assignor, false), ...commands]) {
          const result = applyCommand(state, command);
          state = result.state;
          events.push(...result.events);
        }
        return JSON.stringify({ consumers: state.consumers, groups: state.groups, events });
      };
      expect(runOnce()).toBe(runOnce());
    }), { numRuns: 60 });
  });
});
