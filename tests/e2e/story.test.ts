/**
 * The story page in Chromium: the scrolly activates steps in order as the
 * reader scrolls, a #hash opens its step, the language switch keeps the place,
 * keyboard next/previous moves between steps and focuses the heading, and with
 * JavaScript off every step's text and the graphic are visible.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, watchedPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stepIds = (page: Page) => page.$$eval('[data-step]', (els) => els.map((e) => e.id));
const activeStep = (page: Page) => page.$eval('[data-scrolly]', (el) => (el as HTMLElement).dataset.activeStep ?? '');

describe.each(['en', 'zh-hant'] as const)('story /%s/', (lang) => {
  it('activates steps in order while scrolling down, never going back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < total; y += 250) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
      const a = await activeStep(page);
      if (a && seen.at(-1) !== a) seen.push(a);
    }
    expect(seen).toEqual(ids);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lands on the right step after a fast jump down the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length / 2)]!;
    // Jump straight to a point just after the step's top crossed the middle of the screen.
    await page.evaluate((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight * 0.5 + 20);
    }, target);
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, target);
    await context.close();
  });

  it('opens the step named in the URL hash, after a reload too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const ids = await stepIds(page);
    const target = ids[ids.length - 2]!;
    await page.goto(`${baseUrl()}/${lang}/#${target}`);
    await settled(page);
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, target);
    expect(await page.$eval(`[id="${target}"]`, (el) => el.getBoundingClientRect().top)).toBeLessThan(400);
    await page.reload();
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, target);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the hash when the reader switches language', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const target = (await stepIds(page))[2]!;
    await page.goto(`${baseUrl()}/${lang}/#${target}`);
    await settled(page);
    await page.click('a[data-lang-switch]');
    const other = lang === 'en' ? 'zh-hant' : 'en';
    await page.waitForURL(`${baseUrl()}/${other}/#${target}`);
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, target);
    await context.close();
  });

  it('moves between steps with the Next/Previous buttons and the J/K keys, focusing the heading', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const ids = await stepIds(page);
    await page.goto(`${baseUrl()}/${lang}/#${ids[0]}`);
    await settled(page);
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, ids[0]);
    await page.locator(`[data-scrolly] [data-step-next]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, ids[1]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${ids[1]}--h`);
    await page.keyboard.press('j');
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, ids[2]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${ids[2]}--h`);
    await page.keyboard.press('k');
    await page.waitForFunction((id) => (document.querySelector('[data-scrolly]') as HTMLElement).dataset.activeStep === id, ids[1]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${ids[1]}--h`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('survives a malformed hash without a page error', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/?present#%E0%A4%A`);
    await settled(page);
    await page.waitForSelector('[data-scrolly].scrolly--enhanced');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every step and the timeline graphic with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    const steps = await page.$$eval('[data-step]', (els) =>
      els.map((e) => ({ h: (e as HTMLElement).offsetHeight, text: (e.textContent ?? '').trim().length, opacity: getComputedStyle(e).opacity })),
    );
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const s of steps) {
      expect(s.h).toBeGreaterThan(0);
      expect(s.text).toBeGreaterThan(40);
      expect(s.opacity).toBe('1');
    }
    const graphic = await page.$eval('.sg__svg', (svg) => ({ w: svg.getBoundingClientRect().width, dots: svg.querySelectorAll('.sg__event').length }));
    expect(graphic.w).toBeGreaterThan(200);
    expect(graphic.dots).toBeGreaterThan(10);
    await context.close();
  });
});

describe('reader settings', () => {
  it('remembers a manual theme choice across pages and reloads', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/en/glossary/`);
    await settled(page);
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    await page.click('[data-theme-toggle]'); // auto → light
    await page.click('[data-theme-toggle]'); // light → dark
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.goto(`${baseUrl()}/zh-hant/sources/`);
    await settled(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
    expect(bg).toBe('#121212');
    expect(problems).toEqual([]);
    await context.close();
  });
});
