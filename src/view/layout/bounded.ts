// Reductions over arrays of any length. Math.max(...values) passes every value as an argument, and
// a long enough array (a link with thousands of groups × steps) overflows the call stack and breaks
// the render for good: charts and tables use these loops instead.

/** The largest of `values` and `floor` (floor when there are none). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The largest `pick(item)` over `items`, and `floor`. */
export function maxBy<T>(items: Iterable<T>, pick: (item: T) => number, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const item of items) {
    const v = pick(item);
    if (v > max) max = v;
  }
  return max;
}
