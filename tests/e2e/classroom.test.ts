/**
 * The classroom features in Chromium, in both languages:
 * - every chapter heading, sub-heading, step, figure, tool and timeline event
 *   on the story page has a copy-link control pointing at a stable id that
 *   contains it, and the same ids in both languages;
 * - clicking one puts the full address on the clipboard and announces it;
 *   without the Clipboard API the address is shown selected in a labelled
 *   field; without JavaScript the control is a plain "#id" link;
 * - "Cite this" swaps in today's access date and copies each format;
 * - ?present#<figure or tool> shows that alone and Escape or the button
 *   leaves; a hash that names nothing does no harm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, settled, watchedPage } from './browser';
import { loadDataset } from '../../src/lib/load-data';

const LANGS = ['en', 'zh-hant'] as const;
const COPIED = { en: 'Link copied', 'zh-hant': '已複製連結' } as const;
const COPY_LABEL = { en: 'Copy link to this section', 'zh-hant': '複製本節連結' } as const;
const PERMALINK_LABEL = { en: 'Link to this section', 'zh-hant': '本節連結' } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function clipboardContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  return context;
}

/** Every heading of the story and the copy-link control that belongs to it. */
function headingsAndControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('article.story h2, article.story h3, article.story h4')]
      // Not the contents' heading, a dialog's, or a tool's inner headings (the tool's own title has its control).
      .filter((h) => h.id !== 'toc-heading' && !h.closest('dialog') && !(h.closest('[data-tool]') && !h.classList.contains('tool-title')))
      .map((h) => {
        const tool = h.closest<HTMLElement>('[data-tool]');
        const link = tool ? tool.querySelector<HTMLAnchorElement>('.tool-head a.copy-link') : h.closest('.permalink-row')?.querySelector<HTMLAnchorElement>('a.copy-link');
        const target = link ? decodeURIComponent(link.getAttribute('href')!.slice(1)) : '';
        const el = target ? document.getElementById(target) : null;
        return {
          heading: (h.textContent ?? '').trim().slice(0, 40),
          target,
          resolves: Boolean(el && (el === h || el.contains(h))),
          label: link?.getAttribute('aria-label') ?? '',
        };
      }),
  );
}

describe.each(LANGS)('copy links on /%s/', (lang) => {
  it('sit beside every heading, step, figure and tool, pointing at a stable id that holds it', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const rows = await headingsAndControls(page);
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) {
      expect(r.target, `no copy link for "${r.heading}"`).not.toBe('');
      expect(r.resolves, `"${r.heading}": #${r.target} does not contain it`).toBe(true);
      expect(r.label, r.heading).toMatch(lang === 'en' ? /^Copy link to this / : /^複製.+連結$/);
      // Svelte's generated ids (s0-s1-title) change with the page; anchors must not.
      expect(r.target, r.heading).not.toMatch(/^s\d+-/);
    }
    const kinds = await page.evaluate(() => ({
      steps: [...document.querySelectorAll('[data-step]')].filter((s) => !s.querySelector(`a.copy-link[href="#${s.id}"]`)).map((s) => s.id),
      figures: [...document.querySelectorAll('figure.chart-figure')].filter((f) => !f.querySelector(`a.copy-link[href="#${f.id}"]`)).map((f) => f.id),
      tools: [...document.querySelectorAll('[data-tool]')].filter((t) => !t.querySelector(`a.copy-link[href="#${t.id}"]`)).map((t) => t.id),
      chapters: [...document.querySelectorAll('section.chapter')].filter((c) => !c.querySelector(`:scope > .permalink-row a.copy-link[href="#${c.id}"]`)).map((c) => c.id),
    }));
    expect(kinds).toEqual({ steps: [], figures: [], tools: [], chapters: [] });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copies the full address of a figure, announces it, and keeps a tool’s settings', async () => {
    const context = await clipboardContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const link = page.locator('a.copy-link[href="#fig-ratchet"]');
    await expect.poll(() => link.getAttribute('aria-label')).toBe(lang === 'en' ? 'Copy link to this chart' : '複製此圖表連結');
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/${lang}/#fig-ratchet`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe(COPIED[lang]);
    expect(await page.evaluate(() => location.hash)).toBe(''); // copying does not jump

    // By keyboard, a chapter heading's control.
    await page.locator('a.copy-link[href="#allies"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/${lang}/#allies`);

    // A tool's link carries the reader's setting.
    await page.goto(`${baseUrl()}/${lang}/?v=1&cut=70#tool-servicing`);
    await settled(page);
    await page.locator('[data-tool="servicing"] input[type="range"][id$="-cut"]').waitFor();
    await page.locator('a.copy-link[href="#tool-servicing"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/${lang}/?v=1&cut=70#tool-servicing`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives every glossary term and every source a link of its own that copies its address', async () => {
    const context = await clipboardContext();
    const { page, problems } = await watchedPage(context);
    const ds = loadDataset();
    for (const [path, ids, label] of [
      ['glossary', ds.glossary.map((g) => g.id), lang === 'en' ? 'Copy link to this term' : '複製此詞條連結'],
      ['sources', ds.sources.map((s) => s.id), lang === 'en' ? 'Copy link to this source' : '複製此來源連結'],
    ] as const) {
      await page.goto(`${baseUrl()}/${lang}/${path}/`);
      await settled(page);
      // One control per entry, inside the element it names.
      const linked = await page.$$eval('a.copy-link', (as) => as.filter((a) => a.closest(`[id="${a.getAttribute('href')!.slice(1)}"]`)).map((a) => a.getAttribute('href')!.slice(1)));
      expect([...linked].sort()).toEqual([...ids].sort());
      const first = page.locator(`a.copy-link[href="#${ids[0]}"]`);
      expect(await first.getAttribute('aria-label')).toBe(label);
      await first.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/${lang}/${path}/#${ids[0]}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('falls back to a selected, labelled field when the Clipboard API is missing', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    await page.locator('a.copy-link[href="#the-ratchet"]').click();
    const field = page.locator('input.copy-link__field');
    await expect.poll(() => field.inputValue()).toBe(`${baseUrl()}/${lang}/#the-ratchet`);
    expect(await field.getAttribute('aria-label')).toBeTruthy();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).className)).toBe('copy-link__field');
    const selected = await page.evaluate(() => { const f = document.activeElement as HTMLInputElement; return f.selectionEnd! - f.selectionStart!; });
    expect(selected).toBe(`${baseUrl()}/${lang}/#the-ratchet`.length);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).not.toBe('');
    // Leaving the field removes it.
    await page.keyboard.press('Tab');
    await expect.poll(() => field.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is a plain "#id" permalink without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    const link = page.locator('a.copy-link[href="#blacklists"]');
    expect(await link.getAttribute('aria-label')).toBe(PERMALINK_LABEL[lang]);
    await link.click();
    await page.waitForURL(`${baseUrl()}/${lang}/#blacklists`);
    await context.close();
  });
});

