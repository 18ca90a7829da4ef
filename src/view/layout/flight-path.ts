// Where a record in flight is at progress k (0..1) of a step: a quadratic curve that arcs above
// the straight line, so flights that cross the page stay readable. Pure math, unit-tested.

export interface Point { x: number; y: number }
export interface Rect { x: number; y: number; width: number; height: number }

export const centreOf = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * Where a flight meets a box that is not a record (a producer's card, a consumer, a replica's row):
 * `gap` px outside the side that faces the other end, level with it where the side allows, so a
 * dot (radius 7) never sits on the box's words. A record's cell is met at its centre instead: the
 * record flies into its place. Boxes that overlap the other end are met at their centre.
 */
export function edgePoint(box: Rect, toward: Point, gap = 10): Point {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const y = Math.max(box.y, Math.min(bottom, toward.y));
  const x = Math.max(box.x, Math.min(right, toward.x));
  if (toward.x > right) return { x: right + gap, y };
  if (toward.x < box.x) return { x: box.x - gap, y };
  if (toward.y > bottom) return { x, y: bottom + gap };
  if (toward.y < box.y) return { x, y: box.y - gap };
  return centreOf(box);
}

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
