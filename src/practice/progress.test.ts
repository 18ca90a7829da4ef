import fc from 'fast-check';
import { CONCEPTS } from './types.ts';
import {
  MAX_PROGRESS_BYTES, nextExercise, parseProgress, PRACTICE_PROGRESS_KEY, readPracticeProgress, recordAnswer, recordServed, serializeProgress,
  writePracticeProgress, type PracticeProgress,
} from './progress.ts';

// Progress per concept: a file that round-trips, bad files refused whole with a reason, and the
// next exercise going to what the learner misses.

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('practice progress file', () => {
  it('round-trips what it writes', () => {
    let p: PracticeProgress = {};
    p = recordAnswer(p, 'lag', false, 'lagFromPosition');
    p = recordAnswer(p, 'lag', true);
    p = recordServed(p, 'keyPartition');
    const parsed = parseProgress(serializeProgress(p));
    expect(parsed).toEqual({ ok: true, progress: p });
    expect(p.lag).toEqual({ attempts: 2, correct: 1, recent: [false, true], missed: { lagFromPosition: 1 }, served: 0 });
  });

  it('refuses malformed, foreign, newer and wrong files whole, saying why', () => {
    expect(parseProgress('{ nope')).toEqual({ ok: false, problem: { code: 'notJson' } });
    expect(parseProgress(JSON.stringify({ format: 'kafka-sim-scenario', version: 2, seed: 1, commands: [] }))).toEqual({ ok: false, problem: { code: 'foreign' } });
    expect(parseProgress('[]')).toEqual({ ok: false, problem: { code: 'foreign' } });
    expect(parseProgress(JSON.stringify({ format: 'kafka-sim-practice-progress', version: 9, concepts: {} }))).toEqual({ ok: false, problem: { code: 'newerVersion', version: 9 } });
    const bad = parseProgress(JSON.stringify({ format: 'kafka-sim-practice-progress', version: 1, concepts: { lag: { attempts: -1, correct: 0, recent: [], missed: {} } } }));
    expect(bad).toEqual({ ok: false, problem: { code: 'invalid', path: 'concepts.lag.attempts' } });
    expect(parseProgress(JSON.stringify({ format: 'kafka-sim-practice-progress', version: 1, concepts: { nope: { attempts: 1, correct: 0, recent: [], missed: {} } } })).ok).toBe(false);
    expect(parseProgress(JSON.stringify({ format: 'kafka-sim-practice-progress', version: 1, concepts: { lag: { attempts: 1, correct: 2, recent: [], missed: {} } } }))).toEqual({ ok: false, problem: { code: 'invalid', path: 'concepts.lag.correct' } });
    expect(parseProgress(' '.repeat(MAX_PROGRESS_BYTES + 1)).ok).toBe(false);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const r = parseProgress(text);
      return typeof r.ok === 'boolean';
    }), { numRuns: 300 });
  });

  it('keeps progress on the device, and reads junk as none', () => {
    const storage = memoryStorage();
    const p = recordAnswer({}, 'retention', true);
    expect(writePracticeProgress(storage, p)).toBe(true);
    expect(readPracticeProgress(storage)).toEqual(p);
    storage.data.set(PRACTICE_PROGRESS_KEY, '{"format":"x"}');
    expect(readPracticeProgress(storage)).toEqual({});
    expect(writePracticeProgress({ getItem: () => null, setItem: () => { throw new Error('full'); } }, p)).toBe(false);
  });
});

describe('the next exercise adapts', () => {
  it('comes back to a concept the learner missed, and moves on once it is learnt', () => {
    let p: PracticeProgress = recordAnswer({}, 'highWatermark', false, 'hwIsLeaderEnd');
    expect(nextExercise(p, 'highWatermark').concept).toBe('highWatermark');
    p = recordAnswer(p, 'highWatermark', true);
    p = recordAnswer(p, 'highWatermark', true);
    expect(nextExercise(p, 'highWatermark').concept).not.toBe('highWatermark');
  });

  it('visits every concept before repeating one answered right, with a new seed each time', () => {
    let p: PracticeProgress = {};
    const seen: string[] = [];
    let current: (typeof CONCEPTS)[number] | undefined;
    for (let i = 0; i < CONCEPTS.length; i++) {
      const next = nextExercise(p, current);
      seen.push(next.concept);
      p = recordAnswer(recordServed(p, next.concept), next.concept, true);
      current = next.concept;
    }
    expect(new Set(seen).size).toBe(CONCEPTS.length);
    const again = nextExercise(recordServed(p, 'lag'), 'coordinator');
    expect(again.seed).toBe(p[again.concept]!.served + (again.concept === 'lag' ? 1 : 0));
  });
});
