/**
 * Content collections: the bundled JSON data, the story chapters and the teaching guide.
 * Record schemas come from src/lib/schema.ts so that tests and scripts share them;
 * the rules that span files are checked by the validate-data integration
 * before the build starts (src/integrations/validate-data.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DATA_FILES } from './lib/schema';

function dataCollection<N extends keyof typeof DATA_FILES>(name: N) {
  return defineCollection({ loader: file(`content/data/${name}`), schema: DATA_FILES[name] });
}

export const collections = {
  meta: dataCollection('meta.json'),
  sources: dataCollection('sources.json'),
  companies: dataCollection('companies.json'),
  events: dataCollection('events.json'),
  roadmaps: dataCollection('roadmaps.json'),
  asmlChina: dataCollection('asml-china.json'),
  chips: dataCollection('chips.json'),
  measures: dataCollection('measures.json'),
  glossary: dataCollection('glossary.json'),
  scenarios: dataCollection('scenarios.json'),
  story: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: 'content/story' }),
    schema: z.object({
      title: z.string(),
      chapter: z.number().int().positive(),
      /** Stable anchor shared by both languages. */
      anchor: z.string().regex(/^[a-z0-9-]+$/),
      dek: z.string().optional(),
    }),
  }),
  /** The teaching guide, one MDX file per language (content/teach/<lang>.mdx). */
  teach: defineCollection({
    loader: glob({ pattern: '*.mdx', base: 'content/teach' }),
    schema: z.object({
      title: z.string(),
      description: z.string(),
    }),
  }),
};
