/**
 * Embeds in other newsrooms' pages: host pages on another origin (another
 * port) embed every chart with our loader, with a pym.js-style parent and
 * with Datawrapper's parent snippet. The iframe must end up as tall as the
 * embed's content (±2 px) after load and after the host narrows from 1280 to
 * 360 px; messages of the wrong shape or from another window change nothing.
 * Also: an embed page of a static chart loads only the resize script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { baseUrl, launch, watchedPage, settled, recordScripts } from './browser';
import { startServer } from '../../scripts/static-server.mjs';
import { CHART_IDS } from '../../src/lib/charts/types';

let browser: Browser;
let host: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launch();
  host = await startServer({ root: 'tests/fixtures/hosts' });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

function frameFor(page: Page, id: string): Frame {
  const f = page.frames().find((fr) => fr.url().includes(`/embed/${id}/`));
  if (!f) throw new Error(`no frame for ${id}`);
  return f;
}

/** |iframe height − content height| for one embed, in px. */
async function mismatch(page: Page, id: string): Promise<number> {
  const frame = frameFor(page, id);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.$eval(`#frame-${id}`, (el) => el.getBoundingClientRect().height);
  return Math.abs(outer - content);
}

/**
 * Chromium does not run rendering steps (so no ResizeObserver callbacks) in
 * cross-origin iframes that are off screen; they resize when the reader
 * scrolls to them. So each embed is brought into view, as a reader would,
 * before its height is compared.
 */
async function expectFitted(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    await page.$eval(`#frame-${id}`, (el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => mismatch(page, id), { timeout: 20_000, interval: 100 }).toBeLessThanOrEqual(2);
  }
}

describe.each(['loader', 'pym', 'datawrapper'] as const)('a host page with %s', (kind) => {
  it('sizes every chart iframe to its content, then again after the host narrows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    // Requests to the host's own origin are expected here; only report embed-side problems.
    await page.goto(`${host.url}/${kind}.html?embed=${encodeURIComponent(baseUrl())}&ids=${CHART_IDS.join(',')}&lang=en`);
    await settled(page);
    await expectFitted(page, CHART_IDS);
    const wide = await page.$eval(`#frame-${CHART_IDS[0]}`, (el) => el.getBoundingClientRect().height);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectFitted(page, CHART_IDS);
    const narrow = await page.$eval(`#frame-${CHART_IDS[0]}`, (el) => el.getBoundingClientRect().height);
    expect(narrow).not.toBe(wide);
    expect(problems.filter((p) => !p.includes(host.url))).toEqual([]);
    await context.close();
  });
});

/** The real pym.js 1.3.2 parent script (a dev dependency), served to the host page as /pym.v1.js. */
const PYM_SCRIPT = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.js'), 'utf8');

/**
 * Three embeds stacked in one article, each after a screenful of text, so all
 * of them start below the first screen. Without the reader scrolling, every
 * iframe must reach its content height within 3 s of the host's
 * DOMContentLoaded: the embed measures itself when its script runs and when
 * the parent asks, not only from a ResizeObserver (which Chromium does not
 * run in an off-screen cross-origin frame).
 */
describe.each(['loader', 'datawrapper', 'pym-real'] as const)('three embeds stacked below the fold, %s host', (kind) => {
  const ids = CHART_IDS.slice(0, 3);
  it.each([360, 1280])('at %i px wide, every iframe fits its content within 3 s, without scrolling', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.route('**/pym.v1.js', (route) => route.fulfill({ body: PYM_SCRIPT, contentType: 'text/javascript' }));
    await page.goto(`${host.url}/${kind}.html?embed=${encodeURIComponent(baseUrl())}&ids=${ids.join(',')}&lang=en&gap=1000`, {
      waitUntil: 'domcontentloaded',
    });
    // Every embed starts below the first screen.
    for (const id of ids) expect(await page.$eval(`#frame-${id}`, (el) => el.getBoundingClientRect().top)).toBeGreaterThan(800);
    await expect
      .poll(async () => Math.max(...(await Promise.all(ids.map((id) => mismatch(page, id).catch(() => Infinity))))), { timeout: 3000, interval: 50 })
      .toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The content is taller than the 150 px the host started with: the iframe really was resized.
    for (const id of ids) expect(await page.$eval(`#frame-${id}`, (el) => el.getBoundingClientRect().height)).toBeGreaterThan(300);
    expect(problems.filter((p) => !p.includes(host.url))).toEqual([]);
    await context.close();
  });
});

