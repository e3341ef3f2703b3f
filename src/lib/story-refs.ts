/**
 * What a chapter's MDX refers to, read from its source text: steps, events,
 * sources, glossary terms, charts and tools. Used by tests to prove that both
 * languages tell the same story and that every reference resolves.
 */
export interface StoryRefs {
  anchor: string | undefined;
  chapter: number | undefined;
  steps: string[];
  events: string[];
  cites: string[];
  terms: string[];
  charts: string[];
  tools: string[];
}

const attr = (tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]+)"`, 'g');

export function storyRefs(mdx: string): StoryRefs {
  const all = (re: RegExp) => [...mdx.matchAll(re)].map((m) => m[1]!);
  const cites = [...mdx.matchAll(/<Cite\b[^>]*?ids=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1]!.matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]!));
  return {
    anchor: /^anchor:\s*['"]?([a-z0-9-]+)/m.exec(mdx)?.[1],
    chapter: Number(/^chapter:\s*(\d+)/m.exec(mdx)?.[1]) || undefined,
    steps: all(attr('Step', 'id')),
    events: all(attr('Event', 'id')),
    cites,
    terms: all(attr('Term', 'id')),
    charts: all(attr('Chart', 'id')),
    tools: all(attr('Tool', 'id')),
  };
}
