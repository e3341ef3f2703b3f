/**
 * The gap model on a roadmap fixture (hand-computed gaps, slips, ceilings, the
 * ceiling lift, missing data, monotonicity, no NaN) and on the real roadmap
 * data (back-test against SMIC's record, what sets the headline).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import realRoadmaps from '../../../content/data/roadmaps.json';
import {
  AT_CEILING,
  backTest,
  duvGenerationAt,
  gapHeadline,
  generationAtYear,
  leaderCurve,
  leaderPace,
  runGap,
  yearAtGeneration,
} from '../../../src/lib/models/gap';
import type { GapSettings } from '../../../src/lib/models/keys';
import type { RoadmapNode } from '../../../src/lib/schema';
import { sensitivity } from '../../../src/lib/models/sensitivity';
import { defaultsOf, rangeOf, scenario, settingsArb } from './helpers';
import { ROADMAP } from './roadmap-fixture';

const D: GapSettings = { duv: 2, euv: 2.5, ceil: 4, lift: 'off', slip: 0 };
const REAL = realRoadmaps as unknown as RoadmapNode[];
const ok = (s: GapSettings, r: RoadmapNode[] = ROADMAP) => {
  const out = runGap(s, r);
  if (!out.ok) throw new Error(out.reason);
  return out;
};
const at = (s: GapSettings, year: number) => ok(s).years.find((y) => y.year === year)!;

describe('gap model: the leader curve', () => {
  it('takes achieved years, plan targets plus the slip, drops cancelled nodes', () => {
    const pts = leaderCurve(ROADMAP, 'tsmc', 1);
    expect(pts.map((p) => [p.generation, p.year])).toEqual([
      [1, 2015], [2, 2017], [3, 2018], [4, 2020], [5, 2022], [6, 2025], [6.5, 2027], [7, 2029],
    ]);
  });

  it('keeps years non-decreasing when a plan is dated before an earlier generation', () => {
    const odd = [...ROADMAP, { ...ROADMAP[7]!, id: 'l-odd', generation: 7.5, announcedFor: 2024 }];
    const pts = leaderCurve(odd, 'tsmc', 0);
    for (let i = 1; i < pts.length; i++) expect(pts[i]!.year).toBeGreaterThanOrEqual(pts[i - 1]!.year);
  });

  it('measures the pace on achieved nodes only: (2025 − 2015) ÷ (6 − 1) = 2 years per generation, whatever the slip', () => {
    expect(leaderPace(leaderCurve(ROADMAP, 'tsmc', 0))).toBe(2);
    expect(leaderPace(leaderCurve(ROADMAP, 'tsmc', 3))).toBe(2);
  });

  it('interpolates between nodes and extends past the ends at that pace', () => {
    const pts = leaderCurve(ROADMAP, 'tsmc', 0);
    expect(yearAtGeneration(pts, 3.5, 2)).toBe(2019);
    expect(yearAtGeneration(pts, 6.6, 2)).toBeCloseTo(2026.4, 12);
    expect(yearAtGeneration(pts, 8, 2)).toBe(2030);
    expect(yearAtGeneration(pts, 0.5, 2)).toBe(2014);
  });
});

describe('gap model: known points', () => {
  it('the DUV path halves its distance to the ceiling every `duv` years', () => {
    expect(duvGenerationAt(3, 4, 2, 0)).toBe(3);
    expect(duvGenerationAt(3, 4, 2, 2)).toBe(3.5);
    expect(duvGenerationAt(3, 4, 2, 4)).toBe(3.75);
    expect(duvGenerationAt(4, 3.5, 2, 4)).toBe(4); // starting above a ceiling: stays put
  });

  it('reads the leader’s generation in a year, the inverse of yearAtGeneration', () => {
    const pts = leaderCurve(ROADMAP, 'tsmc', 0);
    expect(generationAtYear(pts, 2019, 2)).toBe(3.5);
    expect(generationAtYear(pts, 2032, 2)).toBe(9); // generation 7 in 2028, then 2 years a generation
    for (const g of [1.5, 3.25, 6.2, 8]) expect(generationAtYear(pts, yearAtGeneration(pts, g, 2), 2)).toBeCloseTo(g, 9);
  });

  it('at D: 5 years behind in 2023 (7 nm class vs 2018), 6 in 2025 (generation 3.5 vs 2019), 7.5 in 2027', () => {
    const r = ok(D);
    expect(r.start).toMatchObject({ year: 2023, generation: 3, node: 'F+2' });
    expect(r.startGap).toBe(5);
    expect(at(D, 2025).duvGap).toBe(6);
    expect(at(D, 2027).duvGap).toBe(7.5); // generation 3.75: leader 2018 + 0.75 × 2
  });

  it('by 2032 the path is within a tenth of a generation of the ceiling, so the ceiling sets the headline', () => {
    const r = ok(D);
    const g = 4 - 2 ** -4.5;
    expect(at(D, 2032).duvGeneration).toBeCloseTo(g, 12);
    expect(r.headline).toBeCloseTo(2032 - (2018 + (g - 3) * 2), 12); // ≈ 12.09
    expect(r.headlineGenerations).toBeCloseTo(9 - g, 12);
    expect(r.ceilingAfter).toBeCloseTo(2 * Math.log2(1 / AT_CEILING), 12); // ≈ 6.6 years
    expect(r.ceilingSets).toBe(true);
    expect(gapHeadline(D, ROADMAP)).toBe(r.headline);
  });

  it('says when the ceiling does not set the result: a slow path still short of it in 2032', () => {
    const r = ok({ ...D, duv: 6 });
    expect(r.ceilingAfter).toBeNull();
    expect(r.ceilingSets).toBe(false);
  });

  it('the ceiling lifts in 2029: from generation 3.875 the path moves at the EUV pace, 5.075 by 2032', () => {
    const r = ok({ ...D, lift: '2029' });
    expect(at({ ...D, lift: '2029' }, 2029).duvGeneration).toBe(3.875);
    expect(at({ ...D, lift: '2029' }, 2032).duvGeneration).toBeCloseTo(5.075, 12);
    expect(r.headline).toBeCloseTo(2032 - (2022 + 0.075 * 3), 12);
    expect(r.ceilingSets).toBe(false);
    expect(r.liftYear).toBe(2029);
    expect(ok(D).liftYear).toBeNull();
  });

  it('with EUV at 2.5 years per generation China reaches 6.6 by 2032: 5.6 years behind (leader at 6.6 in 2026.4)', () => {
    expect(ok(D).endEuvGap).toBeCloseTo(5.6, 12);
  });

  it('a one-year slip in the leader’s plans narrows the EUV-path gap by one year and leaves the DUV path alone', () => {
    const r = ok({ ...D, slip: 1 });
    expect(r.endEuvGap).toBeCloseTo(4.6, 12);
    expect(r.headline).toBe(ok(D).headline);
  });

  it('China can pull ahead past the leader’s plans (extrapolated), shown as a negative gap', () => {
    const r = ok({ ...D, euv: 1 });
    // generation 3 + 9 = 12, capped at 10; leader reaches 10 in 2028 + 3 × 2 = 2034
    expect(r.endEuvGap).toBe(-2);
  });

  it('records the follower’s nodes seen in 2023–2032 as observed points', () => {
    expect(ok(D).observed.map((o) => [o.node, o.year, o.gap])).toEqual([
      ['F+2', 2023, 5],
      ['F+3', 2025, 6],
    ]);
  });

  it('says so, without throwing, when the roadmap lacks the leader or the follower', () => {
    expect(runGap(D, [])).toMatchObject({ ok: false, reason: 'no-leader' });
    expect(runGap(D, ROADMAP.filter((r) => r.company !== 'smic'))).toMatchObject({ ok: false, reason: 'no-follower' });
    expect(gapHeadline(D, [])).toBeNull();
    expect(backTest(D, [], 2019, 2025)).toEqual([]);
  });
});

describe('gap model on the real roadmap data', () => {
  const defaults = defaultsOf<GapSettings>('gap');
  const smic = REAL.filter((r) => r.company === 'smic' && r.achieved !== undefined);

  it('back-test: run from SMIC’s 2019 node at the defaults, it reproduces SMIC’s real gap in 2019, 2021, 2023 and 2025 within half a year', () => {
    const points = backTest(defaults, REAL, 2019, 2025);
    expect(points.map((p) => p.year)).toEqual([2019, 2021, 2023, 2025]);
    for (const p of points) expect(Math.abs(p.modelled - p.observed), `${p.year} ${p.node}`).toBeLessThanOrEqual(0.5);
  });

  it('the back-test can fail: a slower path (half-life 4 years) misses the record by more than half a year', () => {
    const slow = backTest({ ...defaults, duv: 4 }, REAL, 2019, 2025);
    expect(Math.max(...slow.map((p) => Math.abs(p.modelled - p.observed)))).toBeGreaterThan(0.5);
  });

  it('both readings of the record are named in the data: the full record fits 2.2 years, 2023–2025 alone gives exactly 2', () => {
    expect(defaults.duv).toBe(2.2);
    const n2 = smic.find((r) => r.node === 'N+2')!;
    const n3 = smic.find((r) => r.node === 'N+3')!;
    expect(duvGenerationAt(n2.generation, defaults.ceil, 2, n3.achieved! - n2.achieved!)).toBe(n3.generation);
    expect(rangeOf('gap', 'duv').note!.en).toMatch(/2019–2025/);
    expect(rangeOf('gap', 'duv').note!.en).toMatch(/2023–2025 record alone gives 2 years/);
  });

  it('the ceiling slider starts at the most advanced SMIC node already seen', () => {
    const observed = Math.max(...smic.map((r) => r.generation));
    expect(rangeOf('gap', 'ceil').min).toBeGreaterThanOrEqual(observed);
  });

  it('at the defaults the headline says the ceiling sets it; lifting the ceiling or slowing the path changes it', () => {
    const r = runGap(defaults, REAL);
    if (!r.ok) throw new Error(r.reason);
    expect(r.ceilingSets).toBe(true);
    expect(defaults.lift).toBe('off');
    const lifted = runGap({ ...defaults, lift: '2027' }, REAL);
    const slower = runGap({ ...defaults, duv: rangeOf('gap', 'duv').max }, REAL);
    if (!lifted.ok || !slower.ok) throw new Error('no data');
    expect(lifted.headline).toBeLessThan(r.headline - 1);
    expect(slower.headline).toBeGreaterThan(r.headline + 0.3);
    expect(slower.ceilingSets).toBe(false);
  });
});

describe('gap model: properties over the whole input range', () => {
  const arb = settingsArb<GapSettings>('gap');

  it('never NaN, never throws; the DUV-only path never passes its ceiling until it lifts; bounded gaps', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = ok(s);
        for (const y of r.years) {
          expect(Number.isFinite(y.duvGap) && Number.isFinite(y.euvGap) && Number.isFinite(y.duvGenerationsBehind)).toBe(true);
          if (s.lift === 'off') expect(y.duvGeneration).toBeLessThanOrEqual(Math.max(3, s.ceil) + 1e-9);
          expect(Math.abs(y.duvGap)).toBeLessThan(30);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('slower DUV progress never narrows the gap; a higher ceiling or a longer slip never widens it', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const base = ok(s).years;
        const slower = ok({ ...s, duv: Math.min(6, s.duv + 0.5) }).years;
        const lifted = ok({ ...s, lift: '2027' }).years;
        const fasterEuv = ok({ ...s, euv: Math.max(1, s.euv - 0.5) }).years;
        const higher = ok({ ...s, ceil: Math.min(7, s.ceil + 0.5) }).years;
        const slipped = ok({ ...s, slip: Math.min(4, s.slip + 0.5) }).years;
        base.forEach((y, i) => {
          expect(slower[i]!.duvGap).toBeGreaterThanOrEqual(y.duvGap - 1e-9);
          expect(lifted[i]!.duvGap).toBeLessThanOrEqual(y.duvGap + 1e-9);
          expect(fasterEuv[i]!.duvGap).toBeLessThanOrEqual(y.duvGap + 1e-9);
          expect(fasterEuv[i]!.euvGap).toBeLessThanOrEqual(y.euvGap + 1e-9);
          expect(higher[i]!.duvGap).toBeLessThanOrEqual(y.duvGap + 1e-9);
          expect(slipped[i]!.duvGap).toBeLessThanOrEqual(y.duvGap + 1e-9);
          expect(slipped[i]!.euvGap).toBeLessThanOrEqual(y.euvGap + 1e-9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('holds up on arbitrary roadmaps too: no NaN, no throw', () => {
    const nodeArb = fc.record({
      company: fc.constantFrom('tsmc', 'smic', 'intel'),
      generation: fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
      achieved: fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: undefined }),
      announcedFor: fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: undefined }),
      status: fc.constantFrom('achieved', 'planned', 'delayed', 'cancelled'),
    });
    fc.assert(
      fc.property(arb, fc.array(nodeArb, { maxLength: 12 }), (s, nodes) => {
        const roadmap = nodes.map((n, i) => ({ id: `n-${i}`, node: `N${i}`, lithography: 'euv', sources: ['x'], ...n }) as RoadmapNode);
        const r = runGap(s, roadmap);
        if (r.ok) for (const y of r.years) expect(Number.isFinite(y.duvGap) && Number.isFinite(y.euvGap)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sensitivity: finite, ranked; unless the ceiling lifts, the EUV pace does not move the DUV-only headline', () => {
    const inputs = scenario('gap').inputs;
    fc.assert(
      fc.property(arb, (s) => {
        const sens = sensitivity(inputs, s as unknown as Record<string, number>, (x) => gapHeadline(x as unknown as GapSettings, ROADMAP));
        expect(sens.rows).toHaveLength(4); // the four sliders; the lift is a choice
        for (const r of sens.rows) expect(Number.isFinite(r.swing)).toBe(true);
        if (s.lift === 'off') expect(sens.rows.find((r) => r.key === 'euv')!.swing).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
