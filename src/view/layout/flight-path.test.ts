import { flightPoint, flightProgress } from './flight-path.ts';

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
