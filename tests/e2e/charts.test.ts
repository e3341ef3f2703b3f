/**
 * The server-rendered charts in Chromium: with JavaScript off every chart
 * shows the width variant its container calls for, with its marks; with
 * JavaScript on a hovered or keyboard-focused mark shows its tooltip and the
 * arrow keys move between marks; and at phone, tablet and desktop widths no
 * chart text spills out of its SVG and no page scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, watchedPage, settled } from './browser';
import { CHART_IDS } from '../../src/lib/charts/types';

const LANGS = ['en', 'zh-hant'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The variant a container of this width shows (breakpoints of src/styles/charts.css). */
const expectedVariant = (containerWidth: number) => (containerWidth >= 820 ? 'wide' : containerWidth >= 520 ? 'medium' : 'narrow');

describe.each(LANGS)('charts /%s/charts/ without JavaScript', (lang) => {
  it.each([390, 1280])('shows one non-empty variant of every chart panel at %i px', async (width) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/charts/`);
    await settled(page);
    const figures = await page.$$eval('figure.chart-figure', (els) =>
      els.map((fig) => {
        const container = fig.querySelector<HTMLElement>('.chart-figure__chart')!;
        return {
          id: fig.id,
          containerWidth: container.getBoundingClientRect().width,
          panels: Array.from(fig.querySelectorAll<HTMLElement>('.chart-figure__panel')).map((panel) => ({
            panel: panel.dataset.panel,
            shown: Array.from(panel.querySelectorAll<HTMLElement>('.chart-variant'))
              .filter((v) => getComputedStyle(v).display !== 'none')
              .map((v) => {
                const svg = v.querySelector('svg.chart-svg')!;
                const r = svg?.getBoundingClientRect();
                const style = svg ? getComputedStyle(svg) : null;
                return {
                  variant: /chart-variant--(\w+)/.exec(v.className)?.[1],
                  width: r?.width ?? 0,
                  height: r?.height ?? 0,
                  visible: style?.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
                  marks: svg?.querySelectorAll('.chart-mark').length ?? 0,
                };
              }),
            // Per variant, shown or not: its marks' keys in order and how many carry a <title>.
            variants: Array.from(panel.querySelectorAll<HTMLElement>('.chart-variant')).map((v) => ({
              variant: /chart-variant--(\w+)/.exec(v.className)?.[1],
              keys: Array.from(v.querySelectorAll('.chart-mark')).map((m) => m.getAttribute('data-key')),
              titled: v.querySelectorAll('.chart-mark > title').length,
            })),
          })),
        };
      }),
    );
    expect(figures.map((f) => f.id).sort()).toEqual(CHART_IDS.map((id) => `fig-${id}`).sort());
    for (const f of figures) {
      expect(f.panels.length, f.id).toBeGreaterThan(0);
      for (const p of f.panels) {
        const where = `${f.id} panel ${p.panel}`;
        expect(p.shown.length, `${where}: exactly one variant shown`).toBe(1);
        const [v] = p.shown;
        expect(v!.variant, where).toBe(expectedVariant(f.containerWidth));
        expect(v!.visible, where).toBe(true);
        expect(v!.width, where).toBeGreaterThan(0);
        expect(v!.height, where).toBeGreaterThan(0);
        expect(v!.width, `${where} fits the viewport`).toBeLessThanOrEqual(width);
        expect(v!.marks, where).toBeGreaterThan(0);
        // Without JavaScript the native <title> is the tooltip: every mark of the narrow variant keeps one,
        // and the other variants draw the same marks in the same order (chart-enhance.ts lends them the text).
        const [narrow, ...others] = p.variants;
        expect(narrow!.variant, where).toBe('narrow');
        expect(narrow!.titled, where).toBe(narrow!.keys.length);
        for (const o of others) {
          expect(o.keys, `${where} ${o.variant}: same marks as narrow`).toEqual(narrow!.keys);
          expect(o.titled, `${where} ${o.variant}: tooltips carried once`).toBe(0);
        }
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

/**
 * The tooltip text of every mark as the server wrote it, by [svg index][mark index] in document order:
 * the mark's <title>, which only the narrow variant of each panel carries, for the same mark of every variant.
 */
async function serverTitles(page: Page): Promise<string[][]> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const titles = (svg: Element | null | undefined) =>
      Array.from(svg?.querySelectorAll('.chart-mark') ?? []).map((m) => m.querySelector(':scope > title')?.textContent ?? '');
    return Array.from(doc.querySelectorAll('svg.chart-svg')).map((svg) =>
      titles(svg.closest('.chart-figure__panel')?.querySelector('.chart-variant--narrow svg.chart-svg') ?? svg),
    );
  });
}

/** Where the focused element sits: [svg index, mark index], or null when it is not a chart mark. */
const focusedMark = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.classList.contains('chart-mark')) return null;
    const svg = el.closest('svg.chart-svg')!;
    return [Array.from(document.querySelectorAll('svg.chart-svg')).indexOf(svg), Array.from(svg.querySelectorAll('.chart-mark')).indexOf(el)] as const;
  });

/** The tooltip of the panel holding a mark, once it is shown with `text`; returns whether it stays inside its panel. */
async function waitForTooltip(page: Page, figureId: string, text: string) {
  const handle = await page.waitForFunction(
    ([fid, want]) => {
      const tips = Array.from(document.querySelectorAll<HTMLElement>(`#${fid} .chart-tooltip`));
      const tip = tips.find((t) => !t.hidden && getComputedStyle(t).display !== 'none');
      if (!tip || tip.textContent !== want) return null;
      const r = tip.getBoundingClientRect();
      const box = tip.parentElement!.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { inside: r.left >= box.left - 1 && r.right <= box.right + 1 } : null;
    },
    [figureId, text] as const,
  );
  return (await handle.jsonValue())!;
}

