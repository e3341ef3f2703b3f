/**
 * The tool charts' linear scale (src/islands/tool/scale.ts) against d3-scale's
 * scaleLinear, which it replaces in the browser bundle: the same numbers to
 * the last bit, so the charts draw exactly as before.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linear, nice, px, ticks } from '../../src/islands/tool/scale';

const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const small = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });
const pair = fc.tuple(num, num);
/** Values a chart's axis could hold (d3-array's ticks itself fails on subnormal spans). */
const decimal = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000);
const counts = fc.integer({ min: 1, max: 12 });

describe('linear', () => {
  it('maps like scaleLinear().domain(d).range(r), ascending or descending domain', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(num, { maxLength: 8 }), (d, r, xs) => {
        const ours = linear(d, r);
        const d3 = scaleLinear().domain(d).range(r);
        for (const x of [...xs, d[0], d[1], (d[0] + d[1]) / 2]) expect(Object.is(ours(x), d3(x))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('matches on the tools’ own axes', () => {
    const cases: [[number, number], [number, number], number[]][] = [
      [[2024, 2030], [40, 348], [2024, 2025, 2026, 2027, 2028, 2029, 2030]],
      [[0, 120], [254, 26], [0, 20, 40, 60, 80, 100, 120, 78.95]],
      [[-2, 8], [254, 26], [-2, 0, 2.5, 8]],
      [[0, 3], [92, 428], [0, 0.25, 1, 1.9, 3]],
    ];
    for (const [d, r, xs] of cases) {
      const d3 = scaleLinear().domain(d).range(r);
      expect(xs.map(linear(d, r))).toEqual(xs.map((x) => d3(x)));
    }
  });

  it('a zero-width domain maps everything to the middle of the range, as in d3', () => {
    expect(linear([5, 5], [0, 100])(7)).toBe(50);
    expect(linear([5, 5], [0, 100])(7)).toBe(scaleLinear().domain([5, 5]).range([0, 100])(7));
  });
});

describe('nice', () => {
  it('extends the domain like scaleLinear().domain(d).nice(count).domain()', () => {
    fc.assert(
      fc.property(fc.oneof(pair, fc.tuple(small, small)), counts, (d, count) => {
        expect(nice(d, count)).toEqual(scaleLinear().domain(d).nice(count).domain());
      }),
      { numRuns: 1000 },
    );
  });

  it('rounds the tools’ domains as d3 does', () => {
    const cases: [[number, number], number][] = [
      [[0, 1.02], 4],
      [[0, 3.264], 4],
      [[-0.4, 9.3], 5],
      [[0, 10], 5],
      [[9.3, -0.4], 5],
    ];
    for (const [d, count] of cases) expect(nice(d, count)).toEqual(scaleLinear().domain(d).nice(count).domain());
    expect(nice([0, 1.02], 4)).toEqual([0, 1.2]);
    expect(nice([-0.4, 9.3], 5)).toEqual([-2, 10]);
  });

  it('leaves its argument alone', () => {
    const d: [number, number] = [0.3, 9.7];
    nice(d, 5);
    expect(d).toEqual([0.3, 9.7]);
  });
});

describe('ticks and px', () => {
  it('ticks are d3’s, for the nice domains the tools draw', () => {
    fc.assert(
      fc.property(fc.tuple(decimal, decimal), counts, (d, count) => {
        const domain = scaleLinear().domain(d).nice(count).domain() as [number, number];
        expect(ticks(domain[0], domain[1], count)).toEqual(scaleLinear().domain(d).nice(count).ticks(count));
      }),
    );
  });

  it('px rounds to three decimals, like d3-shape’s paths', () => {
    expect(px(91.33333333333334)).toBe(91.333);
    expect(px(216.00000000000003)).toBe(216);
    expect(px(-0.0004)).toBe(-0);
    expect(String(px(296.6666666666667))).toBe('296.667');
  });
});
