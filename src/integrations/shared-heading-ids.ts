/**
 * Headings inside the MDX chapters and the teaching guide get the SAME id in
 * both languages: the slug of the English heading at the same position. So
 * /en/#the-netherlands and /zh-hant/#the-netherlands are the same section,
 * and the language switch keeps the reader's place. (tests/unit/story.test.ts
 * checks both languages have the same headings in the same order.)
 */
import { readFileSync, existsSync } from 'node:fs';
import GithubSlugger from 'github-slugger';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

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
  const m = /^(.*[\\/]content[\\/](?:story[\\/])?)zh-hant([\\/].+|\.mdx)$/.exec(path) ?? /^(.*[\\/]content[\\/]teach[\\/])zh-hant(\.mdx)$/.exec(path);
  return m ? `${m[1]}en${m[2]}` : undefined;
}

export function sharedHeadingIds() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!/[\\/]content[\\/](story|teach)[\\/]/.test(path)) return;
    const source = englishCounterpart(path) ?? path;
    if (!existsSync(source)) return;
    const slugger = new GithubSlugger();
    const ids = markdownHeadings(readFileSync(source, 'utf8')).map((h) => slugger.slug(h.text));
    let i = 0;
    const visit = (node: HastNode) => {
      if (node.type === 'element' && /^h[2-6]$/.test(node.tagName ?? '')) {
        const id = ids[i++];
        if (id) node.properties = { ...node.properties, id };
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
