/**
 * The three scenario tools on the story page, in Chromium, in both languages:
 * every slider changes the result sentence (the live region), the chart and
 * the address; the address brings the same setting back after a reload;
 * without JavaScript the default result, chart and assumptions are there,
 * in the same markup the hydrated tool has; and a hostile or broken query is ignored without a dialog, an error or
 * injected markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traditionalToSimplifiedChars } from '../../src/lib/i18n/hans';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, watchedPage, settled } from './browser';

interface Input {
  key: string;
  kind: 'range' | 'choice';
  min?: number;
  max?: number;
  step?: number;
  default: number | string;
}
const scenarios = JSON.parse(readFileSync('content/data/scenarios.json', 'utf8')) as { id: string; inputs: Input[] }[];
const TOOLS = ['servicing', 'multipatterning', 'gap'] as const;
const LANGS = ['en', 'zh-hant'] as const;
const rangeKeys = (tool: string) => scenarios.find((s) => s.id === tool)!.inputs.filter((i) => i.kind === 'range').map((i) => i.key);

/**
 * Where a slider's test starts, when the defaults would hide its effect on
 * the sentence. None does now: the gap tool's sentence says when the DUV-only
 * path reaches its ceiling, which is what the DUV pace moves at the defaults.
 */
const START: Partial<Record<string, string>> = {};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const tool = (id: string) => `#tool-${id}`;

/** Scroll the tool into view (its island hydrates when visible) and wait for hydration. */
async function hydrate(page: Page, id: string) {
  await page.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), tool(id));
  await page.waitForFunction((sel) => {
    const island = document.querySelector(sel)?.closest('astro-island');
    return !!island && !island.hasAttribute('ssr');
  }, tool(id));
}

/** The result sentence, the chart's geometry and the slider's value, as the reader sees them. */
function readState(page: Page, id: string, key?: string) {
  return page.evaluate(
    ([sel, k]) => {
      const root = document.querySelector(sel)!;
      const svg = root.querySelector('.output svg')!;
      // Rounded to 0.01 px: the server and the browser may differ in the last digits of a float.
      const round = (v: string | null) => (v ?? '').replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => Number(n).toFixed(2));
      const geometry = Array.from(svg.querySelectorAll('path, rect, circle, line'))
        .map((e) => ['d', 'x', 'y', 'width', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy'].map((a) => round(e.getAttribute(a))).join(','))
        .join('|');
      const slider = k ? root.querySelector<HTMLInputElement>(`input[type="range"][id$="-${k}"]`) : null;
      return {
        sentence: root.querySelector('.output [aria-live]')?.textContent?.trim() ?? '',
        paths: Array.from(svg.querySelectorAll('path')).map((p) => round(p.getAttribute('d'))),
        geometry,
        value: slider?.value ?? null,
      };
    },
    [tool(id), key ?? ''] as const,
  );
}

/**
 * The tool's elements, attributes and text, comparable between the server's
 * markup and the hydrated tool. Left out: hydration comments, the value and
 * checked attributes of inputs (Svelte moves them to properties), the copy
 * link's label (it names the copy action once the script can copy), and the
 * last digits of inline-style numbers (Chromium re-serialises a style Svelte sets).
 */
function markup(page: Page, id: string) {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) out.push(n.nodeValue ?? '');
      if (!(n instanceof Element)) return;
      const attrs = Array.from(n.attributes)
        .filter((a) => !(n.tagName === 'INPUT' && (a.name === 'value' || a.name === 'checked')))
        .filter((a) => !(n.classList.contains('copy-link') && a.name === 'aria-label'))
        .map((a) => `${a.name}="${a.name === 'style' ? a.value.replace(/-?\d*\.\d+/g, (v) => Number(v).toFixed(2)).replace(/;$/, '') : a.value}"`)
        .sort();
      out.push(`<${n.tagName.toLowerCase()} ${attrs.join(' ')}>`);
      n.childNodes.forEach(walk);
      out.push(`</${n.tagName.toLowerCase()}>`);
    };
    walk(document.querySelector(sel)!);
    return out.join('');
  }, tool(id));
}

/** Wait until the tool's sentence differs from `before` and the URL holds `key` at the slider's new value. */
async function waitForChange(page: Page, id: string, key: string, before: string) {
  await page.waitForFunction(
    ([sel, k, b]) => {
      const root = document.querySelector(sel)!;
      const sentence = root.querySelector('.output [aria-live]')?.textContent?.trim() ?? '';
      const slider = root.querySelector<HTMLInputElement>(`input[type="range"][id$="-${k}"]`)!;
      const q = new URLSearchParams(location.search);
      // The address is written ~250 ms after the last change (debounced).
      return sentence !== b && q.get('v') === '2' && q.has(k) && Number(q.get(k)) === Number(slider.value);
    },
    [tool(id), key, before] as const,
  );
}

