/**
 * The story's chapters: the same files in both languages, with the same
 * anchors, steps, charts and tools in the same order, and every id they use
 * (events, sources, glossary terms, charts, tools) present in the data.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyRefs } from '../../src/lib/story-refs';
import { markdownHeadings } from '../../src/integrations/shared-heading-ids';
import { readRawDataset } from '../../src/lib/load-data';

const DIR = 'content/story';
const files = (lang: string) => readdirSync(join(DIR, lang)).filter((f) => f.endsWith('.mdx')).sort();
const refs = (lang: string, file: string) => storyRefs(readFileSync(join(DIR, lang, file), 'utf8'));
const { raw } = readRawDataset();
const ids = (file: string) => new Set(((raw[file] as { id: string }[]) ?? []).map((r) => r.id));
const events = ids('events.json');
const sources = ids('sources.json');
const terms = ids('glossary.json');
const CHARTS = new Set(['ratchet', 'thresholds', 'allies', 'node-race', 'breadth']);
const TOOLS = new Set(['servicing', 'multipatterning', 'gap']);

describe('content/story', () => {
  it('has the same chapter files in both languages, eight in all', () => {
    expect(files('zh-hant')).toEqual(files('en'));
    expect(files('en')).toHaveLength(8);
    expect(files('en').map((f) => refs('en', f).chapter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('puts a scrolly of at least five steps in the story', () => {
    expect(files('en').flatMap((f) => refs('en', f).steps).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(files('en'))('%s', (file) => {
    const en = refs('en', file);
    const zh = refs('zh-hant', file);

    it('has the same anchor, steps, charts and tools in both languages', () => {
      expect(en.anchor).toBeDefined();
      expect(zh.anchor).toBe(en.anchor);
      expect(zh.chapter).toBe(en.chapter);
      expect(zh.steps).toEqual(en.steps);
      expect(zh.charts).toEqual(en.charts);
      expect(zh.tools).toEqual(en.tools);
    });

    it('has the same sub-headings (levels, in order) in both languages, so they share ids', () => {
      const levels = (lang: string) => markdownHeadings(readFileSync(join(DIR, lang, file), 'utf8')).map((h) => h.level);
      expect(levels('zh-hant')).toEqual(levels('en'));
    });

    it.each([
      ['en', en],
      ['zh-hant', zh],
    ] as const)('refers only to ids that exist (%s)', (_lang, r) => {
      const missing = [
        ...[...r.steps, ...r.events].filter((id) => !events.has(id)).map((id) => `event ${id}`),
        ...r.cites.filter((id) => !sources.has(id)).map((id) => `source ${id}`),
        ...r.terms.filter((id) => !terms.has(id)).map((id) => `term ${id}`),
        ...r.charts.filter((id) => !CHARTS.has(id)).map((id) => `chart ${id}`),
        ...r.tools.filter((id) => !TOOLS.has(id)).map((id) => `tool ${id}`),
      ];
      expect(missing).toEqual([]);
    });
  });
});
