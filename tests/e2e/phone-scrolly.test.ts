/**
 * The scrolly on a phone (390×844), both languages: walking every step with
 * the step control, the active step's card stays within 40 % of the screen
 * height and the active event's mark in the graphic is on screen and not
 * covered (the topmost element at its centre belongs to the graphic).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWPORT = { width: 390, height: 844 };

describe.each(['en', 'zh-hant'] as const)('phone scrolly /%s/', (lang) => {
  it('keeps every active card ≤ 40 % of the screen and its event mark uncovered', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    // The card is the step element's first child.
    expect(await page.$$eval('[data-step]', (els) => els.every((e) => e.firstElementChild?.classList.contains('step__card')))).toBe(true);

    await page.goto(`${baseUrl()}/${lang}/#${ids[0]}`);
    await settled(page);
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.click('[data-step-next]');
      await page.waitForFunction((want) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === want, id);
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
      const m = await page.evaluate((stepId) => {
        const card = document.getElementById(stepId)!.querySelector('.step__card')!.getBoundingClientRect();
        const mark = document.querySelector(`.sg__event[data-event-id="${stepId}"] circle`)!.getBoundingClientRect();
        const cx = mark.left + mark.width / 2;
        const cy = mark.top + mark.height / 2;
        const top = document.elementFromPoint(cx, cy);
        return {
          card: card.height,
          cardBox: [card.top, card.bottom],
          markOnScreen: cx >= 0 && cx <= innerWidth && cy >= 0 && cy <= innerHeight,
          markOverlapsCard: cy >= card.top && cy <= card.bottom && cx >= card.left && cx <= card.right,
          topIsGraphic: !!top?.closest('.scrolly__graphic'),
          cardVisible: card.bottom > 0 && card.top < innerHeight,
        };
      }, id);
      expect(m.card, `card of ${id}`).toBeLessThanOrEqual(VIEWPORT.height * 0.4);
      expect(m.markOnScreen, `mark of ${id} on screen`).toBe(true);
      expect(m.topIsGraphic, `mark of ${id} not covered`).toBe(true);
      expect(m.markOverlapsCard, `mark of ${id} under its card`).toBe(false);
      expect(m.cardVisible, `card of ${id} on screen`).toBe(true);
    }
    // The control has accessible names and is reachable by keyboard.
    const names = await page.$$eval('[data-step-prev], [data-step-next]', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the graphic beside the steps on a laptop', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const [g, s] = await page.$$eval('.scrolly__graphic, .scrolly__steps', (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    expect(g!.left).toBeGreaterThanOrEqual(s!.right);
    await context.close();
  });
});
