/**
 * An affine map from the domain [d0, d1] onto the range [r0, r1], unclamped: what d3-scale's
 * `scaleLinear().domain([d0, d1]).range([r0, r1])` computes for numbers (an empty domain maps to
 * the middle of the range, as d3 does). The embed script uses this instead of d3-scale because
 * scaleLinear brings d3-interpolate, d3-color and d3-format (about 10 KB gzipped) for two maps;
 * the charts of the full page still use d3-scale. linear.test.ts checks both agree.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}
