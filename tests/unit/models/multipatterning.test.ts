/**
 * The multi-patterning model: hand-computed costs on a small mix, which
 * schemes are offered where, the real layer mix in scenarios.json, the
 * back-test against the reported SMIC price premium, every slider corner
 * inside the plausible band, monotonicity, and no NaN.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  euvScheme,
  multipatterningHeadline,
  offeredDuvSchemes,
  runMultipatterning,
  schemeSteps,
  type LayerGroup,
  type MultipatterningConstants,
} from '../../../src/lib/models/multipatterning';
import type { MultipatterningSettings } from '../../../src/lib/models/keys';
import { sensitivity } from '../../../src/lib/models/sensitivity';
import { constantsOf, defaultsOf, rangeOf, scenario, settingsArb } from './helpers';

const C: MultipatterningConstants = { sadpCuts: 1, saqpCuts: 2, duvAvail: 100, depYears: 5, arfLimit: 80, euvLimit: 26 };
const simple: MultipatterningSettings = { node: '7', duvp: 50, duvt: 100, euvp: 200, euvt: 100, euva: 100, step: 0, mask: 0, scrap: 0, shared: 0 };
const oneLele: LayerGroup[] = [{ node: '7', id: 'm', pitch: 50, layers: 1, duv: 'lele' }];

/** The real record: its layer mix, constants and defaults. */
const real = scenario('multipatterning');
const mix = (real.layerMix ?? []) as LayerGroup[];
const c = constantsOf<MultipatterningConstants>('multipatterning');
const defaults = defaultsOf<MultipatterningSettings>('multipatterning');

/** The plausible band of the DUV-to-EUV ratio the page states (model card). */
const BAND = [0.6, 3] as const;

describe('multi-patterning model: known points', () => {
  it('scheme sequences: exposures, other steps and pitch split per layer', () => {
    expect(schemeSteps('euv', C)).toMatchObject({ tool: 'euv', exposures: 1, otherSteps: 1, split: 1 });
    expect(schemeSteps('euv2', C)).toMatchObject({ tool: 'euv', exposures: 2, otherSteps: 2, split: 2 });
    expect(schemeSteps('lele', C)).toMatchObject({ tool: 'duv', exposures: 2, otherSteps: 2, split: 2 });
    expect(schemeSteps('lelele', C)).toMatchObject({ exposures: 3, otherSteps: 3, split: 3 });
    expect(schemeSteps('sadp', C)).toMatchObject({ exposures: 2, otherSteps: 5, split: 2 }); // core + 1 cut; core etch, dep, etch, pull, cut etch
    expect(schemeSteps('saqp', C)).toMatchObject({ exposures: 3, otherSteps: 9, split: 4 }); // core + 2 cuts; core etch, 2 × (dep, etch, pull), 2 cut etches
  });

  it('LELE on one layer, nothing else counted: 2 × €0.5 m/wph against 1 × €2 m/wph = 0.5', () => {
    const r = runMultipatterning(simple, C, oneLele);
    expect(r.duv.scannerCost).toBeCloseTo(2, 12); // in units of one DUV exposure
    expect(r.euv.scannerCost).toBeCloseTo(4, 12);
    expect(r.ratio).toBeCloseTo(0.5, 12);
    expect(r.duv.yield).toBe(1);
  });

  it('availability divides throughput: EUV at 50 % doubles its scanner cost', () => {
    expect(runMultipatterning({ ...simple, euva: 50 }, C, oneLele).ratio).toBeCloseTo(0.25, 12);
  });

  it('masks and steps are per exposure and per step; shared layers scale with the EUV route’s critical cost', () => {
    const r = runMultipatterning({ ...simple, mask: 0.5, step: 0.25, shared: 1 }, C, oneLele);
    // DUV: 2 × 1 scanner + 2 × 0.5 masks + 2 × 0.25 steps = 3.5; EUV: 4 + 0.5 + 0.25 = 4.75; shared 4.75 each.
    expect(r.duv.costPerWafer).toBeCloseTo(3.5 + 4.75, 12);
    expect(r.euv.costPerWafer).toBeCloseTo(4.75 * 2, 12);
  });

  it('scrap hits the whole wafer: 10 % per exposure over 2 exposures loses 19 % of everything, shared layers included', () => {
    const r = runMultipatterning({ ...simple, scrap: 10, shared: 1 }, C, oneLele);
    expect(r.duv.yield).toBeCloseTo(0.81, 12);
    expect(r.euv.yield).toBeCloseTo(0.9, 12);
    expect(r.duv.costPerGoodWafer).toBeCloseTo((2 + 4) / 0.81, 12);
    expect(r.ratio).toBeCloseTo((6 / 0.81) / (8 / 0.9), 12);
  });

  it('euro cost of one exposure: price over the write-off years at full use, divided by effective throughput', () => {
    const r = runMultipatterning(simple, C, oneLele);
    expect(r.euroPerExposure.duv).toBeCloseTo((50e6 / 100) / (5 * 8760), 9);
  });
});

