import fc from 'fast-check';
import { maxBy, maxOf } from './bounded.ts';

describe('bounded reductions (no spread of unbounded arrays into Math.max)', () => {
  it('takes the maximum of a million values, where Math.max(...values) overflows the stack', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => i % 977);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values, 1)).toBe(976);
    expect(maxBy(values, (v) => 1 - v, -5)).toBe(1);
  });

  it('agrees with Math.max on small arrays, floor included', () => {
    fc.assert(fc.property(fc.array(fc.integer()), fc.integer(), (xs, floor) => {
      expect(maxOf(xs, floor)).toBe(Math.max(floor, ...xs));
    }));
  });
});
