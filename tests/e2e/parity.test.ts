/**
 * English and Traditional Chinese are the same site: every page exists in
 * both, with the same element ids (chapters, steps, figures, tools, events,
 * sources, glossary terms) in the same order, so any link or anchor works in
 * either language.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const pagesOf = (lang: string) =>
  readdirSync(join('dist', lang), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
/** Element ids in document order, without the ids frameworks generate (Svelte's $props.id(), Astro's). */
const ids = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/^s\d|^astro-|^[a-z]?\d+-/.test(id) || /^\d{4}-/.test(id));

const CHINESE = ['zh-hant', 'zh-hans'] as const;

describe('en, zh-hant and zh-hans', () => {
  it('have the same pages', () => {
    for (const lang of CHINESE) expect(pagesOf(lang), lang).toEqual(pagesOf('en'));
    expect(pagesOf('en').length).toBeGreaterThan(10);
  });

  it.each(pagesOf('en'))('%s has the same ids in every edition', (page) => {
    const en = ids(join('dist', 'en', page));
    for (const lang of CHINESE) {
      // GB/T 7714 is the one citation style only the Simplified edition offers (src/lib/cite.ts).
      const zh = ids(join('dist', lang, page)).filter((id) => !(lang === 'zh-hans' && id.endsWith('-gbt7714')));
      // The glossary is alphabetical in each language, so only its set of ids must match.
      if (page === 'glossary/index.html') expect([...zh].sort(), lang).toEqual([...en].sort());
      else expect(zh, lang).toEqual(en);
    }
  });

  it('put every chapter, step, chart and tool on the story page', () => {
    const en = ids('dist/en/index.html');
    for (const anchor of ['the-april-rule', 'the-ratchet', 'blacklists', 'allies', 'workarounds', 'the-gap', 'what-next']) expect(en).toContain(anchor);
    for (const fig of ['fig-ratchet', 'fig-thresholds', 'fig-allies', 'fig-node-race', 'fig-breadth']) expect(en).toContain(fig);
    for (const tool of ['tool-servicing', 'tool-multipatterning', 'tool-gap']) expect(en).toContain(tool);
    const steps = [...readFileSync('dist/en/index.html', 'utf8').matchAll(/<section class="step[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const lang of CHINESE) {
      const stepsZh = [...readFileSync(`dist/${lang}/index.html`, 'utf8').matchAll(/<section class="step[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
      expect(stepsZh, lang).toEqual(steps);
    }
  });
});