describe.each(LANGS)('charts /%s/charts/ with JavaScript', (lang) => {
  it('shows a mark’s tooltip on hover, for every chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/charts/`);
    await settled(page); // every figure enhanced
    const titles = await serverTitles(page);
    for (const id of CHART_IDS) {
      // A mark of the shown variant whose centre is really on top (not under a label), scrolled into view.
      const target = await page.evaluate((fid) => {
        const svgs = Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart-svg'));
        for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>(`#${fid} svg.chart-svg`))) {
          if (!svg.getClientRects().length) continue;
          const marks = Array.from(svg.querySelectorAll<SVGElement>('.chart-mark'));
          for (const [i, mark] of marks.entries()) {
            mark.scrollIntoView({ block: 'center' });
            const r = mark.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            if (r.width > 0 && document.elementFromPoint(x, y)?.closest('.chart-mark') === mark) {
              return { x, y, svg: svgs.indexOf(svg), mark: i, label: mark.getAttribute('aria-label') ?? '' };
            }
          }
        }
        return null;
      }, `fig-${id}`);
      expect(target, `fig-${id}: a mark that can be pointed at`).not.toBeNull();
      const want = titles[target!.svg]![target!.mark]!;
      expect(want.length, `fig-${id}: the mark has a <title>`).toBeGreaterThan(0);
      // Screen readers get the same text on the mark itself.
      expect(target!.label, `fig-${id}: aria-label`).toBe(want.replace(/\n/g, lang === 'en' ? '. ' : '；'));
      await page.mouse.move(target!.x, target!.y);
      const tip = await waitForTooltip(page, `fig-${id}`, want);
      expect(tip.inside, `fig-${id}: tooltip inside its panel`).toBe(true);
      // Leaving the chart hides it again.
      await page.mouse.move(1, 1);
      await page.waitForFunction((fid) => Array.from(document.querySelectorAll<HTMLElement>(`#${fid} .chart-tooltip`)).every((t) => t.hidden), `fig-${id}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reaches every chart’s marks with Tab and moves between them with the arrow keys', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/charts/`);
    await settled(page); // every figure enhanced
    const titles = await serverTitles(page);
    for (const id of CHART_IDS) {
      // Start where a reader following the page's chart list would: the figure is the focus starting point.
      await page.locator(`nav a[href="#fig-${id}"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((h) => location.hash === h, `#fig-${id}`);
      let at: readonly [number, number] | null = null;
      for (let i = 0; i < 12 && !at; i++) {
        await page.keyboard.press('Tab');
        at = await focusedMark(page);
      }
      expect(at, `fig-${id}: Tab reaches a mark`).not.toBeNull();
      expect(await page.evaluate((fid) => !!document.activeElement?.closest(`#${fid}`), `fig-${id}`)).toBe(true);
      await waitForTooltip(page, `fig-${id}`, titles[at![0]]![at![1]]!);

      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(([s, m]) => {
        const el = document.activeElement;
        if (!el?.classList.contains('chart-mark')) return false;
        const svg = el.closest('svg.chart-svg')!;
        return Array.from(document.querySelectorAll('svg.chart-svg')).indexOf(svg) !== s || Array.from(svg.querySelectorAll('.chart-mark')).indexOf(el) !== m;
      }, at!);
      const next = (await focusedMark(page))!;
      expect(next, `fig-${id}: ArrowRight moves to another mark`).not.toEqual(at);
      expect(next[0], `fig-${id}: in the same chart`).toBe(at![0]);
      const tip = await waitForTooltip(page, `fig-${id}`, titles[next[0]]![next[1]]!);
      expect(tip.inside).toBe(true);
      // Roving tabindex: only the focused mark is in the tab order.
      expect(await page.evaluate(() => Array.from(document.activeElement!.closest('svg')!.querySelectorAll('.chart-mark[tabindex="0"]')).length)).toBe(1);

      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(([s, m]) => {
        const el = document.activeElement!;
        const svg = el.closest('svg.chart-svg');
        return !!svg && Array.from(document.querySelectorAll('svg.chart-svg')).indexOf(svg) === s && Array.from(svg.querySelectorAll('.chart-mark')).indexOf(el) === m;
      }, at!);
      await waitForTooltip(page, `fig-${id}`, titles[at![0]]![at![1]]!);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Text of visible chart SVGs that lies outside its SVG (> 1 px), and the page's sideways overflow. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const svgs = Array.from(document.querySelectorAll<SVGSVGElement>('svg')).filter(
      (svg) => !svg.parentElement?.closest('svg') && svg.getClientRects().length > 0 && svg.getBoundingClientRect().width > 0,
    );
    const spills: string[] = [];
    let texts = 0;
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      const where = svg.closest('[id]')?.id ?? svg.getAttribute('class') ?? 'svg';
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        texts++;
        const out = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
        if (out > 1) spills.push(`${where}: "${(t.textContent ?? '').slice(0, 40)}" by ${out.toFixed(1)} px`);
      }
    }
    return { svgs: svgs.length, texts, spills, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
  });
}

describe.each([320, 768, 1280])('no overflow at %i px', (width) => {
  const pages = LANGS.flatMap((lang) => [`/${lang}/charts/`, `/${lang}/`]);
  it.each(pages)('%s: chart text stays inside its SVG and the page does not scroll sideways', async (path) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}${path}`);
    await settled(page);
    await page.evaluate(() => document.fonts.ready.then(() => true));
    // Hydrate every island (they load when visible) so their own SVGs are measured as readers see them.
    const islands = await page.$$eval('astro-island', (els) => els.length);
    for (let i = 0; i < islands; i++) {
      await page.evaluate((n) => document.querySelectorAll('astro-island')[n]!.firstElementChild?.scrollIntoView(), i);
      await page.waitForFunction((n) => !document.querySelectorAll('astro-island')[n]!.hasAttribute('ssr'), i);
    }
    const r = await overflow(page);
    expect(r.svgs).toBeGreaterThanOrEqual(path.endsWith('/charts/') ? CHART_IDS.length : CHART_IDS.length + 3);
    expect(r.texts).toBeGreaterThan(50);
    expect(r.spills).toEqual([]);
    expect(r.scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(r.innerWidth);
    expect(problems).toEqual([]);
    await context.close();
  });
});
