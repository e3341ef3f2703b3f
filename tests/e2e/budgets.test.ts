/**
 * Performance budgets that do not depend on the machine's speed: bytes and
 * counts, measured on the built site. (Timings live in `npm run bench`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage, settled, recordScripts } from './browser';
import { deferredModules } from '../../src/lib/defer-scripts';

const KB = 1024;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const htmlPages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe.each(['en', 'zh-hant'] as const)('the story page /%s/', (lang) => {
  it('loads at most 60 kB of gzipped JavaScript before any interaction', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, problems } = await watchedPage(context);
    const recorder = recordScripts(page);
    await page.goto(`${baseUrl()}/${lang}/`, { waitUntil: 'networkidle' });
    await settled(page);
    const total = (await recorder.scripts()).reduce((n, s) => n + s.bytes, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(60 * KB);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('weighs at most 120 kB of gzipped HTML, inline SVG included', () => {
    const html = readFileSync(join('dist', lang, 'index.html'));
    expect(gzipSync(html).length).toBeLessThanOrEqual(120 * KB);
  });
});

describe('every built page', () => {
  it.each(htmlPages)('%s: no third-party resource, nothing fetched before the first paint, no web font, images sized', (page) => {
    const html = readFileSync(join('dist', page), 'utf8');
    // Scripts and styles only from our own origin (root-relative paths).
    for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+)"[^>]*>/g)) {
      const tag = html.slice(html.indexOf(src!) - 200, html.indexOf(src!));
      if (/rel="(?:canonical|alternate|license)"|property="og:/.test(tag.slice(tag.lastIndexOf('<')))) continue;
      expect(src!.startsWith('/') || src!.startsWith('data:'), `${page}: ${src}`).toBe(true);
    }
    for (const src of deferredModules(html)) expect(src.startsWith('/_astro/'), `${page}: deferred ${src}`).toBe(true);
    // Nothing to fetch before the first paint: CSS is inlined, our scripts load after DOMContentLoaded
    // (src/lib/defer-scripts.ts). The one script element with a src is the embed loader in a snippet's text.
    expect(html, `${page}: render-blocking stylesheet`).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
    expect(html, `${page}: module script fetched while the HTML downloads`).not.toMatch(/<script\b[^>]*type="module"[^>]*\ssrc=/);
    // We use the readers' system fonts: a web font would need subsetting and preloading.
    expect(html).not.toMatch(/@font-face|\.woff2?"/);
    for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
      expect(img, `${page}: image without width and height`).toMatch(/\swidth="\d+"/);
      expect(img).toMatch(/\sheight="\d+"/);
    }
  });
});
