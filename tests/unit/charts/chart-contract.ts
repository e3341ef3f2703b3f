/**
 * The contract every chart meets, run per chart by <chart>.test.ts:
 * - one tagged mark per drawn table row (more where a row is drawn as several
 *   marks: an ask and an action, a row of matrix cells), and the mark keys are
 *   exactly the table keys;
 * - every mark has a tooltip title;
 * - no NaN / undefined / Infinity anywhere in the SVG;
 * - the labels are in the page's language;
 * - it renders at every width variant in both languages.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { LOCALES, type Locale } from '../../../src/lib/schema';
import { renderChart, VARIANTS } from '../../../src/lib/charts/render';
import { chartTables, marksPerRow } from '../../../src/lib/charts/table';
import type { ChartId } from '../../../src/lib/charts/types';
import { badValues, datasets, hasHan, marksIn, textOf } from './helpers';

export interface ContractOptions {
  /** Strings that must appear in the SVG text, per locale. */
  probes: Record<Locale, string[]>;
}

export function chartContract(id: ChartId, options: ContractOptions) {
  for (const { name, ds } of datasets()) {
    describe(`${id} (${name})`, () => {
      for (const locale of LOCALES) {
        for (const variant of VARIANTS) {
          describe(`${locale}, ${variant.width}px`, () => {
            const panels = renderChart(id, ds, { locale, width: variant.width });
            const svg = panels.map((p) => p.svg).join('');
            const marks = marksIn(svg);
            const tables = chartTables(id, ds, locale).filter((t) => t.drawnAsMarks);

            it('draws one mark per table row (and no others)', () => {
              const expected = new Map<string, number>();
              for (const t of tables) for (const row of t.rows) expected.set(row.key, (expected.get(row.key) ?? 0) + marksPerRow(id, t, row));
              const actual = new Map<string, number>();
              for (const m of marks) actual.set(m.key, (actual.get(m.key) ?? 0) + 1);
              expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
              expect(marks.length).toBeGreaterThan(0);
            });

            it('gives every mark a tooltip', () => {
              for (const m of marks) expect(m.title.trim(), m.key).not.toBe('');
            });

            it('cuts no label: no text ends in an ellipsis, and no wrapped label runs past two lines', () => {
              const { document } = parseHTML(`<div>${svg}</div>`);
              const texts = Array.from(document.querySelectorAll('text'));
              const cut = texts.flatMap((t) => [t, ...Array.from(t.querySelectorAll('tspan'))]).map((t) => (t.textContent ?? '').trim()).filter((x) => /(…|\.\.\.)$/.test(x));
              expect(cut).toEqual([]);
              const tall = texts.filter((t) => t.querySelectorAll('tspan').length > 2).map((t) => t.textContent);
              expect(tall).toEqual([]);
            });

            it('has no NaN, undefined or Infinity in any attribute or text', () => {
              expect(badValues(svg)).toEqual([]);
            });

            it('is a standalone-ready SVG per panel', () => {
              for (const p of panels) {
                expect(p.svg.startsWith('<svg')).toBe(true);
                expect(p.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
                expect(p.svg).toContain(`viewBox="0 0 ${variant.width} `);
                expect(p.svg).not.toMatch(/<[A-Z]/);
              }
            });

            it(`labels it in ${locale}`, () => {
              const text = textOf(svg);
              for (const probe of options.probes[locale]) expect(text).toContain(probe);
              const labelText = text.replace(/[^\p{L}]+/gu, ' ');
              if (locale === 'zh-hant') expect(hasHan(labelText)).toBe(true);
            });
          });
        }
      }

      it('draws the same marks in both languages', () => {
        const keys = (locale: Locale) =>
          marksIn(renderChart(id, ds, { locale, width: 640 }).map((p) => p.svg).join(''))
            .map((m) => m.key)
            .sort();
        expect(keys('zh-hant')).toEqual(keys('en'));
      });

      it('renders the same SVG twice (deterministic)', () => {
        const a = renderChart(id, ds, { locale: 'en', width: 640 }).map((p) => p.svg);
        const b = renderChart(id, ds, { locale: 'en', width: 640 }).map((p) => p.svg);
        expect(b).toEqual(a);
      });
    });
  }
}
