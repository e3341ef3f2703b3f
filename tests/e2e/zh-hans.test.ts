/**
 * The Simplified Chinese edition, checked like a language on the built site (not in a browser):
 * - it has every page and file the Traditional edition has;
 * - no Traditional character is left: each page's readable text, run through OpenCC's character-level
 *   Traditional → Simplified conversion, comes back unchanged, outside text marked as another language
 *   (a source's title as published, the language switch's 繁體中文);
 * - no Taiwan term the terms table replaces appears, in either script.
 * The anti-copy check (no-copy.test.ts) covers these pages too, with the article's Simplified runs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { TERMS, traditionalToSimplifiedChars } from '../../src/lib/i18n/hans';
import { loadDataset } from '../../src/lib/load-data';

const DIST = 'dist';
const files = (dir: string) => (existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f)).sort() : []);

/**
 * Words a mainland reader would not use (the list and the terms table's left side), in the form our
 * Traditional text writes them and converted character by character (筆電 → 笔电). A form that is itself a
 * term's mainland word (資料來源 → 资料来源) is not forbidden.
 */
const FORBIDDEN = [
  ...new Set(['微影', '筆電', '軟體', '記憶體', '晶片', '艾司摩爾', ...TERMS.map((t) => t.from)].flatMap((w) => [w, traditionalToSimplifiedChars(w)])),
].filter((w) => !TERMS.some((t) => t.to.includes(w)));

/**
 * Proper names whose characters OpenCC's character table would change but that are written this way in
 * Simplified Chinese too. Empty today; an entry needs a reason.
 */
const ALLOWED: { text: string; reason: string }[] = [];

/** Readable text of a page (text nodes and the attributes people read), without elements in another language. */
function readable(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  for (const el of document.querySelectorAll('[lang]')) if (el.tagName !== 'HTML' && el.getAttribute('lang') !== 'zh-Hans') el.remove();
  const templates = [...document.querySelectorAll('template')].map((t) => (t as HTMLTemplateElement).innerHTML);
  const attrs = [...document.querySelectorAll('[alt], [title], [aria-label], meta[content]')].flatMap((el) =>
    ['alt', 'title', 'aria-label', 'content'].map((a) => el.getAttribute(a) ?? ''),
  );
  const inner = templates.map((t) => readable(`<body>${t}</body>`));
  return [document.documentElement.textContent ?? '', ...attrs, ...inner].join('\n');
}

/** Each character the character-level conversion changes, with a little context. */
function traditionalLeft(text: string): string[] {
  let t = text;
  for (const a of ALLOWED) t = t.split(a.text).join('');
  const out: string[] = [];
  const chars = [...t];
  const converted = [...traditionalToSimplifiedChars(t)];
  if (converted.length !== chars.length) return [`length changed: ${chars.length} → ${converted.length}`];
  chars.forEach((c, i) => {
    if (converted[i] !== c) out.push(`${c}→${converted[i]} in “${chars.slice(Math.max(0, i - 8), i + 8).join('')}”`);
  });
  return out;
}

const hansPages = files('zh-hans').filter((f) => f.endsWith('.html'));

/** Each page's readable text, parsed once for the two checks that read it. */
const readableOf = new Map<string, string>();
const pageText = (page: string) => {
  if (!readableOf.has(page)) readableOf.set(page, readable(readFileSync(join(DIST, 'zh-hans', page), 'utf8')));
  return readableOf.get(page)!;
};

/** The edition's other text files: feed, oEmbed, chart downloads (CSV, JSON, SVG). */
const hansFiles = [
  ...files('zh-hans').filter((f) => f.endsWith('.xml')).map((f) => join('zh-hans', f)),
  ...files(join('oembed', 'zh-hans')).map((f) => join('oembed', 'zh-hans', f)),
  ...files(join('downloads', 'zh-hans')).filter((f) => /\.(csv|json|svg)$/.test(f)).map((f) => join('downloads', 'zh-hans', f)),
];

/** Titles and publishers of sources, as published: a file may quote them in their own script. */
const published = loadDataset().sources.flatMap((s) => [s.title, s.publisher]).filter((t) => /\p{Script=Han}/u.test(t)).sort((a, b) => b.length - a.length);
const withoutPublished = (text: string) => published.reduce((t, title) => t.split(title).join(''), text);

describe('the Simplified edition', () => {
  it('has every page and file of the Traditional edition, in the same places', () => {
    for (const dir of ['', 'downloads', 'oembed', 'og']) {
      const hant = files(join(dir, 'zh-hant'));
      expect(hant.length, `dist/${dir}/zh-hant`).toBeGreaterThan(0);
      expect(files(join(dir, 'zh-hans')), `dist/${dir}/zh-hans`).toEqual(hant);
    }
  });

  it.each(hansPages)('%s is marked zh-Hans and links all three editions', (page) => {
    const { document } = parseHTML(readFileSync(join(DIST, 'zh-hans', page), 'utf8'));
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
    if (!page.startsWith('embed/')) expect(alternates).toEqual(expect.arrayContaining(['en', 'zh-Hant', 'zh-Hans', 'x-default']));
  });

  it.each(hansPages)('%s leaves no Traditional character behind', (page) => {
    const left = traditionalLeft(pageText(page));
    expect(left, left.slice(0, 20).join('\n')).toEqual([]);
  });

  it.each(hansPages)('%s uses none of the replaced Taiwan terms', (page) => {
    const text = pageText(page);
    const found = FORBIDDEN.filter((w) => text.includes(w));
    expect(found).toEqual([]);
  });

  it.each(hansFiles)('%s leaves no Traditional character behind (outside source titles)', (file) => {
    const left = traditionalLeft(withoutPublished(readFileSync(join(DIST, file), 'utf8')));
    expect(left, left.slice(0, 20).join('\n')).toEqual([]);
  });

  it('the checks can fail: a Traditional word and a Taiwan term are found', () => {
    expect(traditionalLeft(readable('<html lang="zh-Hans"><body><p>美國晶片</p></body></html>'))).not.toEqual([]);
    expect(traditionalLeft(readable('<html lang="zh-Hans"><body><p lang="zh-Hant">美國</p><p>美国</p></body></html>'))).toEqual([]);
    expect(FORBIDDEN).toContain('笔电');
  });
});
