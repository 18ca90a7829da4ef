// Where a record in flight is at progress k (0..1) of a step: a quadratic curve that arcs above
// the straight line, so flights that cross the page stay readable. Pure math, unit-tested.

export interface Point { x: number; y: number }

export function flightPoint(from: Point, to: Point, k: number): Point {
  const t = Math.max(0, Math.min(1, k));
  const lift = Math.min(80, Math.hypot(to.x - from.x, to.y - from.y) * 0.25);
  const control = { x: (from.x + to.x) / 2, y: Math.min(from.y, to.y) - lift };
  const u = 1 - t;
  return {
    x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
    y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
  };
}

/** Flights of one step start one after another so a burst reads as a stream, within the step's time. */
export function flightProgress(elapsed: number, duration: number, index: number, count: number): number {
  const stagger = count > 1 ? Math.min(duration * 0.4, 40 * (count - 1)) / (count - 1) : 0;
  const own = duration - stagger * (count - 1);
  return Math.max(0, Math.min(1, (elapsed - index * stagger) / Math.max(1, own)));
}