describe('which schemes are offered where (ArF immersion limit)', () => {
  it('states a limit above which every exposure must print', () => {
    expect(c.arfLimit).toBe(80);
  });

  it('LELE is not offered for the tightest 7 nm layers (fins, tightest metal): each mask would print at or below the limit', () => {
    const tight = mix.filter((g) => g.node === '7' && (g.id === 'fins' || g.id === 'tight-metal'));
    expect(tight).toHaveLength(2);
    for (const g of tight) {
      expect(g.pitch * 2).toBeLessThanOrEqual(c.arfLimit);
      expect(offeredDuvSchemes(g.pitch, c)).not.toContain('lele');
      expect(offeredDuvSchemes(g.pitch, c)).not.toContain('sadp');
      expect(offeredDuvSchemes(g.pitch, c)).toContain('saqp');
    }
  });

  it('every group of the real mix uses a DUV scheme that is offered for its pitch', () => {
    for (const g of mix) expect(offeredDuvSchemes(g.pitch, c), `${g.node} ${g.id}`).toContain(g.duv);
    for (const node of ['7', '5'] as const) expect(runMultipatterning({ ...defaults, node }, c, mix).printable).toBe(true);
  });

  it('the EUV route exposes once at or above its limit, twice below it', () => {
    expect(euvScheme(26, c)).toBe('euv');
    expect(euvScheme(20, c)).toBe('euv2');
  });
});

describe('multi-patterning model on the real data', () => {
  it('the node selector changes the cost: 7 nm and 5 nm differ in exposures and ratio', () => {
    const r7 = runMultipatterning({ ...defaults, node: '7' }, c, mix);
    const r5 = runMultipatterning({ ...defaults, node: '5' }, c, mix);
    expect(r5.duv.exposures).toBeGreaterThan(r7.duv.exposures);
    expect(r5.duv.costPerGoodWafer).not.toBeCloseTo(r7.duv.costPerGoodWafer, 3);
    expect(r5.ratio).not.toBeCloseTo(r7.ratio, 3);
  });

  it('defaults pair prices of one year: both scanner prices are ASML’s 2018 averages from the same filing', () => {
    for (const key of ['duvp', 'euvp']) expect(rangeOf('multipatterning', key).sources[0]).toBe('asml-20f-2018-system-sales');
    expect(defaults.duvp).toBe(56); // €4,806.9 m ÷ 86
    expect(defaults.euvp).toBe(105); // €1,880.1 m ÷ 18, on the slider's step
  });

  it('back-test: the default 7 nm ratio sits below the reported 40–50 % SMIC price premium, as the model card says it should', () => {
    const ratio = multipatterningHeadline({ ...defaults, node: '7' }, c, mix);
    // The card explains why the cost ratio is below the price premium; if the model ever lands inside or
    // above 1.4–1.5 the card's explanation is wrong and must be rewritten.
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.4);
    expect(real.modelCard.backTest.en).toMatch(/40–50 %/);
    expect(real.modelCard.backTest.en).toMatch(/lower/);
  });

  it('every corner of the sliders, at both nodes, stays inside the stated plausible band', () => {
    const ranges = real.inputs.filter((i) => i.kind === 'range');
    expect(real.modelCard.backTest.en).toContain(`between ${BAND[0]} and ${BAND[1]} times`);
    let lo = Infinity;
    let hi = -Infinity;
    for (let m = 0; m < 1 << ranges.length; m++) {
      for (const node of ['7', '5'] as const) {
        const s = { ...defaults, node } as unknown as Record<string, number | string>;
        ranges.forEach((input, k) => (s[input.key] = (m >> k) & 1 ? input.max : input.min));
        const r = multipatterningHeadline(s as unknown as MultipatterningSettings, c, mix);
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
    }
    expect(lo).toBeGreaterThanOrEqual(BAND[0]);
    expect(hi).toBeLessThanOrEqual(BAND[1]);
  });
});

