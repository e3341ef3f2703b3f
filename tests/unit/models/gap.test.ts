/** The gap model on a roadmap fixture: hand-computed gaps, slips, ceilings, missing data, monotonicity, no NaN. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapHeadline, leaderCurve, leaderPace, runGap, yearAtGeneration } from '../../../src/lib/models/gap';
import type { GapSettings } from '../../../src/lib/models/keys';
import type { RoadmapNode } from '../../../src/lib/schema';
import { sensitivity } from '../../../src/lib/models/sensitivity';
import { defaultsOf, scenario, settingsArb } from './helpers';
import { ROADMAP } from './roadmap-fixture';

const D: GapSettings = { duv: 4, euv: 2.5, ceil: 4, slip: 0 };
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
  it('defaults: 5 years behind in 2023 (7 nm class vs 2018), 12 by 2032 at the 5 nm ceiling (vs 2020)', () => {
    const r = ok(D);
    expect(r.start).toMatchObject({ year: 2023, generation: 3, node: 'F+2' });
    expect(r.startGap).toBe(5);
    expect(at(D, 2025).duvGap).toBe(6); // generation 3.5, reached by the leader in 2019
    expect(at(D, 2027).duvGap).toBe(7); // generation 4, the ceiling: leader 2020
    expect(r.headline).toBe(12);
    expect(gapHeadline(D, ROADMAP)).toBe(12);
  });

  it('the DUV-only path reaches its ceiling one generation up after one DUV pace: 4 years (2027); never, by 2032, at 10 years a generation', () => {
    expect(ok(D).ceilingAfter).toBe(4);
    expect(ok({ ...D, duv: 4.5 }).ceilingAfter).toBe(4.5);
    expect(ok({ ...D, ceil: 5 }).ceilingAfter).toBe(8); // two generations: 2031
    expect(ok({ ...D, duv: 10 }).ceilingAfter).toBeNull(); // 2033 is past the end year
    expect(ok({ ...D, ceil: 3 }).ceilingAfter).toBe(0); // already there
  });

  it('with EUV at 2.5 years per generation China reaches 6.6 by 2032: 5.6 years behind (leader at 6.6 in 2026.4)', () => {
    expect(ok(D).endEuvGap).toBeCloseTo(5.6, 12);
  });

  it('a one-year slip in the leader’s plans narrows the EUV-path gap by one year and leaves the DUV path alone', () => {
    const r = ok({ ...D, slip: 1 });
    expect(r.endEuvGap).toBeCloseTo(4.6, 12);
    expect(r.headline).toBe(12);
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
  });

  it('the published defaults are the ones computed above', () => {
    expect(defaultsOf<GapSettings>('gap')).toEqual(D);
  });
});

describe('gap model: properties over the whole input range', () => {
  const arb = settingsArb<GapSettings>('gap');

  it('never NaN, never throws; DUV path never ahead of the EUV path when EUV is at least as fast', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = ok(s);
        for (const y of r.years) {
          expect(Number.isFinite(y.duvGap) && Number.isFinite(y.euvGap)).toBe(true);
          if (s.euv <= s.duv) expect(y.duvGap).toBeGreaterThanOrEqual(y.euvGap - 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('slower DUV progress never narrows the gap; a higher ceiling or a longer slip never widens it', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const base = ok(s).years;
        const slower = ok({ ...s, duv: Math.min(8, s.duv + 0.5) }).years;
        const higher = ok({ ...s, ceil: Math.min(7, s.ceil + 0.5) }).years;
        const slipped = ok({ ...s, slip: Math.min(4, s.slip + 0.5) }).years;
        base.forEach((y, i) => {
          expect(slower[i]!.duvGap).toBeGreaterThanOrEqual(y.duvGap - 1e-9);
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

  it('sensitivity: finite, ranked; the EUV pace does not move the DUV-only headline', () => {
    const inputs = scenario('gap').inputs;
    fc.assert(
      fc.property(arb, (s) => {
        const sens = sensitivity(inputs, s as unknown as Record<string, number>, (x) => gapHeadline(x as unknown as GapSettings, ROADMAP));
        expect(sens.rows).toHaveLength(4);
        for (const r of sens.rows) expect(Number.isFinite(r.swing)).toBe(true);
        expect(sens.rows.find((r) => r.key === 'euv')!.swing).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