describe('the loader', () => {
  it('sizes the scenario tools too, in Chinese', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const { page } = await watchedPage(context);
    const tools = ['servicing', 'multipatterning', 'gap'];
    await page.goto(`${host.url}/loader.html?embed=${encodeURIComponent(baseUrl())}&ids=${tools.join(',')}&lang=zh-hant`);
    await settled(page);
    await expectFitted(page, tools);
    await context.close();
  });

  it('ignores messages of the wrong shape and messages from other windows', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const { page } = await watchedPage(context);
    const id = 'node-race';
    await page.goto(`${host.url}/loader.html?embed=${encodeURIComponent(baseUrl())}&ids=${id}&lang=en`);
    await settled(page);
    await expectFitted(page, [id]);
    const height = () => page.$eval(`#frame-${id}`, (el) => (el as HTMLElement).style.height);
    const before = await height();
    const received = (token: string) => page.waitForFunction((t) => (window as unknown as { __received: string[] }).__received.includes(t), token);

    // Well-formed, but from the host window itself rather than the iframe.
    await page.evaluate(() => {
      window.postMessage({ 'datawrapper-height': { 'node-race': 321 } }, '*');
      window.postMessage('sentinel-host', '*');
    });
    await received('sentinel-host');
    expect(await height()).toBe(before);

    // From the iframe, but malformed or out of range.
    await frameFor(page, id).evaluate(() => {
      parent.postMessage({ 'datawrapper-height': { 'node-race': Number.NaN } }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1e9 }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: '400' }, '*');
      parent.postMessage('pymxPYMxfooxPYMxheightxPYMx12', '*');
      parent.postMessage({ height: 333 }, '*');
      parent.postMessage('sentinel-frame', '*');
    });
    await received('sentinel-frame');
    expect(await height()).toBe(before);

    // Well-formed, from a window that is not one of our iframes.
    await page.evaluate(() => {
      const rogue = document.createElement('iframe');
      rogue.srcdoc = `<script>parent.postMessage({ "datawrapper-height": { "node-race": 345 } }, "*"); parent.postMessage("sentinel-rogue", "*");<\/script>`;
      document.body.appendChild(rogue);
    });
    await received('sentinel-rogue');
    expect(await height()).toBe(before);
    await context.close();
  });
});

describe('embed pages', () => {
  it.each(CHART_IDS)('/en/embed/%s/ loads no script but the resize script (≤ 2 kB gzipped)', async (id) => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    const recorder = recordScripts(page);
    await page.goto(`${baseUrl()}/en/embed/${id}/`, { waitUntil: 'networkidle' });
    await settled(page);
    const scripts = await recorder.scripts();
    // One file, the resize script, fetched through the deferred-module loader (src/lib/defer-scripts.ts).
    expect(scripts.map((s) => new URL(s.url).pathname)).toEqual([expect.stringMatching(/embed-resize|Embed\.astro/)]);
    expect(await page.$$eval('script[src]', (els) => els.length)).toBe(0);
    expect(scripts.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(2048);
    expect(await page.$eval('meta[name="robots"]', (m) => m.getAttribute('content'))).toBe('noindex, indexifembedded');
    expect(await page.$$eval('link[type="application/json+oembed"]', (l) => l.length)).toBe(1);
    // No scroll bars inside: nothing wider than the frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('scenario embeds', () => {
  it('honour the same URL state as the story', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/en/embed/servicing/?v=1&cut=80`);
    await settled(page);
    await page.waitForFunction(() => (document.querySelector('#tool-servicing input[type="range"]') as HTMLInputElement | null)?.value === '80');
    expect(problems).toEqual([]);
    await context.close();
  });
});