describe.each(LANGS)('tools on /%s/', (lang) => {
  describe.each(TOOLS)('%s', (id) => {
    it.each(rangeKeys(id))('slider "%s": keys change the sentence, the chart and the address; a reload restores them', async (key) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, problems } = await watchedPage(context);
      const start = START[`${id}.${key}`];
      await page.goto(`${baseUrl()}/${lang}/${start ? `?${start}` : ''}`);
      await settled(page);
      await hydrate(page, id);
      const s0 = await readState(page, id, key);
      expect(s0.sentence.length).toBeGreaterThan(20);
      if (!start) expect(await page.evaluate(() => location.search)).toBe('');

      const slider = page.locator(`${tool(id)} input[type="range"][id$="-${key}"]`);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await waitForChange(page, id, key, s0.sentence);
      const s1 = await readState(page, id, key);
      expect(Number(s1.value)).toBeGreaterThan(Number(s0.value));
      expect(s1.geometry, 'the chart changes').not.toBe(s0.geometry);
      if (s0.paths.length) expect(s1.paths, 'the lines change').not.toEqual(s0.paths);

      await page.keyboard.press('PageUp');
      await waitForChange(page, id, key, s1.sentence);
      const s2 = await readState(page, id, key);
      expect(Number(s2.value)).toBeGreaterThan(Number(s1.value));
      expect(s2.geometry, 'the chart changes').not.toBe(s1.geometry);

      // The address alone brings the same setting back.
      const url = page.url();
      expect(new URL(url).searchParams.get(key)).not.toBeNull();
      await page.reload();
      expect(page.url()).toBe(url);
      await hydrate(page, id);
      await page.waitForFunction(
        ([sel, k, sentence, value]) => {
          const root = document.querySelector(sel)!;
          return (
            root.querySelector('.output [aria-live]')?.textContent?.trim() === sentence &&
            root.querySelector<HTMLInputElement>(`input[type="range"][id$="-${k}"]`)!.value === value
          );
        },
        [tool(id), key, s2.sentence, s2.value!] as const,
      );
      const s3 = await readState(page, id, key);
      expect(s3.geometry).toBe(s2.geometry);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows the default result, the chart and the assumptions with JavaScript off', async () => {
      const withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const live = await watchedPage(withJs);
      await live.page.goto(`${baseUrl()}/${lang}/`);
      await hydrate(live.page, id);
      const hydrated = await readState(live.page, id);
      const hydratedMarkup = await markup(live.page, id);
      await withJs.close();

      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(`${baseUrl()}/${lang}/`);
      await settled(page);
      const shown = await page.$eval(tool(id), (root) => {
        const visible = (el: Element | null) => {
          if (!el) return false;
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none';
        };
        const result = root.querySelector('.output [aria-live]');
        const svg = root.querySelector('.output svg');
        const table = root.querySelector('table.assumptions') ?? root.querySelector('table');
        return {
          sentence: result?.textContent?.trim() ?? '',
          sentenceVisible: visible(result),
          svgVisible: visible(svg),
          shapes: svg?.querySelectorAll('path, rect').length ?? 0,
          tableVisible: visible(table),
          rows: table?.querySelectorAll('tbody tr').length ?? 0,
          sliders: root.querySelectorAll('input[type="range"]').length,
        };
      });
      expect(shown.sentenceVisible).toBe(true);
      expect(shown.sentence.length).toBeGreaterThan(20);
      // The server's sentence is the one the hydrated tool shows for an empty query.
      expect(shown.sentence).toBe(hydrated.sentence);
      expect(shown.svgVisible).toBe(true);
      expect(shown.shapes).toBeGreaterThan(0);
      expect(shown.tableVisible).toBe(true);
      expect(shown.rows).toBeGreaterThanOrEqual(rangeKeys(id).length);
      expect(shown.sliders).toBe(rangeKeys(id).length);
      // Hydration changes nothing: the server drew what the browser draws.
      expect(await markup(page, id)).toBe(hydratedMarkup);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('ignores garbage in the address: default sentence, no dialog, no error, no injected markup', async () => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(`${baseUrl()}/${lang}/`);
      const defaults = await readState(plain, id);
      await noJs.close();

      const key = rangeKeys(id).find((k) => !START[`${id}.${k}`])!;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, problems } = await watchedPage(context);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      const garbage =
        `?v=1&cut=NaN&cut=1e999&${key}=NaN&${key}=1e999&${key}=Infinity&${key}=0x10&${key}=%00` +
        `&x=<script>alert(1)</script>&<img src=x onerror=alert(2)>=1`;
      await page.goto(`${baseUrl()}/${lang}/${garbage}`);
      await settled(page);
      await hydrate(page, id);
      // Give the island's mount (where it reads the address) a frame to land, then compare.
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
      const s = await readState(page, id, key);
      expect(s.sentence).toBe(defaults.sentence);
      expect(s.geometry).toBe(defaults.geometry);
      const def = scenarios.find((x) => x.id === id)!.inputs.find((i) => i.key === key)!.default;
      expect(Number(s.value)).toBe(Number(def));

      const injected = () =>
        page.evaluate(() => ({
          markup: document.documentElement.outerHTML.includes('<script>alert(1)') || document.documentElement.outerHTML.includes('<img src=x'),
          scripts: Array.from(document.scripts).some((sc) => /alert\(\d\)/.test(sc.textContent ?? '')),
          images: document.querySelectorAll('img[onerror]').length,
        }));
      expect(await injected()).toEqual({ markup: false, scripts: false, images: 0 });

      // Still usable: a change writes a clean address (the stray parameters kept, encoded) and injects nothing.
      await page.locator(`${tool(id)} input[type="range"][id$="-${key}"]`).focus();
      await page.keyboard.press('ArrowRight');
      await waitForChange(page, id, key, s.sentence);
      const q = new URLSearchParams(await page.evaluate(() => location.search));
      expect(q.getAll(key)).toHaveLength(1);
      expect(q.getAll('v')).toEqual(['2']);
      expect(await injected()).toEqual({ markup: false, scripts: false, images: 0 });

      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
});

/**
 * Each tool's headline (the number its sensitivity list ranks inputs by) must
 * move when the input it is most sensitive to, leaving the gap tool's
 * ceiling aside, moves from its default; and an older link opens with a note.
 */
/** The Simplified edition's tools re-render in the browser from compiled string tables: checked here, in every edition. */
const EDITIONS = [...LANGS, 'zh-hans'] as const;

describe.each(EDITIONS)('headline and older links on /%s/', (lang) => {
  const MOST_SENSITIVE: Record<(typeof TOOLS)[number], string> = { servicing: 'decay', multipatterning: 'duvp', gap: 'duv' };
  /** Where each tool's headline number sits in its result sentence. */
  const HEADLINE: Record<(typeof TOOLS)[number], Record<(typeof EDITIONS)[number], RegExp>> = {
    servicing: { en: /(?:falls to|is still) ([\d.]+)% of the/, 'zh-hant': /水準的([\d.]+)%/, 'zh-hans': /水准的([\d.]+)%/ },
    multipatterning: { en: /costs ([\d.]+) times as much as on EUV/, 'zh-hant': /成本是EUV的([\d.]+)倍/, 'zh-hans': /成本是EUV的([\d.]+)倍/ },
    gap: { en: /and ([\d.]+) years (?:behind|ahead) by/, 'zh-hant': /到\d{4}年(?:落後|領先)([\d.]+)年/, 'zh-hans': /到\d{4}年(?:落后|领先)([\d.]+)年/ },
  };

  it.each(TOOLS)('%s: the headline changes when its most sensitive non-ceiling input goes to the end of its range', async (id) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/`);
    await settled(page);
    await hydrate(page, id);
    const key = MOST_SENSITIVE[id];
    // The sensitivity list names the top input; it must not be the gap tool's ceiling for this test to mean anything.
    const before = await readState(page, id, key);
    const slider = page.locator(`${tool(id)} input[type="range"][id$="-${key}"]`);
    await slider.focus();
    await page.keyboard.press('End');
    await waitForChange(page, id, key, before.sentence);
    const after = await readState(page, id, key);
    const headline = (t: string) => HEADLINE[id][lang].exec(t)?.[1] ?? null;
    expect(headline(before.sentence)).not.toBeNull();
    expect(headline(after.sentence)).not.toBeNull();
    expect(headline(after.sentence)).not.toBe(headline(before.sentence));
    // Redrawn in the browser, the Simplified sentence is still Simplified (no Traditional character to convert).
    if (lang === 'zh-hans') expect(traditionalToSimplifiedChars(after.sentence)).toBe(after.sentence);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a version-1 link opens the nearest setting with a note; a current link shows none', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseUrl()}/${lang}/?v=1&node=5&scheme=lele&layers=12&yield=97&duv=4&ceil=4#tool-gap`);
    await settled(page);
    for (const id of ['multipatterning', 'gap'] as const) {
      await hydrate(page, id);
      await page.waitForSelector(`${tool(id)} .older-link`);
    }
    expect(await page.$eval(`${tool('gap')} input[type="range"][id$="-duv"]`, (e) => (e as HTMLInputElement).value)).toBe('2');
    expect(await page.$eval(`${tool('multipatterning')} input[type="radio"][value="5"]`, (e) => (e as HTMLInputElement).checked)).toBe(true);
    await hydrate(page, 'servicing');
    expect(await page.$$(`${tool('servicing')} .older-link`)).toHaveLength(0); // the link set nothing in this tool
    await page.goto(`${baseUrl()}/${lang}/?v=2&duv=4#tool-gap`);
    await settled(page);
    await hydrate(page, 'gap');
    await page.waitForFunction((sel) => document.querySelector(`${sel} input[type="range"][id$="-duv"]`)?.getAttribute('aria-valuetext')?.includes('4'), tool('gap'));
    expect(await page.$$(`${tool('gap')} .older-link`)).toHaveLength(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
