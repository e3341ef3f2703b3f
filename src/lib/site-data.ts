/**
 * The dataset as pages see it: read through Astro content collections, joined
 * by buildDataset. Cross-file rules were already enforced by the
 * validate-data integration before the build started.
 */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset } from './data';

let cached: Promise<Dataset> | undefined;

async function load(): Promise<Dataset> {
  const [meta, sources, companies, events, roadmaps, asmlChina, chips, measures, glossary, scenarios] = await Promise.all([
    getCollection('meta'),
    getCollection('sources'),
    getCollection('companies'),
    getCollection('events'),
    getCollection('roadmaps'),
    getCollection('asmlChina'),
    getCollection('chips'),
    getCollection('measures'),
    getCollection('glossary'),
    getCollection('scenarios'),
  ]);
  const first = meta[0];
  if (!first) throw new Error('content/data/meta.json is empty');
  const data = <T,>(entries: { data: T }[]) => entries.map((e) => e.data);
  return buildDataset({
    meta: first.data,
    sources: data(sources),
    companies: data(companies),
    events: data(events),
    roadmaps: data(roadmaps),
    asmlChina: data(asmlChina),
    chips: data(chips),
    measures: data(measures),
    glossary: data(glossary),
    scenarios: data(scenarios),
  });
}

export function getDataset(): Promise<Dataset> {
  cached ??= load();
  return cached;
}
