/**
 * Print: the story prints from Chromium (page.pdf) as a readable document in
 * both languages — many pages, none blank, every chart's title from the
 * registry, every step's title, source addresses after source links, and none
 * of the controls that mean nothing on paper. PDF text comes from poppler's
 * pdftotext and pdfinfo (Debian's poppler-utils; .ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHARTS } from '../../src/lib/charts/registry';
import { baseUrl, launch, watchedPage, settled } from './browser';

/**
 * Fewer pages than this means the print stylesheet hid or cut content. The
 * A4 print runs to 25–28 pages (December 2026, after the full event list
 * moved from the story to the timeline page; 41–43 before); the margin
 * leaves room for edits to the story.
 */
const MIN_PAGES = 20;

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'print-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Line breaks and the spaces pdftotext puts between CJK glyphs are not content. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(['en', 'zh-hant'] as const)('printing /%s/', (lang) => {
  it('gives a complete document: many pages, none blank, every chart and step, source addresses, no controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`, { waitUntil: 'networkidle' });
    await settled(page);
    await page.evaluate(() => document.fonts.ready);
    const steps = await page.$$eval('[data-step] .step__title', (els) => els.map((e) => e.textContent ?? ''));
    // Addresses of sources cited on the page: external links, and the canonical address of each inline citation.
    const external = await page.$$eval('main a[href^="https://"], main .cite a[data-url]', (els) =>
      els.map((a) => a.getAttribute('data-url') ?? a.getAttribute('href') ?? ''),
    );
    const file = join(dir, `${lang}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));

    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(MIN_PAGES);
    const blank: number[] = [];
    for (let p = 1; p <= pages; p++) if (squash(pdfText(file, p)).length === 0) blank.push(p);
    expect(blank, 'blank pages').toEqual([]);

    const text = pdfText(file);
    const flat = squash(text);
    for (const chart of CHARTS) expect(flat, `chart title "${chart.title[lang]}"`).toContain(squash(chart.title[lang]));
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const title of steps) expect(flat, `step "${title}"`).toContain(squash(title));
    // Source links print their address: "(https://…)" after the link text, for links that are on the page.
    const printed = [...text.matchAll(/\((https:\/\/[^\s)]+)/g)].map((m) => m[1]!);
    expect(external.length).toBeGreaterThan(0);
    expect(printed.filter((u) => external.some((href) => href.startsWith(u))).length).toBeGreaterThan(0);
    // The tools keep their result and assumptions; controls and buttons stay off the paper.
    expect(flat).toContain(squash(lang === 'en' ? 'Assumptions and sources' : '假設與資料來源'));
    const absent = lang === 'en' ? ['Theme:', 'Reset to defaults', 'Copy link to this scenario', 'Next step ↓', 'Assumptions you can change', 'Exit presentation'] : ['佈景主題:', '恢復預設值', '複製此情境的連結', '下一步 ↓', '可調整的假設', '結束簡報模式'];
    for (const s of absent) expect(flat, s).not.toContain(squash(s));
    expect(problems).toEqual([]);
    await context.close();
  });
});