describe('copy links across languages', () => {
  it('point at the same chapter, step, event, figure and tool ids in both languages', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    const targets: Record<string, string[]> = {};
    for (const lang of LANGS) {
      await page.goto(`${baseUrl()}/${lang}/`);
      await settled(page);
      // Sub-headings too: they take the English heading's slug (src/integrations/shared-heading-ids.ts).
      targets[lang] = await page.$$eval('a.copy-link', (links) => links.map((a) => a.getAttribute('href')!));
      expect(await page.$$eval('a.copy-link', (links) => links.filter((a) => a.getAttribute('aria-label') === '').length)).toBe(0);
    }
    expect(targets['zh-hant']).toEqual(targets.en);
    await context.close();
  });

  it.each(LANGS)('labels the chapter controls in the page language (%s)', async (lang) => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    await expect.poll(() => page.locator('a.copy-link[href="#the-april-rule"]').getAttribute('aria-label')).toBe(COPY_LABEL[lang]);
    await context.close();
  });
});

describe.each(LANGS)('cite this on /%s/', (lang) => {
  it('uses today’s date as the access date and copies each format', async () => {
    const context = await clipboardContext();
    const { page, problems } = await watchedPage(context);
    await page.clock.setFixedTime(new Date(2027, 2, 5, 10, 0, 0));
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    await page.locator('#cite-story > summary').click();
    const apa = page.locator('#cite-story-apa');
    await expect.poll(() => apa.textContent()).toContain(lang === 'en' ? 'Retrieved March 5, 2027, from ' : '檢索日期：2027年3月5日，取自 ');
    expect(await page.locator('#cite-story-bibtex').textContent()).toContain('urldate  = {2027-03-05}');
    const mla = (await page.locator('#cite-story-mla').textContent())!;
    expect(mla).toContain(lang === 'en' ? 'Accessed 5 Mar. 2027.' : '檢索日期：2027年3月5日。');
    await page.locator('button[data-copy-target="cite-story-mla"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(mla);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe(lang === 'en' ? 'Citation copied' : '已複製引用格式');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers every chart’s citation: a link from the story to the full panel on the charts page', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const links = await page.$$eval('figure.chart-figure', (figs) => figs.map((f) => f.querySelector<HTMLAnchorElement>('.cite-this a')?.getAttribute('href')));
    expect(links.length).toBe(5);
    for (const href of links) expect(href).toMatch(new RegExp(`^/${lang}/charts/#cite-[a-z-]+$`));
    await page.goto(`${baseUrl()}${links[0]}`);
    await settled(page);
    const id = links[0]!.split('#')[1]!;
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    for (const format of ['apa', 'mla', 'chicago-note', 'chicago-bib', 'bibtex']) {
      expect(await page.locator(`[id="${id}-${format}"]`).textContent()).toContain('#fig-');
      expect(await page.locator(`button[data-copy-target="${id}-${format}"]`).isVisible()).toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each(LANGS)('presentation view on /%s/', (lang) => {
  const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

  it('shows one figure alone in large type and leaves with Escape', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/?present#fig-ratchet`);
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(await visible(page, '#fig-ratchet .chart-figure__title')).toBe(true);
    expect(await visible(page, '.site-header')).toBe(false);
    expect(await visible(page, '#fig-thresholds')).toBe(false);
    expect(await visible(page, '.story-header h1')).toBe(false);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(size).toBeGreaterThan(16);
    expect(await page.locator('.present-exit').textContent()).toBe(lang === 'en' ? 'Exit presentation' : '結束簡報模式');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await page.evaluate(() => [location.search, location.hash])).toEqual(['', '#fig-ratchet']);
    expect(await visible(page, '.site-header')).toBe(true);
    expect(await page.locator('.present-exit').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a tool alone, working, and leaves with the button', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/?present&v=1&cut=80#tool-servicing`);
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(await visible(page, '#tool-servicing .result')).toBe(true);
    expect(await visible(page, '#tool-gap')).toBe(false);
    await expect.poll(() => page.locator('[data-tool="servicing"] input[type="range"][id$="-cut"]').inputValue()).toBe('80');
    await page.locator('.present-exit').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await page.evaluate(() => location.search)).toBe('?v=1&cut=80');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works on the charts page too', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/charts/?present#fig-node-race`);
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(await visible(page, '#fig-node-race')).toBe(true);
    expect(await visible(page, '#fig-allies')).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['#no-such-id', '#', '', '#the-ratchet'])('ignores ?present%s, which names no figure or tool', async (hash) => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/?present${hash}`);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await visible(page, '.site-header')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
