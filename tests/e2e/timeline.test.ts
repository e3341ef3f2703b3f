/**
 * The no-JavaScript baseline: each edition's timeline lists every event in the
 * dataset with its date, title, summary and sources (linked where a canonical
 * URL exists), and the root page offers both editions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage } from './browser';
import { loadDataset } from '../../src/lib/load-data';

const ds = loadDataset();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'zh-hant'] as const)('/%s/ without JavaScript', (lang) => {
  /** Every event in the list under `selector`: id, title, summary, source ids, source links. */
  const read = (page: import('playwright-core').Page, selector: string) =>
    page.$$eval(`${selector} > li`, (lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-event-id'),
        title: li.querySelector('.timeline__title')?.textContent?.trim() ?? '',
        text: li.textContent ?? '',
        sourceIds: [...li.querySelectorAll('[data-source-id]')].map((s) => s.getAttribute('data-source-id')),
        links: [...li.querySelectorAll('[data-source-id] a[href]')].map((a) => a.getAttribute('href')),
        visible: (li as HTMLElement).offsetHeight > 0,
      })),
    );

  it('the story points to the timeline page for the full list of events', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, problems } = await watchedPage(context);
    const response = await page.goto(`${baseUrl()}/${lang}/`);
    expect(response?.status()).toBe(200);
    // The story no longer repeats every event (element budget); its closing section links to the timeline, which does.
    const href = await page.$eval('#all-events a[href$="/timeline/"]', (a) => a.getAttribute('href'));
    expect(href).toBe(`/${lang}/timeline/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'en' ? 'en' : 'zh-Hant');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the timeline page gives every event its date, title, summary and sources', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/timeline/`);
    const items = await read(page, 'ol.timeline');
    expect(items.map((i) => i.id)).toEqual(ds.events.map((e) => e.id));
    for (const [i, e] of ds.events.entries()) {
      const item = items[i]!;
      expect(item.title).toBe(e.title[lang]);
      expect(item.text).toContain(e.summary[lang]);
      expect(item.sourceIds).toEqual(e.sources);
      expect(item.links).toEqual(e.sources.map((id) => ds.sourceById.get(id)!.url).filter(Boolean));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('root page', () => {
  it('offers the three editions without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/`);
    const hrefs = await page.$$eval('a[data-locale]', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/en/', '/zh-hant/', '/zh-hans/']);
    await context.close();
  });

  it.each([
    ['zh-TW', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
  ])('sends a reader whose browser prefers %s to the %s edition', async (locale, edition) => {
    const context = await browser.newContext({ locale });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(`${baseUrl()}/${edition}/`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
