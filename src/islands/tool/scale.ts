/**
 * The part of d3-scale's scaleLinear the tool charts use, with the same
 * arithmetic, so every coordinate comes out identical. d3-scale's scale
 * brings d3-interpolate, d3-color and d3-format into the browser bundle
 * (8.3 kB gzipped per tool) for colour interpolation and tick formats the
 * tools never use; see README.md, "Stack". Ticks come from d3-array, as in
 * d3-scale. Build-time charts (src/lib/charts) keep using d3-scale.
 */
import { tickIncrement } from 'd3-array';

export { ticks } from 'd3-array';

/**
 * Maps [d0, d1] linearly onto [r0, r1], like scaleLinear().domain([d0, d1]).range([r0, r1]),
 * without clamping. Only for numbers: NaN gives NaN (d3 would give undefined).
 */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  // d3 normalises a descending domain by swapping both ends (same result, same rounding as d3).
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const t = span ? (x: number) => (x - d0) / span : () => (isNaN(span) ? NaN : 0.5);
  return (x) => {
    const u = t(x);
    return r0 * (1 - u) + r1 * u;
  };
}

/**
 * A coordinate for an SVG attribute, to three decimals like d3-shape's paths:
 * "91.333", not "91.33333333333334". A thousandth of a unit never shows.
 */
export function px(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** The domain extended to round values, like scaleLinear().domain(domain).nice(count).domain(). */
export function nice(domain: readonly [number, number], count = 10): [number, number] {
  const d: [number, number] = [domain[0], domain[1]];
  let [i0, i1] = [0, 1];
  let [start, stop] = d;
  if (stop < start) {
    [start, stop] = [stop, start];
    [i0, i1] = [1, 0];
  }
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) {
      d[i0] = start;
      d[i1] = stop;
      return d;
    } else if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else {
      break;
    }
    prestep = step;
  }
  return d;
}
