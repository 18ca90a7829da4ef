import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgePoint, flightPoint, flightProgress } from './flight-path.ts';

describe('flightPoint', () => {
  const from = { x: 0, y: 100 };
  const to = { x: 200, y: 100 };
  it('starts at the source and ends at the target', () => {
    expect(flightPoint(from, to, 0)).toEqual(from);
    expect(flightPoint(from, to, 1)).toEqual(to);
  });
  it('arcs above the straight line halfway', () => {
    const mid = flightPoint(from, to, 0.5);
    expect(mid.x).toBeCloseTo(100);
    expect(mid.y).toBeLessThan(100);
  });
  it('clamps progress outside 0..1', () => {
    expect(flightPoint(from, to, -1)).toEqual(from);
    expect(flightPoint(from, to, 2)).toEqual(to);
  });
});

describe('flightProgress', () => {
  it('a single flight uses the whole duration', () => {
    expect(flightProgress(0, 500, 0, 1)).toBe(0);
    expect(flightProgress(250, 500, 0, 1)).toBe(0.5);
    expect(flightProgress(500, 500, 0, 1)).toBe(1);
  });
  it('later flights start later but every flight lands within the duration', () => {
    expect(flightProgress(10, 500, 3, 4)).toBe(0);
    for (let i = 0; i < 10; i++) expect(flightProgress(500, 500, i, 10)).toBe(1);
  });
});

describe('edgePoint: a flight meets a card or a row beside it, never on its words', () => {
  const card = { x: 0, y: 100, width: 150, height: 60 };
  it('leaves a producer card by the side facing the record, level with it, outside the card', () => {
    expect(edgePoint(card, { x: 400, y: 130 })).toEqual({ x: 160, y: 130 });
    expect(edgePoint(card, { x: 400, y: 20 })).toEqual({ x: 160, y: 100 });
    expect(edgePoint(card, { x: -300, y: 140 })).toEqual({ x: -10, y: 140 });
  });
  it('leaves by the bottom or the top when the other end is below or above (lanes stacked on a phone)', () => {
    expect(edgePoint(card, { x: 70, y: 500 })).toEqual({ x: 70, y: 170 });
    expect(edgePoint(card, { x: 70, y: 0 }, 6)).toEqual({ x: 70, y: 94 });
  });
  it('property: the point is never inside the box unless the other end is', () => {
    fc.assert(fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (x, y) => {
      const p = edgePoint(card, { x, y });
      const inside = (q: { x: number; y: number }) => q.x > card.x && q.x < card.x + card.width && q.y > card.y && q.y < card.y + card.height;
      expect(inside(p)).toBe(inside({ x, y }) || (x >= card.x && x <= card.x + card.width && y >= card.y && y <= card.y + card.height));
    }));
  });
});
