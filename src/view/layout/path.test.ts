import { line, linkHorizontal, linkVertical } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkHorizontalPath, linkVerticalPath, polylinePath, type Point } from './path.ts';

const point = fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 })) as fc.Arbitrary<[number, number]>;

describe('diagram paths', () => {
  it('are the strings d3-shape writes for links and lines', () => {
    const h = linkHorizontal<{ source: Point; target: Point }, Point>();
    const v = linkVertical<{ source: Point; target: Point }, Point>();
    fc.assert(fc.property(point, point, (a, b) => {
      expect(linkHorizontalPath(a, b)).toBe(h({ source: a, target: b }));
      expect(linkVerticalPath(a, b)).toBe(v({ source: a, target: b }));
    }));
    fc.assert(fc.property(fc.array(point, { minLength: 1, maxLength: 6 }), (points) => {
      expect(polylinePath(points)).toBe(line<Point>()(points));
    }));
    expect(polylinePath([])).toBe('');
  });
});
