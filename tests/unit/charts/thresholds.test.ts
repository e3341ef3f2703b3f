import { describe, expect, it } from 'vitest';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import { chartContract } from './chart-contract';
import { chipRows, inThreshold, rankMap, unionOutline, niceStep } from '../../../src/lib/charts/thresholds';
import { renderChart } from '../../../src/lib/charts/render';
import { datasets, marksIn } from './helpers';

const s = CHART_STRINGS.en;
const z = CHART_STRINGS['zh-hant'];
const h = CHART_STRINGS['zh-hans'];

chartContract('thresholds', { probes: { en: [s.thresholds.classes.datacenter, s.thresholds.xLabel], 'zh-hant': [z.thresholds.classes.datacenter, z.thresholds.xLabel], 'zh-hans': [h.thresholds.classes.datacenter, h.thresholds.xLabel] } });

describe('thresholds geometry', () => {
  const xd: [number, number] = [10, 10000];
  const yd: [number, number] = [1, 100];

  it('outlines a union without the cut-off frame edges', () => {
    // An L shape: x ≥ 100 (all y), plus x ≥ 50 with y ≥ 10.
    const segs = unionOutline(
      [
        { x0: 100, x1: 10000, y0: 1, y1: 100 },
        { x0: 50, x1: 10000, y0: 10, y1: 100 },
      ],
      xd,
      yd,
    );
    expect(segs).toContainEqual({ x1: 50, y1: 10, x2: 50, y2: 100 });
    expect(segs).toContainEqual({ x1: 100, y1: 1, x2: 100, y2: 10 });
    expect(segs).toContainEqual({ x1: 50, y1: 10, x2: 100, y2: 10 });
    expect(segs.some((s) => s.x1 === 10000 || s.y1 === 100 || s.y2 === 1)).toBe(false);
  });

  it('lets the stronger effect win where regions overlap', () => {
    const { cells } = rankMap(
      [
        { x0: 20, x1: 10000, y0: 5, y1: 10, rank: 1 },
        { x0: 100, x1: 10000, y0: 1, y1: 100, rank: 2 },
      ],
      xd,
      yd,
    );
    const at = (x: number, y: number) => cells.find((c) => x > c.x0 && x < c.x1 && y > c.y0 && y < c.y1)?.rank ?? 0;
    expect(at(50, 7)).toBe(1);
    expect(at(500, 7)).toBe(2);
    expect(at(50, 50)).toBe(0);
  });

  it('rounds domains to 1–2–5 steps', () => {
    expect(niceStep(76, -1)).toBe(50);
    expect(niceStep(41400, 1)).toBe(50000);
    expect(niceStep(1.23, -1)).toBe(1);
  });

  const { ds } = datasets()[0]!;
  it('puts chips without a die area in the TPP strip', () => {
    const { main, strip } = chipRows(ds);
    expect(strip.every((r) => r.chip.dieAreaMm2 === undefined)).toBe(true);
    expect(main.every((r) => r.pd !== undefined && r.pd > 0)).toBe(true);
    const panels = renderChart('thresholds', ds, { locale: 'en', width: 640 });
    expect(panels.map((p) => p.id)).toEqual(['main', 'strip']);
    expect(marksIn(panels[1]!.svg).map((m) => m.key).sort()).toEqual(strip.map((r) => r.key).sort());
  });

  it('tests membership with open ends', () => {
    const t = { id: 't', type: 'threshold' as const, event: 'e', label: { en: 'x', 'zh-hant': '測', 'zh-hans': '测' }, effect: 'controlled' as const, sources: ['s'], regions: [{ tppMin: 1600, pdMin: 5.92 }, { tppMin: 4800 }] };
    expect(inThreshold(t, 5285, 8.69)).toBe(true);
    expect(inThreshold(t, 4707, 7.74)).toBe(true);
    expect(inThreshold(t, 2368, 2.91)).toBe(false);
    expect(inThreshold(t, 360, undefined)).toBe(false);
    expect(inThreshold(t, 5000, undefined)).toBe(true);
  });
});
