/**
 * The timeline explorer on /<lang>/timeline/: filters hide exactly the
 * entries the data says, the filter is in the URL (reload, back and forward
 * restore it), the count is announced politely, malformed links show the full
 * list, without JavaScript the full list stays, and the page's script stays
 * within the tools' budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, recordScripts, settled, watchedPage } from './browser';
import { loadDataset } from '../../src/lib/load-data';

const ds = loadDataset();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Ids of the entries on screen, sorted (events of one day may be listed in either order). */
const visibleIds = async (page: Page) =>
  (await page.$$eval('#timeline > li', (lis) => lis.filter((li) => (li as HTMLElement).offsetHeight > 0).map((li) => li.getAttribute('data-event-id')!))).sort();
const checked = (page: Page) => page.$$eval('.explorer input[type="checkbox"]:checked', (els) => els.map((e) => `${(e as HTMLInputElement).dataset.facet}=${(e as HTMLInputElement).value}`));

async function open(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
  await page.waitForSelector('.explorer[data-explorer-ready]');
}

const all = ds.events.map((e) => e.id).sort();
const nl = ds.events.filter((e) => e.actors.countries.includes('NL')).map((e) => e.id).sort();
const nlServicing = ds.events.filter((e) => e.actors.countries.includes('NL') && e.touches?.includes('servicing')).map((e) => e.id).sort();

describe('the timeline explorer', () => {
  it('Netherlands + servicing shows exactly those events; the URL keeps the filter through reload, back and forward', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await open(page, `${baseUrl()}/en/timeline/`);
    expect(await visibleIds(page)).toEqual(all);

    await page.getByRole('checkbox', { name: /^Netherlands/ }).check();
    await page.waitForFunction(() => location.search === '?actor=NL');
    expect(await visibleIds(page)).toEqual(nl);
    await page.getByRole('checkbox', { name: /^Servicing/ }).check();
    await page.waitForFunction(() => location.search === '?actor=NL&touch=servicing');
    expect(nlServicing.length).toBeGreaterThan(0);
    expect(await visibleIds(page)).toEqual(nlServicing);
    const status = page.locator('.explorer [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toContain(`Showing ${nlServicing.length} of ${all.length} events`);

    await page.reload();
    await settled(page);
    await page.waitForSelector('.explorer[data-explorer-ready]');
    expect(await checked(page)).toEqual(['actor=NL', 'touch=servicing']);
    expect(await visibleIds(page)).toEqual(nlServicing);

    await page.goBack();
    await page.waitForFunction(() => location.search === '?actor=NL');
    await expect.poll(() => visibleIds(page)).toEqual(nl);
    expect(await checked(page)).toEqual(['actor=NL']);
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await expect.poll(() => visibleIds(page)).toEqual(all);
    await page.goForward();
    await page.waitForFunction(() => location.search === '?actor=NL');
    await expect.poll(() => visibleIds(page)).toEqual(nl);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is usable from the keyboard, searches in the page language, and narrows by year', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, problems } = await watchedPage(context);
    await open(page, `${baseUrl()}/zh-hant/timeline/`);
    await page.focus('#explorer-q');
    await page.keyboard.type('荷蘭');
    const expected = (await page.$$eval('#timeline > li', (lis) => lis.filter((li) => (li.textContent ?? '').includes('荷蘭')).map((li) => li.getAttribute('data-event-id')!))).sort();
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => visibleIds(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('q')).toBe('荷蘭');
    // Tab to the first checkbox after the search field and tick it with the space bar.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('actor') === 'US');
    await page.selectOption('.explorer__year:first-of-type select', '2024');
    await page.selectOption('.explorer__year:last-of-type select', '2024');
    const in2024 = ds.events.filter((e) => e.date.startsWith('2024') && e.actors.countries.includes('US')).map((e) => e.id);
    await expect.poll(() => visibleIds(page)).toEqual(expected.filter((id) => in2024.includes(id)));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('makes a burst of typing one history entry: back returns to the filter before the search', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await open(page, `${baseUrl()}/en/timeline/?actor=NL`);
    await page.focus('#explorer-q');
    await page.keyboard.type('ASML');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'ASML');
    await page.goBack();
    await page.waitForFunction(() => location.search === '?actor=NL');
    await expect.poll(() => page.inputValue('#explorer-q')).toBe('');
    await expect.poll(() => visibleIds(page)).toEqual(nl);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the full list for a malformed link, without errors', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await open(page, `${baseUrl()}/en/timeline/?actor=XX&from=abc&to=99999&touch=%3Cscript%3E`);
    expect(await visibleIds(page)).toEqual(all);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript: no filter form, every event listed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/en/timeline/?actor=NL`);
    expect(await page.$eval('.explorer', (f) => getComputedStyle(f).display)).toBe('none');
    expect(await visibleIds(page)).toEqual(all);
    await context.close();
  });

  it('adds at most 45 kB of gzipped JavaScript (the tools\' budget) to what every page loads', async () => {
    const scripts = async (path: string) => {
      const context = await browser.newContext();
      const { page } = await watchedPage(context);
      const recorder = recordScripts(page);
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      await settled(page);
      // Awaited before the context closes: bodies arrive after the response event.
      const js = new Map((await recorder.scripts()).map((s) => [new URL(s.url).pathname, s.bytes] as const));
      await context.close();
      return js;
    };
    const timeline = await scripts('/en/timeline/');
    const glossary = await scripts('/en/glossary/');
    const added = [...timeline].filter(([path]) => !glossary.has(path)).reduce((n, [, bytes]) => n + bytes, 0);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(45 * 1024);
  });
});
