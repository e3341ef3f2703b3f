/**
 * Every character the Simplified edition's images draw has a glyph in the face they are set in (Noto Sans
 * SC, src/lib/images/render-png.ts): the Open Graph cards' texts and every chart's standalone SVG, as the
 * PNG downloads draw it. A character outside the font would print as an empty box.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { loadDataset } from '../../src/lib/load-data';
import { CHARTS } from '../../src/lib/charts/registry';
import { renderStandaloneSvg } from '../../src/lib/charts/render';
import { ledeSvg } from '../../src/lib/charts/lede';
import { embedItems } from '../../src/lib/embed/registry';
import { PROVIDER, creditLine } from '../../src/lib/embed/snippets';
import { accountLine } from '../../src/lib/account-dates';
import { STORY } from '../../src/lib/i18n/story';
import { imageFont } from '../../src/lib/images/render-png';
import { traditionalToSimplifiedChars } from '../../src/lib/i18n/hans';
import { writeHansContent } from '../../src/integrations/zh-hans';
import type { Locale } from '../../src/lib/schema';

const fonts = (lang: Locale) => imageFont(lang).files.map((f) => fontkit.openSync(f) as fontkit.Font);

/** Text of the SVG's <text>/<tspan> elements and <title>/<desc>. */
const svgText = (svg: string) => [...svg.matchAll(/<(text|tspan|title|desc)\b[^>]*>([^<]*)</g)].map((m) => m[2]!);

function imageTexts(lang: Locale): string[] {
  const ds = loadDataset();
  writeHansContent(process.cwd());
  const chapters = readdirSync(join('content', 'story', lang)).map((f) => readFileSync(join('content', 'story', lang, f), 'utf8'));
  const frontmatter = chapters.flatMap((c) => [...c.matchAll(/^(title|dek):\s*(.+)$/gm)].map((m) => m[2]!));
  return [
    STORY[lang].headline,
    STORY[lang].dek,
    PROVIDER[lang],
    accountLine(ds.meta, lang),
    creditLine(lang, ds.meta.licence.name, 'https://chips.example.org/'),
    ...frontmatter,
    ...embedItems(ds).flatMap((i) => [i.title[lang], i.subtitle[lang]]),
    ...svgText(ledeSvg(ds, lang, { width: 360, height: 210, theme: 'light' })),
    ...CHARTS.flatMap((c) => svgText(renderStandaloneSvg(c.id, ds, { locale: lang, width: 960, theme: 'light' }))),
  ];
}

function missing(lang: Locale, texts: string[]): string[] {
  const faces = fonts(lang);
  const chars = new Set([...texts.join('')].filter((c) => c.codePointAt(0)! > 0x20));
  return [...chars].filter((c) => !faces.some((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!)));
}

describe('glyphs in the Simplified edition’s images', () => {
  it('the texts are Simplified Chinese, and many', () => {
    const chars = new Set(imageTexts('zh-hans').join(''));
    expect(chars.size).toBeGreaterThan(300);
    expect(chars.has('国')).toBe(true);
    const text = imageTexts('zh-hans').join('\n');
    expect(traditionalToSimplifiedChars(text)).toBe(text);
  });

  it('Noto Sans SC has a glyph for every character they draw', () => {
    expect(missing('zh-hans', imageTexts('zh-hans'))).toEqual([]);
  });

  it('the check can fail: a character outside the font is reported', () => {
    expect(missing('zh-hans', ['\u{1F9FF}'])).toEqual(['\u{1F9FF}']);
  });
});
