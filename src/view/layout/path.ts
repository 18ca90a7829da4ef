/**
 * SVG path strings for the diagram, written as d3-shape writes them: `linkHorizontal` /
 * `linkVertical` (a cubic Bézier whose control points sit halfway along the main axis) and `line`
 * (straight segments). The embed script draws these instead of importing d3-shape, which with
 * d3-path weighs more in it than the three one-line formulas; the charts of the full page still use
 * d3-shape. path.test.ts checks every function gives d3-shape's string.
 */
export type Point = readonly [number, number];

/** d3-shape `linkHorizontal()({ source, target })`. */
export function linkHorizontalPath([x0, y0]: Point, [x1, y1]: Point): string {
  const mx = (x0 + x1) / 2;
  return `M${x0},${y0}C${mx},${y0},${mx},${y1},${x1},${y1}`;
}

/** d3-shape `linkVertical()({ source, target })`. */
export function linkVerticalPath([x0, y0]: Point, [x1, y1]: Point): string {
  const my = (y0 + y1) / 2;
  return `M${x0},${y0}C${x0},${my},${x1},${my},${x1},${y1}`;
}

/** d3-shape `line()(points)` ('' where d3 gives null: no points; one point closes on itself). */
export function polylinePath(points: readonly Point[]): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('');
  return points.length === 1 ? `${d}Z` : d;
}
