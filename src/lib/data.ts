/**
 * The validated dataset, joined for use: events in date order, look-ups by id.
 * Pure: takes records, returns the same records with indexes beside them.
 */
import type { ValidDataset } from './validate';
import type { Company, DataEvent, GlossaryTerm, Source } from './schema';
import { compareDates } from './dates';

export interface Dataset extends ValidDataset {
  sourceById: Map<string, Source>;
  eventById: Map<string, DataEvent>;
  companyById: Map<string, Company>;
  glossaryById: Map<string, GlossaryTerm>;
  /** The VOA report the explainer starts from. */
  article: Source;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r] as const));

export function buildDataset(data: ValidDataset): Dataset {
  // Events on the same date are ordered by id: the order must not depend on how a loader hands records
  // over (Astro's content layer does not keep the file's order), so pages, downloads and tests agree.
  const events = [...data.events].sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const article = data.sources.find((s) => s.kind === 'the-article');
  if (!article) throw new Error('validated dataset has no source of kind "the-article"');
  return {
    ...data,
    events,
    sourceById: byId(data.sources),
    eventById: byId(events),
    companyById: byId(data.companies),
    glossaryById: byId(data.glossary),
    article,
  };
}

/** The sources of a record, in the order it lists them. */
export function sourcesOf(ds: Dataset, ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const s = ds.sourceById.get(id);
    if (!s) throw new Error(`unknown source id "${id}"`);
    return s;
  });
}

/** A record that cites a source, as the sources page lists it. */
export interface Citing {
  file: 'events' | 'roadmaps' | 'asml-china' | 'chips' | 'measures' | 'glossary';
  id: string;
}

/** For each source id, the records that cite it, in file order. */
export function citationsBySource(ds: Dataset): Map<string, Citing[]> {
  const out = new Map<string, Citing[]>(ds.sources.map((s) => [s.id, []]));
  const add = (file: Citing['file'], rows: { id: string; sources: readonly string[] }[]) => {
    for (const r of rows) for (const s of r.sources) out.get(s)?.push({ file, id: r.id });
  };
  add('events', ds.events);
  add('roadmaps', ds.roadmaps);
  add('asml-china', ds.asmlChina);
  add('chips', ds.chips);
  add('measures', ds.measures);
  add('glossary', ds.glossary);
  return out;
}

/** Every record flagged as an estimate, for the method section. */
export function estimates(ds: Dataset): Citing[] {
  const pick = (file: Citing['file'], rows: { id: string; estimate?: boolean }[]) =>
    rows.filter((r) => r.estimate).map((r) => ({ file, id: r.id }));
  return [
    ...pick('events', ds.events),
    ...pick('roadmaps', ds.roadmaps),
    ...pick('asml-china', ds.asmlChina),
    ...pick('chips', ds.chips.filter((c) => c.type === 'chip')),
  ];
}
