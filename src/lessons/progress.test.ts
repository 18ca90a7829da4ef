import { LESSONS } from './index.ts';
import { isComplete, markSeen, PROGRESS_KEY, readProgress } from './progress.ts';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('lesson progress', () => {
  it('remembers the steps seen and the last step, per lesson', () => {
    const storage = memory();
    markSeen(storage, 'offsets', 1);
    markSeen(storage, 'offsets', 3);
    markSeen(storage, 'offsets', 2);
    markSeen(storage, 'keys', 4);
    expect(readProgress(storage)).toEqual({ offsets: { seen: [1, 2, 3], last: 2 }, keys: { seen: [4], last: 4 } });
  });

  it('a lesson is complete once its last step was seen, not before', () => {
    const storage = memory();
    const total = LESSONS.offsets.steps.length;
    for (let s = 1; s < total; s++) markSeen(storage, 'offsets', s);
    expect(isComplete('offsets', readProgress(storage).offsets)).toBe(false);
    markSeen(storage, 'offsets', total);
    expect(isComplete('offsets', readProgress(storage).offsets)).toBe(true);
    expect(isComplete('keys', readProgress(storage).keys)).toBe(false);
  });

  it('reads malformed or foreign data as no progress, and drops steps out of range', () => {
    expect(readProgress(memory({ [PROGRESS_KEY]: '{not json' }))).toEqual({});
    expect(readProgress(memory({ [PROGRESS_KEY]: '[1,2]' }))).toEqual({});
    const odd = { offsets: { seen: [0, 2, 2, 99, 'x', 1.5], last: 99 }, nope: { seen: [1], last: 1 }, keys: 'x' };
    expect(readProgress(memory({ [PROGRESS_KEY]: JSON.stringify(odd) }))).toEqual({ offsets: { seen: [2], last: 2 } });
  });

  it('survives storage that refuses writes or is missing', () => {
    const full = { ...memory(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => markSeen(full, 'offsets', 1)).not.toThrow();
    expect(() => markSeen(undefined, 'offsets', 1)).not.toThrow();
    expect(readProgress(undefined)).toEqual({});
  });
});
