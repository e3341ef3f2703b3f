/** The servicing model: hand-computed points, monotonicity, bounds, and no NaN anywhere in the input range. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { halfLifeOf, runServicing, servicingHeadline, SERVICING_FRAME, type ServicingConstants } from '../../../src/lib/models/servicing';
import type { ServicingSettings } from '../../../src/lib/models/keys';
import { sensitivity } from '../../../src/lib/models/sensitivity';
import { constantsOf, defaultsOf, rangeOf, scenario, settingsArb } from './helpers';

const NO_GROWTH: ServicingConstants = { baselineGrowth: 0, fleetMax: 85 };
const byYear = (s: ServicingSettings, c = NO_GROWTH) => new Map(runServicing(s, c).years.map((r) => [r.year, r.index]));

describe('servicing model: known points', () => {
  it('half the fleet, 20 % decay, no repair: index = 50 + 50 × 0.8^(years since the cut-off, counting its first year)', () => {
    const idx = byYear({ cut: 50, start: 2025, grace: 0, decay: 20, repair: 0 });
    expect(idx.get(2024)).toBeCloseTo(100, 10);
    expect(idx.get(2025)).toBeCloseTo(90, 10); // 50 + 50 × 0.8
    expect(idx.get(2026)).toBeCloseTo(82, 10); // 50 + 50 × 0.64
    expect(idx.get(2027)).toBeCloseTo(75.6, 10); // 50 + 50 × 0.512
    expect(idx.get(2028)).toBeCloseTo(70.48, 10); // 50 + 50 × 0.4096
    expect(idx.get(2030)).toBeCloseTo(63.1072, 10); // 50 + 50 × 0.262144
    const r = runServicing({ cut: 50, start: 2025, grace: 0, decay: 20, repair: 0 }, NO_GROWTH);
    // shortfalls 10 + 18 + 24.4 + 29.52 + 33.616 + 36.8928 = 152.4288 index-years
    expect(r.lostCapacityYears).toBeCloseTo(1.524288, 10);
    expect(r.headline).toBeCloseTo(70.48, 10);
  });

  it('repair slows the loss: cover 0, 10, 20, 30 % of the maker’s service in the first four years', () => {
    const idx = byYear({ cut: 50, start: 2025, grace: 0, decay: 20, repair: 10 });
    expect(idx.get(2025)).toBeCloseTo(90, 10); // A = 0.8
    expect(idx.get(2026)).toBeCloseTo(82.8, 10); // A = 0.8 × (1 − 0.2 × 0.9) = 0.656
    expect(idx.get(2027)).toBeCloseTo(77.552, 10); // A = 0.656 × 0.84 = 0.55104
    expect(idx.get(2028)).toBeCloseTo(73.69472, 10); // A = 0.55104 × 0.86 = 0.4738944
  });

  it('the published defaults: the NXT:2000i-class preset (5 %), 15 % a year, 10 points of repair a year', () => {
    const d = defaultsOf<ServicingSettings>('servicing');
    expect(d).toEqual({ cut: 5, start: 2025, grace: 0, decay: 15, repair: 10 });
    const idx = byYear(d, constantsOf<ServicingConstants>('servicing'));
    // A: 0.85, × 0.865, × 0.88, × 0.895 = 0.57908…, × 0.91, × 0.925
    expect(idx.get(2028)).toBeCloseTo(95 + 5 * 0.85 * 0.865 * 0.88 * 0.895, 10);
    expect(idx.get(2030)).toBeCloseTo(95 + 5 * 0.85 * 0.865 * 0.88 * 0.895 * 0.91 * 0.925, 10);
  });

  it('stockpiled spares delay the decline by the grace years; local repair still counts from the cut-off', () => {
    const idx = byYear({ cut: 50, start: 2025, grace: 2, decay: 20, repair: 10 });
    expect(idx.get(2025)).toBeCloseTo(100, 10);
    expect(idx.get(2026)).toBeCloseTo(100, 10);
    expect(idx.get(2027)).toBeCloseTo(50 + 50 * (1 - 0.2 * 0.8), 10); // cover 20 % by the third year
    expect(runServicing({ cut: 50, start: 2025, grace: 2, decay: 20, repair: 10 }, NO_GROWTH).decayStart).toBe(2027);
  });

  it('the yearly loss as a half-life: 15 % a year halves availability in about 4.27 years; none without decay', () => {
    expect(halfLifeOf(0.15)).toBeCloseTo(Math.log(0.5) / Math.log(0.85), 12);
    expect(halfLifeOf(0.5)).toBe(1);
    expect(halfLifeOf(0)).toBeNull();
    expect(runServicing(defaultsOf('servicing'), NO_GROWTH).halfLife).toBeCloseTo(4.265, 3);
  });

  it('the fleet is defined, and each preset is a sourced share of it on the slider', () => {
    const sc = scenario('servicing');
    expect(sc.denominator?.en).toMatch(/NXT:1980Di and newer/);
    expect(constantsOf<ServicingConstants>('servicing').fleetMax).toBe(85);
    const presets = sc.presets ?? [];
    expect(presets.map((p) => p.values.cut)).toEqual([5, 100]);
    for (const p of presets) expect(p.sources.length).toBeGreaterThan(0);
    // The default is the first preset, not the unsourced 50 % of version 1.
    expect(defaultsOf<ServicingSettings>('servicing').cut).toBe(presets[0]!.values.cut);
  });

  it('nothing cut off: capacity stays at the baseline', () => {
    const r = runServicing({ cut: 0, start: 2025, grace: 0, decay: 50, repair: 0 }, NO_GROWTH);
    for (const y of r.years) expect(y.index).toBeCloseTo(100, 10);
    expect(r.lostCapacityYears).toBeCloseTo(0, 10);
  });

  it('the whole fleet losing all availability at once (decay beyond the slider: clamped to 100 %) falls to zero and stays there', () => {
    const r = runServicing({ cut: 100, start: 2025, grace: 0, decay: 100, repair: 100 }, NO_GROWTH);
    expect(r.years.find((y) => y.year === 2025)!.index).toBeCloseTo(0, 10);
    expect(r.end).toBeCloseTo(0, 10);
  });

  it('a cut-off starting after the headline year leaves the headline at the baseline', () => {
    const r = runServicing({ cut: 100, start: 2029, grace: 0, decay: 30, repair: 0 }, NO_GROWTH);
    expect(r.headline).toBeCloseTo(100, 10);
    expect(r.end).toBeCloseTo(100 * 0.7 * 0.7, 10);
  });

  it('fleet growth moves baseline and index together', () => {
    const r = runServicing({ cut: 0, start: 2025, grace: 0, decay: 20, repair: 0 }, { baselineGrowth: 10, fleetMax: 85 });
    expect(r.years.find((y) => y.year === 2026)!.baseline).toBeCloseTo(121, 10);
    expect(r.years.find((y) => y.year === 2026)!.index).toBeCloseTo(121, 10);
  });

  it('covers the years 2024–2030 and headlines 2028', () => {
    const r = runServicing(defaultsOf('servicing'), NO_GROWTH);
    expect(r.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(SERVICING_FRAME.headlineYear).toBe(2028);
  });
});

describe('servicing model: properties over the whole input range', () => {
  const c = constantsOf<ServicingConstants>('servicing');
  const arb = settingsArb<ServicingSettings>('servicing');

  it('never returns NaN, never throws, and stays between 0 and the baseline', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = runServicing(s, c);
        for (const y of r.years) {
          expect(Number.isFinite(y.index)).toBe(true);
          expect(y.index).toBeGreaterThanOrEqual(-1e-9);
          expect(y.index).toBeLessThanOrEqual(y.baseline + 1e-9);
          expect(y.availability).toBeGreaterThanOrEqual(0);
          expect(y.availability).toBeLessThanOrEqual(1);
        }
        expect(Number.isFinite(r.lostCapacityYears)).toBe(true);
        expect(r.lostCapacityYears).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 500 },
    );
  });

  const cutRange = rangeOf('servicing', 'cut');
  it('more cut-off never raises capacity, in any year', () => {
    fc.assert(
      fc.property(arb, fc.double({ min: cutRange.min, max: cutRange.max, noNaN: true }), fc.double({ min: cutRange.min, max: cutRange.max, noNaN: true }), (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = runServicing({ ...s, cut: lo }, c).years;
        const high = runServicing({ ...s, cut: hi }, c).years;
        low.forEach((y, i) => expect(high[i]!.index).toBeLessThanOrEqual(y.index + 1e-9));
      }),
      { numRuns: 300 },
    );
  });

  it('faster decay never raises capacity; more repair, a later start or more spares never lower it', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const base = runServicing(s, c).years;
        const worse = runServicing({ ...s, decay: Math.min(50, s.decay + 5) }, c).years;
        const repaired = runServicing({ ...s, repair: Math.min(100, s.repair + 10) }, c).years;
        const later = runServicing({ ...s, start: Math.min(2030, s.start + 1) }, c).years;
        const spared = runServicing({ ...s, grace: Math.min(3, s.grace + 1) }, c).years;
        base.forEach((y, i) => {
          expect(worse[i]!.index).toBeLessThanOrEqual(y.index + 1e-9);
          expect(repaired[i]!.index).toBeGreaterThanOrEqual(y.index - 1e-9);
          expect(later[i]!.index).toBeGreaterThanOrEqual(y.index - 1e-9);
          expect(spared[i]!.index).toBeGreaterThanOrEqual(y.index - 1e-9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('sensitivity is finite for every input and ranked largest first', () => {
    const inputs = scenario('servicing').inputs;
    fc.assert(
      fc.property(arb, (s) => {
        const sens = sensitivity(inputs, s as unknown as Record<string, number>, (x) => servicingHeadline(x as unknown as ServicingSettings, c));
        expect(sens.rows).toHaveLength(5);
        for (const r of sens.rows) expect(Number.isFinite(r.swing) && r.swing >= 0).toBe(true);
        for (let i = 1; i < sens.rows.length; i++) expect(sens.rows[i - 1]!.swing).toBeGreaterThanOrEqual(sens.rows[i]!.swing);
      }),
      { numRuns: 200 },
    );
  });
});
