/**
 * The story's first screen, with JavaScript off (what paints with the HTML):
 * on a phone and a laptop, in both languages, the headline, the dek and a
 * graphic with an accessible name all sit inside the first viewport, the
 * graphic wholly above the fold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/schema';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)('story lede /%s/', (lang) => {
  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('shows headline, dek and a named graphic above the fold at $width×$height without JavaScript', async (viewport) => {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    const seen = await page.evaluate(() => {
      const box = (el: Element | null) => (el ? el.getBoundingClientRect().toJSON() : null);
      const svgs = Array.from(document.querySelectorAll('svg')).filter((svg) => {
        const r = svg.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      });
      const named = svgs.find((svg) => {
        const role = svg.getAttribute('role');
        const label = svg.getAttribute('aria-label') ?? document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
        return role === 'img' && label.trim().length > 10;
      });
      return { h1: box(document.querySelector('h1')), dek: box(document.querySelector('.story-header__dek')), svg: box(named ?? null), vh: innerHeight, vw: innerWidth };
    });
    expect(seen.svg, 'a visible svg with role img and a name').not.toBeNull();
    expect(seen.h1!.bottom).toBeLessThanOrEqual(seen.vh);
    expect(seen.dek!.top).toBeLessThan(seen.vh);
    expect(seen.svg!.top).toBeGreaterThanOrEqual(0);
    expect(seen.svg!.bottom, 'graphic wholly above the fold').toBeLessThanOrEqual(seen.vh);
    expect(seen.svg!.width).toBeGreaterThan(seen.vw * 0.5);
    expect(problems).toEqual([]);
    await context.close();
  });
});
