import { describe, expect, it } from 'vitest';
import { CHARTS, chartEntry, isChartId } from '../../../src/lib/charts/registry';
import { chartTables } from '../../../src/lib/charts/table';
import { CHART_IDS } from '../../../src/lib/charts/types';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import { DATA_FILES, LOCALES } from '../../../src/lib/schema';
import { datasets, hasHan } from './helpers';

const bad = /\b(NaN|undefined|Infinity)\b|\[object Object\]/;

describe('chart registry', () => {
  it('lists every chart id once', () => {
    expect(CHARTS.map((c) => c.id)).toEqual([...CHART_IDS]);
    expect(isChartId('ratchet')).toBe(true);
    expect(isChartId('nope')).toBe(false);
    expect(() => chartEntry('nope' as never)).toThrow();
  });

  it('gives every chart a title and subtitle in both languages', () => {
    for (const c of CHARTS) {
      for (const locale of LOCALES) {
        expect(c.title[locale].trim(), `${c.id} title ${locale}`).not.toBe('');
        expect(c.subtitle[locale].trim(), `${c.id} subtitle ${locale}`).not.toBe('');
      }
      expect(hasHan(c.title['zh-hant']) && hasHan(c.subtitle['zh-hant'])).toBe(true);
      expect(hasHan(c.title.en) || hasHan(c.subtitle.en)).toBe(false);
    }
  });

  it('names only known data files', () => {
    for (const c of CHARTS) {
      expect(c.data.length).toBeGreaterThan(0);
      for (const f of c.data) expect(Object.keys(DATA_FILES)).toContain(f);
    }
  });

  for (const { name, ds } of datasets()) {
    describe(name, () => {
      for (const c of CHARTS) {
        it(`${c.id}: has at least one source, and every source resolves`, () => {
          const ids = c.sources(ds);
          expect(ids.length).toBeGreaterThan(0);
          for (const id of ids) expect(ds.sourceById.has(id), id).toBe(true);
          for (const locale of LOCALES) expect(c.sourceLine(ds, locale).trim()).not.toBe('');
        });

        it(`${c.id}: has a text alternative and notes in both languages`, () => {
          for (const locale of LOCALES) {
            const summary = c.summary(ds, locale);
            expect(summary.length, `${c.id} ${locale}`).toBeGreaterThan(40);
            expect(summary).not.toMatch(bad);
            const notes = c.notes(ds, locale);
            expect(notes.length).toBeGreaterThan(0);
            for (const n of notes) expect(n).not.toMatch(bad);
          }
          expect(hasHan(c.summary(ds, 'zh-hant'))).toBe(true);
          expect(c.notes(ds, 'en').length).toBe(c.notes(ds, 'zh-hant').length);
        });

        it(`${c.id}: tables have the same rows in both languages, with sources that resolve`, () => {
          const en = chartTables(c.id, ds, 'en');
          const zh = chartTables(c.id, ds, 'zh-hant');
          expect(zh.map((t) => t.rows.map((r) => r.key))).toEqual(en.map((t) => t.rows.map((r) => r.key)));
          for (const t of [...en, ...zh]) {
            expect(t.caption).not.toBe('');
            for (const row of t.rows) {
              for (const col of t.columns) expect(row.cells[col.key], `${c.id}/${t.id}/${row.key}/${col.key}`).toBeTypeOf('string');
              for (const v of Object.values(row.cells)) expect(v).not.toMatch(bad);
              for (const s of row.sources) expect(ds.sourceById.has(s)).toBe(true);
            }
          }
        });
      }
    });
  }
});

describe('chart strings', () => {
  it('have the same shape in both languages', () => {
    const shape = (o: unknown): unknown =>
      typeof o === 'object' && o !== null
        ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
        : Array.isArray(o)
          ? o.length
          : typeof o;
    expect(shape(CHART_STRINGS['zh-hant'])).toEqual(shape(CHART_STRINGS.en));
  });
});
