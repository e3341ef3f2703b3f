/**
 * The teaching guide (/<lang>/teach/), in both languages: it links into
 * every chapter of the story and to every scenario tool, every link into the
 * story names an element that exists there, each activity link opens its
 * tool at the setting it promises, and the quiz answers stay closed until
 * asked for. (tests/e2e/integrity.test.ts checks every link of every page.)
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

interface StoryLink {
  href: string;
  search: string;
  id: string;
}

describe.each(['en', 'zh-hant'] as const)('teaching guide /%s/teach/', (lang) => {
  it('is in the site navigation and links into every chapter and every tool, only to ids that exist', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    expect(await page.locator(`.site-nav a[href="/${lang}/teach/"]`).count()).toBe(1);
    const story = await page.evaluate(() => ({
      chapters: [...document.querySelectorAll<HTMLElement>('section.chapter--wide[id]')].map((c) => ({
        id: c.id,
        ids: [c.id, ...[...c.querySelectorAll('[id]')].map((e) => e.id)],
      })),
      tools: [...document.querySelectorAll<HTMLElement>('[data-tool]')].map((t) => t.id),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    }));
    expect(story.chapters.length).toBe(7);
    expect(story.tools).toEqual(['tool-servicing', 'tool-multipatterning', 'tool-gap']);

    await page.goto(`${baseUrl()}/${lang}/teach/`);
    await settled(page);
    const links: StoryLink[] = await page.$$eval(
      'main a[href]',
      (as, storyPath) =>
        as
          .map((a) => new URL((a as HTMLAnchorElement).href))
          .filter((u) => u.pathname === storyPath && u.hash.length > 1)
          .map((u) => ({ href: u.pathname + u.search + u.hash, search: u.search, id: decodeURIComponent(u.hash.slice(1)) })),
      `/${lang}/`,
    );
    expect(links.length).toBeGreaterThan(30);
    const ids = new Set(story.ids);
    expect(links.filter((l) => !ids.has(l.id)).map((l) => l.href)).toEqual([]);
    for (const chapter of story.chapters) {
      const into = links.filter((l) => chapter.ids.includes(l.id));
      expect(into.length, `links into chapter #${chapter.id}`).toBeGreaterThanOrEqual(2);
    }
    for (const tool of story.tools) {
      expect(links.some((l) => l.id === tool && l.search.includes('v=2')), `activity link to #${tool}`).toBe(true);
      expect(links.some((l) => l.id === tool && l.search === '?present'), `presentation link to #${tool}`).toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens each tool at the starting setting of its activity', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/teach/`);
    await settled(page);
    const activities = await page.$$eval('main a[href*="v=2"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(activities.length).toBe(3);
    for (const href of activities) {
      const url = new URL(href);
      const tool = url.hash.replace('#tool-', '');
      await page.goto(href);
      await settled(page);
      for (const [key, value] of url.searchParams) {
        if (key === 'v') continue;
        const range = page.locator(`[data-tool="${tool}"] input[type="range"][id$="-${key}"]`);
        if ((await range.count()) > 0) await expect.poll(() => range.inputValue(), { message: `${tool}.${key}` }).toBe(value);
        else await expect.poll(() => page.locator(`[data-tool="${tool}"] input[type="radio"][value="${value}"]`).first().isChecked(), { message: `${tool}.${key}` }).toBe(true);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps quiz answers closed and opens them on request', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/teach/`);
    await settled(page);
    const answers = page.locator('main ol details');
    expect(await answers.count()).toBeGreaterThanOrEqual(5);
    expect(await answers.evaluateAll((ds) => ds.every((d) => !(d as HTMLDetailsElement).open))).toBe(true);
    await answers.first().locator('summary').click();
    expect(await answers.first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
