import fc from 'fast-check';
import { applyCommand, createSimulation } from '../../apply.ts';
import type { Command } from '../../commands.ts';
import type { SimEvent } from '../../events.ts';
import type { SimState } from '../../types.ts';
import { consumerGroupState } from './query.ts';

// Invariants of the KIP-848 consumer protocol over random runs: joins, polls, closes, crashes,
// restarts, added partitions and time passing, in any order.

const NAMES = ['c1', 'c2', 'c3', 'c4'];
const name = fc.constantFrom(...NAMES);
const step: fc.Arbitrary<Command> = fc.oneof(
  name.map((consumer): Command => ({ type: 'addConsumer', consumer, group: 'g', topics: ['orders'], groupProtocol: 'consumer' })),
  name.map((consumer): Command => ({ type: 'poll', consumer })),
  name.map((consumer): Command => ({ type: 'removeConsumer', consumer })),
  name.map((consumer): Command => ({ type: 'crashConsumer', consumer })),
  name.map((consumer): Command => ({ type: 'restartConsumer', consumer })),
  fc.integer({ min: 4, max: 8 }).map((partitions): Command => ({ type: 'alterPartitions', topic: 'orders', partitions })),
  fc.constantFrom(1_000, 4_999, 5_000, 20_000, 46_000).map((ms): Command => ({ type: 'advanceTime', ms })),
);

function play(commands: readonly Command[], check?: (state: SimState) => void): { state: SimState; events: SimEvent[] } {
  let state = createSimulation({ seed: 11, kafkaVersion: '4.1' });
  const events: SimEvent[] = [];
  for (const command of [{ type: 'createTopic', topic: 'orders', partitions: 3 } as Command, ...commands]) {
    const result = applyCommand(state, command);
    state = result.state;
    events.push(...result.events);
    check?.(state);
  }
  return { state, events };
}

/** Every partition has at most one owner: among the clients, and among the coordinator's members (assigned or being revoked). */
function singleOwners(state: SimState): void {
  const byClient = new Map<string, string>();
  for (const c of Object.values(state.consumers)) {
    for (const tp of c.assignment) {
      const key = `${tp.topic}-${tp.partition}`;
      expect(byClient.get(key), `${key} owned by ${byClient.get(key)} and ${c.id}`).toBeUndefined();
      byClient.set(key, c.id);
    }
  }
  const cg = state.groups['g']?.consumerProtocol;
  const byMember = new Set<string>();
  for (const m of Object.values(cg?.members ?? {})) {
    for (const tp of [...m.assigned, ...m.revoking]) {
      const key = `${tp.topic}-${tp.partition}`;
      expect(byMember.has(key), key).toBe(false);
      byMember.add(key);
    }
  }
}

describe('consumer protocol properties', () => {
  it('never two owners of a partition at once: an owner revokes before the next owner is given it', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (commands) => {
      play(commands, singleOwners);
    }), { numRuns: 150 });
  });

  it('every subscribed partition is owned exactly once when the group is stable', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (commands) => {
      // Then every live consumer polls (joins), and time passes past sessions and heartbeats.
      const settle: Command[] = [...NAMES.map((consumer): Command => ({ type: 'poll', consumer })), { type: 'advanceTime', ms: 60_000 }];
      // Polls that are refused (unknown or crashed consumers) change nothing; the rest join.
      const { state } = play([...commands, ...settle]);
      const view = consumerGroupState(state, 'g');
      if (view.members.length === 0) return;
      expect(view.state).toBe('Stable');
      const owned = view.members.flatMap((m) => m.assigned.map((tp) => `${tp.topic}-${tp.partition}`)).sort();
      const all = Array.from({ length: state.topics['orders']!.partitions.length }, (_, p) => `orders-${p}`).sort();
      expect(owned).toEqual(all);
    }), { numRuns: 100 });
  });

  it('at-least-once: with auto-commit before revocation no record is skipped across any rebalance', () => {
    const produce = fc.integer({ min: 0, max: 3 }).map((partition): Command => ({ type: 'produce', producer: 'p', topic: 'orders', value: 'v', partition: partition % 3 }));
    const addEarliest = name.map((consumer): Command => ({ type: 'addConsumer', consumer, group: 'g', topics: ['orders'], groupProtocol: 'consumer', autoOffsetReset: 'earliest' }));
    const steps = fc.array(fc.oneof(step.filter((c) => c.type !== 'addConsumer' && c.type !== 'alterPartitions'), addEarliest, produce), { maxLength: 40 });
    fc.assert(fc.property(steps, (commands) => {
      // Settle: everyone alive polls until the group is stable and nothing is left to read.
      const drain: Command[] = [];
      for (let round = 0; round < 4; round++) {
        drain.push({ type: 'advanceTime', ms: 50_000 });
        for (const consumer of NAMES) drain.push({ type: 'poll', consumer });
      }
      const { state, events } = play([{ type: 'addProducer', producer: 'p', acks: 1 }, ...commands, ...drain]);
      if (consumerGroupState(state, 'g').members.length === 0) return;
      const seen = new Set<string>();
      for (const e of events) if (e.type === 'recordsFetched') for (const b of e.batches) for (const r of b.records) seen.add(`${b.partition}:${r.offset}`);
      for (let p = 0; p < 3; p++) {
        const end = state.topics['orders']!.partitions[p]!.logEndOffset;
        for (let o = 0; o < end; o++) expect(seen.has(`${p}:${o}`), `orders-${p} offset ${o} never read`).toBe(true);
      }
    }), { numRuns: 100 });
  });

  it('same seed and commands, same run', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 25 }), (commands) => {
      const a = play(commands);
      const b = play(commands);
      expect(b.events).toEqual(a.events);
      expect(b.state).toEqual(a.state);
    }), { numRuns: 50 });
  });
});
