/**
 * The teaching guide's text (content/teach/<lang>.mdx): both languages have
 * the same headings and the same links in the same order; every link into the
 * story names a real anchor (chapter, step, figure, tool or sub-heading);
 * every chapter and every tool is linked; each activity link's setting is one
 * the tool accepts as written (src/lib/url-state.ts would not clamp or drop it).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { storyRefs } from '../../src/lib/story-refs';
import { readRawDataset } from '../../src/lib/load-data';
import { URL_VERSION, formatValue, hasSettings, parseSettings } from '../../src/lib/url-state';
import type { Scenario } from '../../src/lib/models/scenario-schema';

const LANGS = ['en', 'zh-hant'] as const;
const guide = (lang: string) => readFileSync(join('content/teach', `${lang}.mdx`), 'utf8');
const links = (lang: string) => [...guide(lang).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
const headingLevels = (src: string) => [...src.replace(/^---[\s\S]*?---/, '').matchAll(/^(#{2,6})\s/gm)].map((m) => m[1]!.length);

const STORY = 'content/story/en';
const chapterFiles = readdirSync(STORY).filter((f) => f.endsWith('.mdx')).sort();
const { raw } = readRawDataset();
const scenarios = raw['scenarios.json'] as Scenario[];

/** Every anchor on the story page a guide may link to, by chapter. */
const chapters = chapterFiles
  .map((f) => {
    const src = readFileSync(join(STORY, f), 'utf8');
    const refs = storyRefs(src);
    const slugger = new GithubSlugger();
    const headings = [...src.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) => slugger.slug(m[1]!.replace(/[*_`]/g, '')));
    return { anchor: refs.anchor!, chapter: refs.chapter!, ids: new Set([refs.anchor!, ...refs.steps, ...refs.charts.map((c) => `fig-${c}`), ...refs.tools.map((t) => `tool-${t}`), ...headings]) };
  })
  .filter((c) => c.chapter !== 8); // chapter 8 is the sources page, not part of the story page

describe('content/teach', () => {
  it('has the same headings and the same links, in the same order, in both languages', () => {
    expect(headingLevels(guide('zh-hant'))).toEqual(headingLevels(guide('en')));
    const norm = (l: string) => l.replace(/^\/(en|zh-hant)\//, '/LANG/');
    expect(links('zh-hant').map(norm)).toEqual(links('en').map(norm));
  });

  describe.each(LANGS)('%s', (lang) => {
    const story = links(lang)
      .filter((l) => l.startsWith(`/${lang}/?`) || l.startsWith(`/${lang}/#`))
      .map((l) => ({ href: l, query: l.slice(l.indexOf('/', 1) + 1).split('#')[0]!, id: decodeURIComponent(l.split('#')[1] ?? '') }));

    it('links only to anchors of the story page', () => {
      const all = new Set(chapters.flatMap((c) => [...c.ids]));
      expect(story.filter((l) => !all.has(l.id)).map((l) => l.href)).toEqual([]);
      expect(links(lang).filter((l) => /^\/(en|zh-hant)\//.test(l) && !l.startsWith(`/${lang}/`) && l !== `/${lang === 'en' ? 'zh-hant' : 'en'}/teach/`)).toEqual([]);
    });

    it('links into every chapter at least twice, and to every tool with an activity setting', () => {
      for (const c of chapters) expect(story.filter((l) => c.ids.has(l.id)).length, c.anchor).toBeGreaterThanOrEqual(2);
      for (const s of scenarios) expect(story.some((l) => l.id === `tool-${s.id}` && l.query.startsWith(`?v=${URL_VERSION}&`)), s.id).toBe(true);
    });

    it('opens each activity at a setting the tool takes as written', () => {
      const activities = story.filter((l) => l.query.startsWith(`?v=${URL_VERSION}&`));
      expect(activities).toHaveLength(scenarios.length);
      for (const a of activities) {
        const scenario = scenarios.find((s) => `tool-${s.id}` === a.id)!;
        expect(hasSettings(scenario.inputs, a.query)).toBe(true);
        const parsed = parseSettings(scenario.inputs, a.query);
        const given = new URLSearchParams(a.query);
        for (const input of scenario.inputs) {
          const raw = given.get(input.key);
          if (raw !== null) expect(formatValue(parsed[input.key]!, input), `${a.href}: ${input.key}`).toBe(raw);
        }
        expect([...given.keys()].filter((k) => k !== 'v' && !scenario.inputs.some((i) => i.key === k))).toEqual([]);
      }
    });
  });
});
