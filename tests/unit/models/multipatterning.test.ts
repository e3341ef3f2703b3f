/** The multi-patterning model: hand-computed costs, feasibility, monotonicity, bounds, no NaN. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  multipatterningHeadline,
  requiredSplit,
  runMultipatterning,
  schemeSteps,
  type MultipatterningConstants,
} from '../../../src/lib/models/multipatterning';
import { SCHEMES, type MultipatterningSettings } from '../../../src/lib/models/keys';
import { sensitivity } from '../../../src/lib/models/sensitivity';
import { constantsOf, defaultsOf, scenario, settingsArb } from './helpers';

const C: MultipatterningConstants = { sadpCuts: 1, saqpCuts: 2, split7: 2, split5: 4 };
const simple: MultipatterningSettings = { node: '7', scheme: 'lele', layers: 1, yield: 100, duvp: 50, duvt: 100, euvp: 200, euvt: 100, step: 0 };

describe('multi-patterning model: known points', () => {
  it('scheme sequences: exposures and other steps per layer', () => {
    expect(schemeSteps('euv', C)).toMatchObject({ tool: 'euv', exposures: 1, otherSteps: 1 });
    expect(schemeSteps('lele', C)).toMatchObject({ tool: 'duv', exposures: 2, otherSteps: 2, split: 2 });
    expect(schemeSteps('lelele', C)).toMatchObject({ exposures: 3, otherSteps: 3, split: 3 });
    expect(schemeSteps('sadp', C)).toMatchObject({ exposures: 2, otherSteps: 5, split: 2 }); // core + 1 cut; core etch, dep, etch, pull, cut etch
    expect(schemeSteps('saqp', C)).toMatchObject({ exposures: 3, otherSteps: 9, split: 4 }); // core + 2 cuts; core etch, 2 × (dep, etch, pull), 2 cut etches
  });

  it('LELE on one layer, perfect yield, no etch cost: 2 × €0.5 m/wph against 1 × €2 m/wph = 0.5', () => {
    const r = runMultipatterning(simple, C);
    expect(r.chosen.scannerCost).toBeCloseTo(1, 12);
    expect(r.euv.scannerCost).toBeCloseTo(2, 12);
    expect(r.ratio).toBeCloseTo(0.5, 12);
    expect(r.chosen.yield).toBe(1);
    expect(r.breakdown.euv.total).toBeCloseTo(1, 12);
  });

  it('yield compounds per exposure: 90 % per step over 2 exposures = 81 %, and the lost wafers are paid by the good ones', () => {
    const r = runMultipatterning({ ...simple, yield: 90 }, C);
    expect(r.chosen.yield).toBeCloseTo(0.81, 12);
    expect(r.euv.yield).toBeCloseTo(0.9, 12);
    expect(r.chosen.costPerGoodWafer).toBeCloseTo(1 / 0.81, 12);
    expect(r.ratio).toBeCloseTo(1 / 0.81 / (2 / 0.9), 12); // 0.5555…
    expect(r.chosen.yieldLossCost).toBeCloseTo(1 / 0.81 - 1, 12);
  });

  it('etch steps are priced at the set multiple of one DUV exposure', () => {
    const r = runMultipatterning({ ...simple, step: 0.5 }, C);
    expect(r.chosen.otherCost).toBeCloseTo(2 * 0.5 * 0.5, 12); // 2 steps × 0.5 × €0.5 m/wph
    expect(r.euv.otherCost).toBeCloseTo(1 * 0.5 * 0.5, 12);
    expect(r.ratio).toBeCloseTo((1 + 0.5) / (2 + 0.25), 12);
  });

  it('the published defaults: SAQP on 10 layers costs about 1.64 × the EUV route', () => {
    const d = defaultsOf<MultipatterningSettings>('multipatterning');
    expect(d).toMatchObject({ node: '7', scheme: 'saqp', layers: 10, yield: 98, duvp: 56, duvt: 275, euvp: 170, euvt: 170, step: 0.3 });
    const r = runMultipatterning(d, constantsOf('multipatterning'));
    const u = 56 / 275;
    const chosen = (30 * u + 90 * 0.3 * u) / 0.98 ** 30;
    const euv = (10 * 1 + 10 * 0.3 * u) / 0.98 ** 10;
    expect(r.chosen.exposures).toBe(30);
    expect(r.euv.exposures).toBe(10);
    expect(r.chosen.yield).toBeCloseTo(0.98 ** 30, 12); // ≈ 0.545
    expect(r.ratio).toBeCloseTo(chosen / euv, 12);
    expect(r.ratio).toBeCloseTo(1.6386, 3);
    expect(r.feasible).toBe(true);
  });

  it('choosing EUV is the EUV route itself', () => {
    const r = runMultipatterning({ ...defaultsOf<MultipatterningSettings>('multipatterning'), scheme: 'euv' }, C);
    expect(r.ratio).toBe(1);
    expect(r.feasible).toBe(true);
  });

  it('feasibility: every DUV scheme reaches 7 nm; at 5 nm only SAQP does', () => {
    expect(requiredSplit('7', C)).toBe(2);
    expect(requiredSplit('5', C)).toBe(4);
    const at = (node: '7' | '5', scheme: MultipatterningSettings['scheme']) => runMultipatterning({ ...simple, node, scheme }, C).feasible;
    for (const s of SCHEMES) expect(at('7', s)).toBe(true);
    expect(at('5', 'lele')).toBe(false);
    expect(at('5', 'sadp')).toBe(false);
    expect(at('5', 'lelele')).toBe(false);
    expect(at('5', 'saqp')).toBe(true);
    expect(at('5', 'euv')).toBe(true);
  });
});

describe('multi-patterning model: properties over the whole input range', () => {
  const c = constantsOf<MultipatterningConstants>('multipatterning');
  const arb = settingsArb<MultipatterningSettings>('multipatterning');
  const cost = (s: MultipatterningSettings, k = c) => runMultipatterning(s, k).chosen.costPerGoodWafer;

  it('never NaN, never throws; yields in (0, 1]; the breakdown adds up; the ratio is positive', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = runMultipatterning(s, c);
        for (const route of [r.chosen, r.euv]) {
          expect(route.yield).toBeGreaterThan(0);
          expect(route.yield).toBeLessThanOrEqual(1);
          expect(Number.isFinite(route.costPerGoodWafer)).toBe(true);
          expect(route.costPerGoodWafer).toBeGreaterThanOrEqual(route.costPerWafer - 1e-12);
        }
        expect(Number.isFinite(r.ratio) && r.ratio > 0).toBe(true);
        for (const b of [r.breakdown.chosen, r.breakdown.euv]) expect(b.scanner + b.other + b.yieldLoss).toBeCloseTo(b.total, 9);
        expect(r.breakdown.euv.total).toBeCloseTo(1, 12);
      }),
      { numRuns: 500 },
    );
  });

  it('more exposures never lower the cost: more layers, more cuts, or a scheme with more exposures and steps', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = runMultipatterning(s, c);
        const more = runMultipatterning({ ...s, layers: Math.min(30, s.layers + 1) }, c);
        expect(more.chosen.costPerGoodWafer).toBeGreaterThanOrEqual(r.chosen.costPerGoodWafer * (1 - 1e-12));
        expect(more.ratio).toBeGreaterThanOrEqual(r.ratio * (1 - 1e-12));
        expect(cost({ ...s, scheme: 'lelele' })).toBeGreaterThanOrEqual(cost({ ...s, scheme: 'lele' }) * (1 - 1e-12));
        expect(cost({ ...s, scheme: 'saqp' })).toBeGreaterThanOrEqual(cost({ ...s, scheme: 'sadp' }) * (1 - 1e-12));
        expect(cost({ ...s, scheme: 'sadp' }, { ...c, sadpCuts: 2 })).toBeGreaterThanOrEqual(cost({ ...s, scheme: 'sadp' }, { ...c, sadpCuts: 1 }) * (1 - 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('better yield never raises the cost; a dearer DUV scanner never lowers the DUV route’s cost', () => {
    fc.assert(
      fc.property(arb, (s) => {
        fc.pre(s.scheme !== 'euv');
        expect(cost({ ...s, yield: Math.min(100, s.yield + 0.5) })).toBeLessThanOrEqual(cost(s) * (1 + 1e-12));
        expect(cost({ ...s, duvp: Math.min(150, s.duvp + 10) })).toBeGreaterThanOrEqual(cost(s) * (1 - 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('sensitivity: finite, ranked, one row per slider', () => {
    const inputs = scenario('multipatterning').inputs;
    fc.assert(
      fc.property(arb, (s) => {
        const sens = sensitivity(inputs, s as unknown as Record<string, number | string>, (x) =>
          multipatterningHeadline(x as unknown as MultipatterningSettings, c),
        );
        expect(sens.rows).toHaveLength(7);
        for (const r of sens.rows) expect(Number.isFinite(r.swing)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
