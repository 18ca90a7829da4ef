import fc from 'fast-check';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { fetchedRecords, type SimEvent } from '../events.ts';
import type { SimState } from '../types.ts';
import { eventsOf } from '../test-support/run.ts';

// Properties of the client rules: at-least-once with auto-commit (ConsumerCoordinator commits in
// poll what the previous poll returned), and a member removed for max.poll.interval.ms never commits.

function apply(state: SimState, command: Command, events: SimEvent[]): SimState {
  const result = applyCommand(state, command);
  events.push(...result.events);
  return result.state;
}

const SETUP: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'p' },
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', autoCommitIntervalMs: 5000 },
];

type Step = { kind: 'produce'; partition: number; n: number } | { kind: 'loop'; maxRecords: number; processMs: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('produce' as const), partition: fc.integer({ min: 0, max: 1 }), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('loop' as const), maxRecords: fc.integer({ min: 1, max: 5 }), processMs: fc.integer({ min: 0, max: 12_000 }) }),
);

describe('client properties', () => {
  it('at-least-once: with auto-commit and a loop that processes before polling again, no record is lost across a crash', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const events: SimEvent[] = [];
      let state = createSimulation({ seed: 3 });
      for (const c of SETUP) state = apply(state, c, events);
      const processed = new Set<string>();
      for (const s of steps) {
        if (s.kind === 'produce') {
          for (let i = 0; i < s.n; i++) state = apply(state, { type: 'produce', producer: 'p', topic: 'orders', value: 'v', partition: s.partition }, events);
          continue;
        }
        // The loop: poll, then process what came back over processMs before the next poll.
        const before = events.length;
        state = apply(state, { type: 'poll', consumer: 'c1', maxRecords: s.maxRecords }, events);
        const inHand = eventsOf(events.slice(before), 'recordsFetched').flatMap((e) => fetchedRecords(e).map((r) => `${r.partition}:${r.offset}`));
        state = apply(state, { type: 'advanceTime', ms: s.processMs }, events);
        // Processing finished unless the crash below interrupts the last batch.
        if (s !== steps.filter((x) => x.kind === 'loop').at(-1)) for (const r of inHand) processed.add(r);
      }
      // The process dies mid-batch; a new member takes over after the session timeout and drains the log.
      state = apply(state, { type: 'crashConsumer', consumer: 'c1' }, events);
      state = apply(state, { type: 'advanceTime', ms: 45_000 }, events);
      state = apply(state, { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, events);
      const before = events.length;
      state = apply(state, { type: 'poll', consumer: 'c2' }, events);
      for (const e of eventsOf(events.slice(before), 'recordsFetched')) for (const r of fetchedRecords(e)) processed.add(`${r.partition}:${r.offset}`);
      for (const p of [0, 1]) {
        const end = state.topics['orders']!.partitions[p]!.logEndOffset;
        for (let o = 0; o < end; o++) expect(processed.has(`${p}:${o}`), `${p}:${o} lost`).toBe(true);
      }
    }), { numRuns: 150 });
  });

  it('a member removed for exceeding max.poll.interval.ms never commits afterwards, until it rejoins', () => {
    const command = fc.oneof(
      fc.constant<Command>({ type: 'poll', consumer: 'c1' }),
      fc.constant<Command>({ type: 'commit', consumer: 'c1' }),
      fc.constant<Command>({ type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] }),
      fc.constant<Command>({ type: 'poll', consumer: 'c2' }),
      fc.constant<Command>({ type: 'produce', producer: 'p', topic: 'orders', value: 'v' }),
      fc.integer({ min: 0, max: 200_000 }).map((ms): Command => ({ type: 'advanceTime', ms })),
    );
    fc.assert(fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
      const events: SimEvent[] = [];
      let state = createSimulation({ seed: 3 });
      const setup: Command[] = [...SETUP, { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', maxPollIntervalMs: 100_000 }];
      for (const c of [...setup, ...commands]) state = apply(state, c, events);
      // Per member: between its poll timeout and its next join, no commit of its own.
      for (const id of ['c1', 'c2']) {
        let out = false;
        for (const e of events) {
          if (e.type === 'memberPollTimeout' && e.consumer === id) out = true;
          else if (e.type === 'consumerJoined' && e.consumer === id) out = false;
          else if (e.type === 'offsetsCommitted' && e.consumer === id) expect(out, `${id} committed while out of the group`).toBe(false);
        }
      }
    }), { numRuns: 200 });
  });
});
