/**
 * Figure.astro rendered with the Astro Container API: the complete figure a
 * reader without JavaScript gets.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import Figure from '../../../src/components/Figure.astro';
import { CHARTS } from '../../../src/lib/charts/registry';
import { chartTables } from '../../../src/lib/charts/table';
import { LOCALES } from '../../../src/lib/schema';
import { datasets } from './helpers';

const { ds } = datasets()[0]!;
const container = await AstroContainer.create();

describe('Figure', () => {
  for (const chart of CHARTS) {
    for (const lang of LOCALES) {
      it(`${chart.id} (${lang}): title, chart variants, text alternative, notes, sources and table`, async () => {
        const html = await container.renderToString(Figure, { props: { chartId: chart.id, lang, dataset: ds, titleTag: 'h2' } });
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        const fig = document.querySelector(`figure#fig-${chart.id}`)!;
        expect(fig).not.toBeNull();
        expect(fig.getAttribute('lang')).toBe(lang === 'en' ? 'en' : 'zh-Hant');

        const title = document.getElementById(`fig-${chart.id}-title`)!;
        expect(title.localName).toBe('h2');
        expect(title.textContent).toBe(chart.title[lang]);
        expect(fig.getAttribute('aria-labelledby')).toBe(`fig-${chart.id}-title`);
        expect(fig.querySelector('.chart-figure__subtitle')!.textContent).toBe(chart.subtitle[lang]);

        // Every SVG points at the title and at a text alternative that exists.
        const svgs = Array.from(fig.querySelectorAll('svg'));
        expect(svgs.length).toBeGreaterThanOrEqual(3);
        const summary = document.getElementById(`fig-${chart.id}-summary`)!;
        expect(summary.textContent).toBe(chart.summary(ds, lang));
        for (const svg of svgs) {
          expect(svg.getAttribute('aria-describedby')).toBe(`fig-${chart.id}-summary`);
          expect(svg.getAttribute('aria-labelledby')).toBe(`fig-${chart.id}-title`);
        }
        for (const name of ['narrow', 'medium', 'wide']) expect(fig.querySelectorAll(`.chart-variant--${name}`).length).toBeGreaterThan(0);

        // The caption is the figure's last child and holds notes, the source line and the tables.
        const caption = fig.querySelector('figcaption')!;
        expect(fig.lastElementChild).toBe(caption);
        expect(Array.from(caption.querySelectorAll('.chart-figure__notes li')).map((li) => li.textContent)).toEqual(chart.notes(ds, lang));
        const sourceItems = caption.querySelectorAll('.source-line__all li');
        expect(sourceItems.length).toBe(chart.sources(ds).length);

        // The data table lists exactly the rows drawn, keyed like the marks, each linking its sources.
        const tables = chartTables(chart.id, ds, lang);
        const rows = Array.from(caption.querySelectorAll('tbody tr'));
        expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(tables.flatMap((t) => t.rows.map((r) => r.key)));
        for (const row of rows) {
          for (const a of Array.from(row.querySelectorAll('.chart-table__sources a'))) {
            const href = a.getAttribute('href')!;
            if (href.startsWith('#')) expect(document.getElementById(href.slice(1)), href).not.toBeNull();
          }
        }
        const drawnKeys = new Set(Array.from(fig.querySelectorAll('.chart-variant--wide .chart-mark')).map((m) => m.getAttribute('data-key')));
        const tableKeys = new Set(tables.filter((t) => t.drawnAsMarks).flatMap((t) => t.rows.map((r) => r.key)));
        expect([...drawnKeys].sort()).toEqual([...tableKeys].sort());
        expect(html).not.toMatch(/\b(NaN|undefined)\b/);
      });
    }
  }
});
