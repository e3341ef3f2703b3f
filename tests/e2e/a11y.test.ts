/**
 * Accessibility of every built page, in light and dark themes: axe-core finds
 * no violations (WCAG 2.1 A/AA rules, including colour contrast), and a
 * keyboard-only walk through the story starts at the skip link, shows focus
 * on everything it reaches and never gets trapped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { baseUrl, launch, settled, watchedPage } from './browser';

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${f.split('\\').join('/')}`.replace(/index\.html$/, ''));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(pages)('%s has no violations', async (path) => {
    // The root page sends English and Chinese browsers on to their edition: a third language keeps it in view.
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, ...(path === '/' ? { locale: 'fr-FR' } : {}) });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}${path}`);
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each(['en', 'zh-hant'] as const)('keyboard walk through /%s/', (lang) => {
  it('starts at the skip link, shows focus on every stop and is never trapped', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ cls: document.activeElement?.className, href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ cls: 'skip-link', href: '#main' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');

    const seen: string[] = [];
    let repeats = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          key: `${el.tagName}#${el.id}.${el.className}@${Math.round(rect.top + window.scrollY)}:${Math.round(rect.left)}:${el.textContent?.slice(0, 30)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: rect.width > 0 && rect.height > 0,
        };
      });
      if (!stop) break; // focus left the document: the walk reached the end
      if (seen.includes(stop.key)) {
        repeats++;
        if (repeats > 2) break;
        continue;
      }
      expect(stop.visible, stop.key).toBe(true);
      expect(stop.outline, `no visible focus on ${stop.key}`).toBe(true);
      seen.push(stop.key);
    }
    // A trap would revisit the same few elements: the walk must cover the page.
    expect(seen.length).toBeGreaterThan(15);
    expect(problems).toEqual([]);
    await context.close();
  });
});