describe('multi-patterning model: properties over the whole input range', () => {
  const arb = settingsArb<MultipatterningSettings>('multipatterning');
  const ratio = (s: MultipatterningSettings) => multipatterningHeadline(s, c, mix);
  const up = (s: MultipatterningSettings, key: keyof MultipatterningSettings) => {
    const input = rangeOf('multipatterning', key);
    return { ...s, [key]: Math.min(input.max, (s[key] as number) + input.step) };
  };
  const tol = 1e-12;

  it('never NaN, never throws; yields in (0, 1]; the breakdown adds up; the ratio is positive', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = runMultipatterning(s, c, mix);
        for (const route of [r.duv, r.euv]) {
          expect(route.yield).toBeGreaterThan(0);
          expect(route.yield).toBeLessThanOrEqual(1);
          expect(Number.isFinite(route.costPerGoodWafer)).toBe(true);
          expect(route.costPerGoodWafer).toBeGreaterThanOrEqual(route.costPerWafer - 1e-12);
        }
        expect(Number.isFinite(r.ratio) && r.ratio > 0).toBe(true);
        for (const b of [r.breakdown.duv, r.breakdown.euv]) expect(b.scanner + b.mask + b.other + b.shared + b.yieldLoss).toBeCloseTo(b.total, 9);
        expect(r.breakdown.euv.total).toBeCloseTo(1, 12);
      }),
      { numRuns: 500 },
    );
  });

  it('monotonic in every input: dearer or slower DUV raises the ratio, dearer, slower or less available EUV lowers it', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = ratio(s);
        expect(ratio(up(s, 'duvp'))).toBeGreaterThanOrEqual(r * (1 - tol));
        expect(ratio(up(s, 'duvt'))).toBeLessThanOrEqual(r * (1 + tol));
        expect(ratio(up(s, 'euvp'))).toBeLessThanOrEqual(r * (1 + tol));
        expect(ratio(up(s, 'euvt'))).toBeGreaterThanOrEqual(r * (1 - tol));
        expect(ratio(up(s, 'euva'))).toBeGreaterThanOrEqual(r * (1 - tol));
        // The DUV route has more exposures and more steps per layer in every group, so these only add to it.
        expect(ratio(up(s, 'step'))).toBeGreaterThanOrEqual(r * (1 - tol));
        expect(ratio(up(s, 'mask'))).toBeGreaterThanOrEqual(r * (1 - tol));
        expect(ratio(up(s, 'scrap'))).toBeGreaterThanOrEqual(r * (1 - tol));
      }),
      { numRuns: 300 },
    );
  });

  it('more shared layers pull the ratio towards the two routes’ yield ratio (what the shared layers alone would cost), from either side', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const base = runMultipatterning(s, c, mix);
        const limit = base.euv.yield / base.duv.yield;
        const more = ratio(up(s, 'shared'));
        expect(Math.abs(more - limit)).toBeLessThanOrEqual(Math.abs(base.ratio - limit) * (1 + tol) + tol);
      }),
      { numRuns: 300 },
    );
  });

  it('bounded: anywhere in the ranges the ratio stays inside the plausible band', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const r = ratio(s);
        expect(r).toBeGreaterThanOrEqual(BAND[0]);
        expect(r).toBeLessThanOrEqual(BAND[1]);
      }),
      { numRuns: 500 },
    );
  });

  it('sensitivity: finite, ranked, one row per slider', () => {
    const inputs = real.inputs;
    fc.assert(
      fc.property(arb, (s) => {
        const sens = sensitivity(inputs, s as unknown as Record<string, number | string>, (x) => ratio(x as unknown as MultipatterningSettings));
        expect(sens.rows).toHaveLength(inputs.filter((i) => i.kind === 'range').length);
        for (const r of sens.rows) expect(Number.isFinite(r.swing)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
