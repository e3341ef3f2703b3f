/**
 * Shared browser helpers: launch Debian's Chromium (never a downloaded
 * browser) with the flags this sandboxed, offline machine needs, and collect
 * console errors, page errors and off-site requests for every page.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEFERRED_LIST_ID } from '../../src/lib/defer-scripts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors, uncaught exceptions and requests that left the site's origin. */
  problems: string[];
}

/** A page whose console errors, page errors and off-origin requests are recorded. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) problems.push(`off-site request: ${url}`);
  });
  return { page, problems };
}

/**
 * Records every script the page receives, gzipped. Response bodies arrive asynchronously after the
 * `response` event, so the sizes are promises, awaited together by `scripts()`: summing them from the
 * handler would race the test's own reading (and once summed 0 bytes on a busy machine).
 */
export function recordScripts(page: Page): { scripts(): Promise<{ url: string; bytes: number }[]> } {
  const pending: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(res.body().then((body) => ({ url: res.url(), bytes: gzipSync(body).length })));
  });
  return { scripts: () => Promise.all(pending) };
}

/**
 * Waits until a page's scripts have run: they load after DOMContentLoaded
 * (src/lib/defer-scripts.ts), so `page.goto` can return before them. Done
 * when the network is idle (the deferred imports have arrived) and, where the
 * page enhances charts, every chart figure is enhanced. With JavaScript off
 * (no "js" class from the <head> snippet) there is nothing to wait for.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction((listId) => {
    if (!document.documentElement.classList.contains('js')) return true;
    const list = document.getElementById(listId)?.textContent ?? '';
    if (!/ChartEnhance/.test(list)) return true;
    return Array.from(document.querySelectorAll('figure.chart-figure')).every((f) => f.hasAttribute('data-enhanced'));
  }, DEFERRED_LIST_ID);
}
