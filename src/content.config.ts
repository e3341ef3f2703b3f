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


// One collection per data file, written out: built by a generic helper, the schema's type widens to any schema.
export const collections = {
  meta: defineCollection({ loader: file('content/data/meta.json'), schema: DATA_FILES['meta.json'] }),
  sources: defineCollection({ loader: file('content/data/sources.json'), schema: DATA_FILES['sources.json'] }),
  companies: defineCollection({ loader: file('content/data/companies.json'), schema: DATA_FILES['companies.json'] }),
  events: defineCollection({ loader: file('content/data/events.json'), schema: DATA_FILES['events.json'] }),
  roadmaps: defineCollection({ loader: file('content/data/roadmaps.json'), schema: DATA_FILES['roadmaps.json'] }),
  asmlChina: defineCollection({ loader: file('content/data/asml-china.json'), schema: DATA_FILES['asml-china.json'] }),
  chips: defineCollection({ loader: file('content/data/chips.json'), schema: DATA_FILES['chips.json'] }),
  measures: defineCollection({ loader: file('content/data/measures.json'), schema: DATA_FILES['measures.json'] }),
  glossary: defineCollection({ loader: file('content/data/glossary.json'), schema: DATA_FILES['glossary.json'] }),
  scenarios: defineCollection({ loader: file('content/data/scenarios.json'), schema: DATA_FILES['scenarios.json'] }),
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
