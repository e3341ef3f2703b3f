import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/lib/load-data';
import {
  EMPTY_STATE,
  eventFacets,
  explorerQuery,
  facetCounts,
  matches,
  normalizeText,
  parseExplorerState,
  type ExplorerItem,
  type ExplorerState,
} from '../../src/lib/explorer';

const ds = loadDataset();
const items: ExplorerItem[] = ds.events.map((e) => ({ id: e.id, ...eventFacets(e), text: normalizeText(`${e.title.en} ${e.summary.en}`) }));
const years = { min: Math.min(...items.map((i) => i.year)), max: Math.max(...items.map((i) => i.year)) };
const filter = (state: Partial<ExplorerState>) => items.filter((i) => matches(i, { ...EMPTY_STATE, ...state })).map((i) => i.id);

describe('the timeline explorer', () => {
  it('shows every event with no filter', () => {
    expect(filter({})).toHaveLength(ds.events.length);
  });

  it('Netherlands + servicing shows exactly the events the data says', () => {
    const expected = ds.events.filter((e) => e.actors.countries.includes('NL') && e.touches?.includes('servicing')).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(filter({ actor: ['NL'], touch: ['servicing'] })).toEqual(expected);
  });

  it('widens within a facet and narrows across facets', () => {
    const nl = filter({ actor: ['NL'] });
    const jp = filter({ actor: ['JP'] });
    const either = filter({ actor: ['NL', 'JP'] });
    expect(new Set(either)).toEqual(new Set([...nl, ...jp]));
    const nlRules = filter({ actor: ['NL'], cat: ['ally-alignment'] });
    expect(nlRules.every((id) => nl.includes(id))).toBe(true);
    expect(filter({ actor: ['companies'] })).toEqual(ds.events.filter((e) => e.actors.companies.length > 0).map((e) => e.id));
  });

  it('filters by year range and by every word of the text', () => {
    expect(filter({ from: 2024, to: 2024 })).toEqual(ds.events.filter((e) => e.date.startsWith('2024')).map((e) => e.id));
    const asml = filter({ q: '  ASML  ' });
    expect(asml).toEqual(items.filter((i) => i.text.includes('asml')).map((i) => i.id));
    expect(filter({ q: 'ＡＳＭＬ' })).toEqual(asml);
  });

  it('counts each value among the events that pass the other filters', () => {
    const state = { ...EMPTY_STATE, actor: ['NL'] };
    const counts = facetCounts(items, state);
    expect(counts.touch.servicing).toBe(filter({ actor: ['NL'], touch: ['servicing'] }).length);
    expect(counts.actor.JP).toBe(filter({ actor: ['JP'] }).length);
    expect(counts.cat['us-rule']).toBe(filter({ actor: ['NL'], cat: ['us-rule'] }).length);
  });

  it('round-trips its state through the URL, in a canonical order', () => {
    const state: ExplorerState = { actor: ['NL', 'companies'], cat: ['us-rule'], touch: ['servicing'], from: 2020, to: 2024, q: '荷蘭 & ASML' };
    const query = explorerQuery(state);
    expect(query).toBe('actor=NL%2Ccompanies&cat=us-rule&touch=servicing&from=2020&to=2024&q=%E8%8D%B7%E8%98%AD+%26+ASML');
    expect(parseExplorerState(new URLSearchParams(query), years)).toEqual(state);
    expect(explorerQuery(EMPTY_STATE)).toBe('');
  });

  it('falls back to no filter for malformed parameters, and never throws', () => {
    expect(parseExplorerState(new URLSearchParams('actor=XX,NL,NL&cat=<script>&from=abc&to=99999&q=' + 'x'.repeat(500)), years)).toEqual({
      ...EMPTY_STATE,
      actor: ['NL'],
      q: 'x'.repeat(100),
    });
    expect(parseExplorerState(new URLSearchParams('from=2030&to=1990'), years)).toEqual(EMPTY_STATE);
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const state = parseExplorerState(new URLSearchParams(raw), years);
        expect(parseExplorerState(new URLSearchParams(explorerQuery(state)), years)).toEqual(state);
      }),
    );
  });
});
