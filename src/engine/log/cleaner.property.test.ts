import fc from 'fast-check';
import { applyCommand, createSimulation, runCommands } from '../apply.ts';
import type { Command } from '../commands.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import { records } from '../queries.ts';
import type { SimState } from '../types.ts';
import { plain } from '../test-support/random-commands.ts';

// Invariants of log compaction (LogCleaner) over random writes, tombstones and time.

const SIZE = recordSizeInBytes('a', 'v0');
const KEYS = ['a', 'b', 'c', 'd', 'e'];

const step: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ key: fc.constantFrom(...KEYS), tombstone: fc.boolean(), n: fc.integer({ min: 0, max: 9 }) })
    .map(({ key, tombstone, n }): Command => ({ type: 'produce', producer: 'p', topic: 'kv', key, value: tombstone && n < 3 ? null : `v${n}` })) },
  { weight: 2, arbitrary: fc.constantFrom(1_000, 15_000, 40_000, 200_000).map((ms): Command => ({ type: 'advanceTime', ms })) },
);

const scenario = fc.record({
  segmentRecords: fc.integer({ min: 2, max: 6 }),
  minCleanableDirtyRatio: fc.constantFrom(0.01, 0.3, 0.5, 0.9),
  minCompactionLagMs: fc.constantFrom(0, 20_000),
  deleteRetentionMs: fc.constantFrom(0, 30_000, 100_000),
  cleanupPolicy: fc.constantFrom('compact' as const, 'compact,delete' as const),
  steps: fc.array(step, { minLength: 10, maxLength: 120, size: 'max' }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function setup(s: Scenario): Command[] {
  return [
    { type: 'createTopic', topic: 'kv', partitions: 1, segmentBytes: SIZE * s.segmentRecords, cleanupPolicy: s.cleanupPolicy, minCleanableDirtyRatio: s.minCleanableDirtyRatio,
      minCompactionLagMs: s.minCompactionLagMs, deleteRetentionMs: s.deleteRetentionMs, retentionMs: -1 },
    { type: 'addProducer', producer: 'p' },
  ];
}

/** Latest value per key, last write wins, a tombstone deleting the key. */
function table(rs: readonly { key?: string; value: string | null }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rs) {
    if (r.key === undefined) continue;
    if (r.value === null) out.delete(r.key);
    else out.set(r.key, r.value);
  }
  return out;
}

describe('LogCleaner properties', () => {
  it('after any cleaning, a full read gives every key its latest value (or none after a tombstone), and kept records keep their offsets', () => {
    let removed = 0;
    let expired = 0;
    fc.assert(fc.property(scenario, (s) => {
      let state: SimState = createSimulation({ seed: 3, kafkaVersion: 'classic' });
      const written = new Map<number, { key?: string; value: string | null }>();
      for (const command of [...setup(s), ...s.steps]) {
        const result = applyCommand(state, command);
        expect(result.error).toBeUndefined();
        state = result.state;
        for (const e of result.events) {
          if (e.type === 'recordProduced') written.set(e.offset, e.key === undefined ? { value: e.value } : { key: e.key, value: e.value });
          if (e.type === 'logCleaned') {
            removed += e.removedCount;
            expired += e.removed.filter((r) => r.reason === 'tombstone-expired').length;
          }
        }
        const read = records(state, 'kv', 0);
        let last = -1;
        for (const r of read) {
          // Offsets never change: each kept record is exactly what was written at its offset.
          expect(r.offset).toBeGreaterThan(last);
          last = r.offset;
          expect({ key: r.key, value: r.value }).toEqual({ key: written.get(r.offset)?.key, value: written.get(r.offset)?.value });
        }
        const all = [...written.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
        expect(table(read)).toEqual(table(all));
      }
    }), { numRuns: 80 });
    // Not vacuous: the runs cleaned, and removed expired tombstones.
    expect(removed).toBeGreaterThan(0);
    expect(expired).toBeGreaterThan(0);
  });

  it('advancing time in one jump or in small steps cleans the same records at the same moments (passes on the log.cleaner.backoff.ms grid)', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 2, max: 5 }), (s, pieces) => {
      const split = s.steps.flatMap((c): Command[] => (c.type === 'advanceTime' ? Array.from({ length: pieces }, (_, i) => ({ type: 'advanceTime', ms: Math.floor(c.ms / pieces) + (i === 0 ? c.ms % pieces : 0) })) : [c]));
      const play = (commands: Command[]) => {
        let state: SimState = createSimulation({ seed: 3, kafkaVersion: 'classic' });
        const cleaned: unknown[] = [];
        for (const command of commands) {
          const result = applyCommand(state, command);
          state = result.state;
          for (const e of result.events) if (e.type === 'logCleaned' || e.type === 'segmentsDeleted') cleaned.push(e);
        }
        return { read: records(state, 'kv', 0), cleaned };
      };
      const whole = play([...setup(s), ...s.steps]);
      const stepped = play([...setup(s), ...split]);
      expect(stepped.read).toEqual(whole.read);
      expect(stepped.cleaned).toEqual(whole.cleaned);
    }), { numRuns: 50 });
  });

  it('a replay cleans what the live steps clean, at the same moments (the transient core keeps the cleaner\'s idle memo honest)', () => {
    // runCommands grows logs in place (transient.ts); a cleaner pass that found nothing must still
    // see the appends that come after it in the same advance of time.
    fc.assert(fc.property(scenario, (s) => {
      const commands = [...setup(s), ...s.steps];
      let state = createSimulation({ seed: 1 });
      for (const command of commands) {
        const result = applyCommand(state, command);
        if (!result.error) state = result.state;
      }
      expect(plain(runCommands(commands, { seed: 1 }))).toEqual(plain(state));
    }), { numRuns: 150 });
  });
});
