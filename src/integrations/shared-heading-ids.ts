/**
 * Headings inside the MDX chapters and the teaching guide get the SAME id in
 * both languages: the slug of the English heading at the same position. So
 * /en/#the-netherlands and /zh-hant/#the-netherlands are the same section,
 * and the language switch keeps the reader's place. (tests/unit/story.test.ts
 * checks both languages have the same headings in the same order.)
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import GithubSlugger from 'github-slugger';

/** Headings (levels 2–6) of a Markdown/MDX source, in order, as plain text. */
export function markdownHeadings(source: string): { level: number; text: string }[] {
  const body = source.replace(/^---[\s\S]*?---/, '');
  return [...body.matchAll(/^(#{2,6})\s+(.+?)\s*#*\s*$/gm)].map((m) => ({
    level: m[1]!.length,
    text: m[2]!.replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').trim(),
  }));
}

/** The English counterpart of a localized content file, or undefined for English files and others. */
export function englishCounterpart(path: string): string | undefined {
  const m = /^(.*[\\/]content[\\/](?:story[\\/])?)zh-han[st]([\\/].+|\.mdx)$/.exec(path) ?? /^(.*[\\/]content[\\/]teach[\\/])zh-han[st](\.mdx)$/.exec(path);
  return m ? `${m[1]}en${m[2]}` : undefined;
}

/** The hast plugin list Astro's default Markdown processor (Sätteri) takes, for MDX too. */
type HastPlugins = NonNullable<SatteriProcessorOptions['hastPlugins']>;

/**
 * A Sätteri hast plugin: each h2–h6 of a story chapter or the teaching guide takes, in order, the slug of
 * the English heading at the same position. Astro's own heading-id plugin runs after it and keeps an id
 * that is already set, so the table of contents and the anchors agree.
 */
export const sharedHeadingIds: HastPlugins[number] = ({ fileURL }) => {
  const path = fileURL ? fileURLToPath(fileURL) : '';
  if (!/[\\/]content[\\/](story|teach)[\\/]/.test(path)) return null;
  const source = englishCounterpart(path) ?? path;
  if (!existsSync(source)) return null;
  const slugger = new GithubSlugger();
  const ids = markdownHeadings(readFileSync(source, 'utf8')).map((h) => slugger.slug(h.text));
  let i = 0;
  return {
    name: 'shared-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const id = ids[i++];
        if (id) ctx.setProperty(node, 'id', id);
      },
    },
  };
};
