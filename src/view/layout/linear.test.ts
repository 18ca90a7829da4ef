import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale } from './linear.ts';

describe('linearScale', () => {
  it('maps numbers as d3-scale scaleLinear does, outside the domain and for an empty domain too', () => {
    const n = fc.integer({ min: -10_000, max: 10_000 });
    fc.assert(fc.property(n, n, n, n, n, (d0, d1, r0, r1, v) => {
      const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
      expect(linearScale([d0, d1], [r0, r1])(v)).toBeCloseTo(d3(v), 6);
    }));
  });
});
