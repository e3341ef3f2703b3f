/**
 * Performance budgets that do not depend on the machine's speed: bytes and
 * counts, measured on the built site. (Timings live in `npm run bench`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage, settled, recordScripts } from './browser';
import { deferredModules } from '../../src/lib/defer-scripts';
import { parseHTML } from 'linkedom';

const KB = 1024;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const htmlPages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe.each(LOCALES)('the story page /%s/', (lang) => {
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

  it('has at most 3,500 elements in its HTML (template contents, not yet in the document, excluded)', () => {
    // A parsed document: elements inside <template> belong to its content fragment, as in the browser.
    const { document } = parseHTML(readFileSync(join('dist', lang, 'index.html'), 'utf8'));
    const count = document.querySelectorAll('*').length;
    expect(count).toBeGreaterThan(500); // the page is really there
    expect(count).toBeLessThanOrEqual(3500);
  });

  it('weighs at most 120 kB of gzipped HTML, inline SVG included', () => {
    const html = readFileSync(join('dist', lang, 'index.html'));
    expect(gzipSync(html).length).toBeLessThanOrEqual(120 * KB);
  });
});

describe('every built page', () => {
  it.each(htmlPages)('%s: no SVG text ends in an ellipsis (labels wrap or use a short form)', (page) => {
    const { document } = parseHTML(readFileSync(join('dist', page), 'utf8'));
    const roots = [document, ...Array.from(document.querySelectorAll('template')).map((t) => (t as HTMLTemplateElement).content)];
    const cut = roots.flatMap((root) =>
      Array.from(root.querySelectorAll('svg text'))
        .filter((t) => !t.querySelector('tspan') || t.children.length === 0)
        .map((t) => (t.textContent ?? '').trim())
        .concat(Array.from(root.querySelectorAll('svg tspan')).map((t) => (t.textContent ?? '').trim()))
        .filter((text) => /(…|\.\.\.)$/.test(text)),
    );
    expect(cut, page).toEqual([]);
  });

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
