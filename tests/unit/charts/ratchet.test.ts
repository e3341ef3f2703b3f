import { describe, expect, it } from 'vitest';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import { chartContract } from './chart-contract';
import { APRIL_2024_RULE, lanesOf, ratchetRows } from '../../../src/lib/charts/ratchet';
import { renderChart } from '../../../src/lib/charts/render';
import type { DataEvent } from '../../../src/lib/schema';
import { datasets, marksIn, textOf } from './helpers';

const s = CHART_STRINGS.en;
const z = CHART_STRINGS['zh-hant'];
const h = CHART_STRINGS['zh-hans'];

chartContract('ratchet', { probes: { en: [s.ratchet.lanes.entities, s.ratchet.lanes.china], 'zh-hant': [z.ratchet.lanes.entities, z.ratchet.lanes.china], 'zh-hans': [h.ratchet.lanes.entities, h.ratchet.lanes.china] } });

const event = (over: Partial<DataEvent>): DataEvent => ({
  id: 'x',
  date: '2024-01-01',
  precision: 'day',
  category: 'us-rule',
  actors: { countries: ['US'], companies: [] },
  title: { en: 'x', 'zh-hant': '測', 'zh-hans': '测' },
  summary: { en: 'x', 'zh-hant': '測', 'zh-hans': '测' },
  sources: ['s'],
  inArticle: false,
  significance: 1,
  stage: 'measure',
  direction: 'tighten',
  ...over,
});

describe('ratchet lanes', () => {
  it('derive from category and touches', () => {
    expect(lanesOf(event({ category: 'china-response', touches: ['chips'] }))).toEqual(['china']);
    expect(lanesOf(event({ category: 'entity-list' }))).toEqual(['entities']);
    expect(lanesOf(event({ touches: ['materials', 'chips', 'servicing'] }))).toEqual(['chips', 'equipment', 'servicing']);
    expect(lanesOf(event({ touches: [] }))).toEqual([]);
    expect(lanesOf(event({ category: 'diplomacy', touches: ['chips'] }))).toEqual([]);
    expect(lanesOf(event({ category: 'ally-alignment', touches: ['servicing'] }))).toEqual(['servicing']);
    expect(lanesOf(event({ stage: 'report', touches: ['chips'] }))).toEqual([]);
    expect(lanesOf(event({ stage: 'ask', category: 'ally-alignment', touches: ['servicing'] }))).toEqual([]);
  });

  const { ds } = datasets()[0]!;
  it('marks the April 2024 rule and prints entity counts', () => {
    const svg = renderChart('ratchet', ds, { locale: 'en', width: 960 })[0]!.svg;
    const april = marksIn(svg).filter((m) => m.group === APRIL_2024_RULE);
    expect(april.length).toBe(ratchetRows(ds).filter((r) => r.event.id === APRIL_2024_RULE).length);
    expect(april.length).toBeGreaterThan(0);
    expect(textOf(svg)).toContain('4 April 2024');
    expect(textOf(svg)).toContain('+140');
    expect(textOf(renderChart('ratchet', ds, { locale: 'zh-hant', width: 960 })[0]!.svg)).toContain('2024年4月4日');
  });

  it('keeps only events inside the coverage window', () => {
    for (const r of ratchetRows(ds)) {
      expect(r.event.date >= ds.meta.coverageStart.slice(0, 4)).toBe(true);
    }
  });
});
