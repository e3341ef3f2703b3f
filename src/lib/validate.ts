/**
 * Validation of the whole dataset: per-record schemas, then the rules that
 * need several files at once. Every problem names the file, the record id and
 * the field, so an editor can fix it without reading code.
 */
import type { z } from 'zod';
import {
  DATA_FILES,
  asWritten,
  precisionOf,
  type AsmlChinaYear,
  type ChipRecord,
  type Company,
  type DataEvent,
  type DataFileName,
  type DatasetMeta,
  type GlossaryTerm,
  type Measure,
  type RoadmapNode,
  type Source,
} from './schema';
import type { Scenario } from './models/scenario-schema';
import { compareDates, startOf } from './dates';
import { releaseProblems } from './dataset-version';

export const DATA_DIR = 'content/data';

export interface Problem {
  file: string;
  /** Record id, or "#<index>" when the record has no usable id. */
  id: string;
  /** Dotted path of the offending field, "(file)" or "(record)" when it is not one field. */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${DATA_DIR}/${p.file}: record "${p.id}", field "${p.field}": ${p.message}`;
}

export interface RawDataset {
  [file: string]: unknown;
}

export interface ValidDataset {
  meta: DatasetMeta;
  sources: Source[];
  companies: Company[];
  events: DataEvent[];
  roadmaps: RoadmapNode[];
  asmlChina: AsmlChinaYear[];
  chips: ChipRecord[];
  measures: Measure[];
  glossary: GlossaryTerm[];
  scenarios: Scenario[];
}

export type ValidationResult =
  | { ok: true; data: ValidDataset; problems: [] }
  | { ok: false; problems: Problem[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

function recordId(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index}`;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** One line an editor can act on. Issues carry their input (`reportInput`); a missing field has none. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const quoted = (values: readonly unknown[]) => values.map((v) => `"${String(v)}"`).join(', ');
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, received ${kindOf(issue.input)}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${quoted(issue.keys)}`;
  if (issue.code === 'invalid_value') return `"${String(issue.input)}" is not one of ${quoted(issue.values)}`;
  // A discriminated union whose discriminator matches no option.
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) return `must be one of ${quoted(issue.options)}`;
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Parse one file's records with its schema; collects one problem per zod issue. */
function parseFile<S extends z.ZodType>(file: string, schema: S, raw: unknown, problems: Problem[]): z.infer<S>[] {
  if (raw === undefined) {
    problems.push({ file, id: '(file)', field: '(file)', message: 'file is missing' });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, id: '(file)', field: '(file)', message: 'must be a JSON array of records' });
    return [];
  }
  const out: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  raw.forEach((record, index) => {
    const id = recordId(record, index);
    if (seen.has(id) && !id.startsWith('#')) {
      problems.push({ file, id, field: 'id', message: `duplicate id (also record #${seen.get(id)})` });
    } else {
      seen.set(id, index);
    }
    const result = schema.safeParse(record, { reportInput: true });
    if (result.success) {
      out.push(result.data);
    } else {
      for (const issue of result.error.issues) {
        const field = fieldPath(issue.path);
        problems.push({ file, id, field: field || '(record)', message: issueMessage(issue) });
      }
    }
  });
  return out;
}

/** Today's date in UTC as YYYY-MM-DD; injectable so tests are deterministic. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export interface ValidateOptions {
  /** The date "not in the future" is judged against; defaults to today. */
  today?: string;
}

export function validateDataset(raw: RawDataset, options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const today = options.today ?? todayIso();

  for (const file of Object.keys(raw)) {
    if (!(file in DATA_FILES)) problems.push({ file, id: '(file)', field: '(file)', message: 'unexpected data file: add it to DATA_FILES in src/lib/schema.ts or remove it' });
  }

  const parse = <F extends DataFileName>(file: F) => parseFile(file, DATA_FILES[file], raw[file], problems) as z.infer<(typeof DATA_FILES)[F]>[];
  const metaRecords = parse('meta.json');
  const sources = parse('sources.json');
  const companies = parse('companies.json');
  const events = parse('events.json');
  const roadmaps = parse('roadmaps.json');
  const asmlChina = parse('asml-china.json');
  const chips = parse('chips.json');
  const measures = parse('measures.json');
  const glossary = parse('glossary.json');
  const scenarios = parse('scenarios.json');

  const meta = metaRecords[0];
  if (raw['meta.json'] !== undefined && Array.isArray(raw['meta.json']) && raw['meta.json'].length !== 1) {
    problems.push({ file: 'meta.json', id: '(file)', field: '(file)', message: 'must hold exactly one record' });
  }

  // The latest date any record may carry: the dataset's "as of" date, and never after today.
  const asOf = meta?.asOf ?? today;
  const latest = asOf < today ? asOf : today;
  if (meta) {
    if (meta.asOf > today) problems.push({ file: 'meta.json', id: meta.id, field: 'asOf', message: `${meta.asOf} is in the future (today is ${today})` });
    if (meta.coverageStart > meta.coverageEnd) problems.push({ file: 'meta.json', id: meta.id, field: 'coverageEnd', message: 'is before coverageStart' });
    if (meta.coverageEnd > meta.asOf) problems.push({ file: 'meta.json', id: meta.id, field: 'coverageEnd', message: 'is after asOf' });
    if (meta.updated < meta.published) problems.push({ file: 'meta.json', id: meta.id, field: 'updated', message: 'is before published' });
    for (const p of releaseProblems(meta)) problems.push({ file: 'meta.json', id: meta.id, ...p });
  }

  const notFuture = (file: string, id: string, field: string, date: string | undefined) => {
    if (date && precisionOf(date) && startOf(date) > latest) {
      problems.push({ file, id, field, message: `${date} is in the future (data is as of ${latest})` });
    }
  };

  const sourceIds = new Set(sources.map((s) => s.id));
  const companyIds = new Set(companies.map((c) => c.id));
  const eventIds = new Set(events.map((e) => e.id));
  const glossaryIds = new Set(glossary.map((g) => g.id));

  const resolve = (file: string, id: string, field: string, ids: readonly string[], known: Set<string>, what: string) => {
    ids.forEach((ref, i) => {
      if (!known.has(ref)) problems.push({ file, id, field: `${field}[${i}]`, message: `unknown ${what} id "${ref}"` });
    });
  };

  const articles = sources.filter((s) => s.kind === 'the-article');
  if (raw['sources.json'] !== undefined && articles.length !== 1) {
    problems.push({ file: 'sources.json', id: '(file)', field: 'kind', message: `exactly one source must be of kind "the-article" (found ${articles.length})` });
  }
  for (const s of sources) notFuture('sources.json', s.id, 'date', s.date);

  for (const e of events) {
    if (precisionOf(e.date) && precisionOf(e.date) !== e.precision) {
      problems.push({ file: 'events.json', id: e.id, field: 'date', message: `"${e.date}" is written at ${precisionOf(e.date)} precision but precision is "${e.precision}"` });
    }
    notFuture('events.json', e.id, 'date', e.date);
    notFuture('events.json', e.id, 'effective', e.effective);
    if (e.effective && precisionOf(e.effective) && precisionOf(e.date) && compareDates(e.effective, e.date) < 0) {
      problems.push({ file: 'events.json', id: e.id, field: 'effective', message: `${e.effective} is before the event date ${e.date}` });
    }
    resolve('events.json', e.id, 'sources', e.sources, sourceIds, 'source');
    resolve('events.json', e.id, 'actors.companies', e.actors.companies, companyIds, 'company');
    if (e.followUp) resolve('events.json', e.id, 'followUp', e.followUp, eventIds, 'event');
    const stale = staleMeasureProblem(e, asOf);
    if (stale) problems.push(stale);
  }

  const asOfYear = Number(latest.slice(0, 4));
  for (const r of roadmaps) {
    resolve('roadmaps.json', r.id, 'sources', r.sources, sourceIds, 'source');
    resolve('roadmaps.json', r.id, 'company', [r.company], companyIds, 'company');
    if (r.designer) resolve('roadmaps.json', r.id, 'designer', [r.designer], companyIds, 'company');
    const bad = (field: string, message: string) => problems.push({ file: 'roadmaps.json', id: r.id, field, message });
    if (r.status === 'achieved') {
      if (r.achieved === undefined) bad('achieved', 'status is "achieved" but no achieved year is given');
      else if (r.achieved > asOfYear) bad('achieved', `${r.achieved} is in the future (data is as of ${latest})`);
    } else {
      if (r.achieved !== undefined) bad('achieved', `status is "${r.status}" but an achieved year is given`);
      if (r.announcedFor === undefined && r.status !== 'cancelled') bad('announcedFor', `status is "${r.status}" but no target year is given`);
    }
    if (r.status === 'delayed' && !(r.revisedFor !== undefined && r.announcedFor !== undefined && r.revisedFor > r.announcedFor)) {
      bad('revisedFor', 'status is "delayed": revisedFor must be later than announcedFor');
    }
  }

  const years = new Map<number, string>();
  for (const a of asmlChina) {
    resolve('asml-china.json', a.id, 'sources', a.sources, sourceIds, 'source');
    if (years.has(a.year)) problems.push({ file: 'asml-china.json', id: a.id, field: 'year', message: `year ${a.year} also in record "${years.get(a.year)}"` });
    years.set(a.year, a.id);
    if (a.year > asOfYear) problems.push({ file: 'asml-china.json', id: a.id, field: 'year', message: `${a.year} is in the future` });
    const implied = a.chinaShareOfSystemSales * a.systemSalesEurM;
    if (Math.abs(implied - a.chinaSystemSalesEurM) / a.chinaSystemSalesEurM > 0.06) {
      problems.push({ file: 'asml-china.json', id: a.id, field: 'chinaSystemSalesEurM', message: `${a.chinaSystemSalesEurM} disagrees with share × system sales (${Math.round(implied)})` });
    }
  }

  for (const c of chips) {
    resolve('chips.json', c.id, 'sources', c.sources, sourceIds, 'source');
    if (c.type === 'chip') {
      resolve('chips.json', c.id, 'vendor', [c.vendor], companyIds, 'company');
      if (c.dieAreaMm2 && c.performanceDensity && Math.abs(c.tpp / c.dieAreaMm2 - c.performanceDensity) / c.performanceDensity > 0.03) {
        problems.push({ file: 'chips.json', id: c.id, field: 'performanceDensity', message: `${c.performanceDensity} disagrees with tpp ÷ dieAreaMm2 (${(c.tpp / c.dieAreaMm2).toFixed(2)})` });
      }
    } else {
      resolve('chips.json', c.id, 'event', [c.event], eventIds, 'event');
    }
  }

  for (const m of measures) {
    resolve('measures.json', m.id, 'sources', m.sources, sourceIds, 'source');
    resolve('measures.json', m.id, 'events', m.events, eventIds, 'event');
    notFuture('measures.json', m.id, 'askedOn', m.askedOn);
    notFuture('measures.json', m.id, 'actedOn', m.actedOn);
    if (m.actedOn && precisionOf(m.actedOn) && precisionOf(m.askedOn) && compareDates(m.actedOn, m.askedOn) < 0) {
      problems.push({ file: 'measures.json', id: m.id, field: 'actedOn', message: `${m.actedOn} is before askedOn ${m.askedOn}` });
    }
  }

  if (meta) problems.push(...correctionProblems(meta, raw));

  for (const g of glossary) {
    resolve('glossary.json', g.id, 'sources', g.sources, sourceIds, 'source');
    resolve('glossary.json', g.id, 'related', g.related, glossaryIds, 'glossary');
  }

  for (const sc of scenarios) {
    resolve('scenarios.json', sc.id, 'claimSources', sc.claimSources, sourceIds, 'source');
    sc.inputs.forEach((input, i) => resolve('scenarios.json', sc.id, `inputs[${i}].sources`, input.sources, sourceIds, 'source'));
    sc.constants.forEach((c, i) => resolve('scenarios.json', sc.id, `constants[${i}].sources`, c.sources, sourceIds, 'source'));
    (sc.layerMix ?? []).forEach((g, i) => resolve('scenarios.json', sc.id, `layerMix[${i}].sources`, g.sources, sourceIds, 'source'));
    (sc.presets ?? []).forEach((p, i) => resolve('scenarios.json', sc.id, `presets[${i}].sources`, p.sources, sourceIds, 'source'));
  }

  // Releases and corrections name the records they touched as "<table>/<id>" (the download's table names).
  if (meta) {
    const tableIds: Record<string, Set<string>> = {
      events: new Set(events.map((e) => e.id)),
      sources: sourceIds,
      companies: new Set(companies.map((c) => c.id)),
      roadmaps: new Set(roadmaps.map((r) => r.id)),
      'asml-china': new Set(asmlChina.map((a) => a.id)),
      chips: new Set(chips.filter((c) => c.type === 'chip').map((c) => c.id)),
      thresholds: new Set(chips.filter((c) => c.type === 'threshold').map((c) => c.id)),
      measures: new Set(measures.map((m) => m.id)),
      glossary: glossaryIds,
    };
    const refs = [
      ...meta.changes.map((c, i) => [`changes[${i}].records`, c.records ?? []] as const),
    ];
    for (const [field, list] of refs) {
      list.forEach((ref, j) => {
        const [table, id] = ref.split('/') as [string, string];
        if (!tableIds[table]?.has(id)) problems.push({ file: 'meta.json', id: meta.id, field: `${field}[${j}]`, message: `no record "${id}" in table "${table}"` });
      });
    }
  }

  if (problems.length > 0 || !meta) return { ok: false, problems };
  return {
    ok: true,
    problems: [],
    data: { meta, sources, companies, events, roadmaps, asmlChina, chips, measures, glossary, scenarios },
  };
}

/**
 * A time-limited measure whose end date has passed must say what happened next: a follow-up event, or a
 * note saying what we found, even if that is nothing. Otherwise the account silently goes stale.
 */
export function staleMeasureProblem(e: Pick<DataEvent, 'id' | 'ends' | 'followUp' | 'followUpNote'>, asOf: string): Problem | undefined {
  if (!e.ends || !precisionOf(e.ends) || startOf(e.ends) >= asOf) return undefined;
  if ((e.followUp?.length ?? 0) > 0 || e.followUpNote) return undefined;
  return {
    file: 'events.json',
    id: e.id,
    field: 'ends',
    message: `ended ${e.ends}, before the data's "as of" date ${asOf}, but has no followUp event and no followUpNote saying what happened (or that it was not found)`,
  };
}

/** Reads a dotted field path ("note.en", "regions[0].tppMin") from a raw record. */
export function readField(record: unknown, field: string): unknown {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), record);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);


/** Every correction names a real record and field, and the data now holds the corrected value. */
function correctionProblems(meta: DatasetMeta, raw: RawDataset): Problem[] {
  const problems: Problem[] = [];
  const key = (c: DatasetMeta['corrections'][number]) => `${c.file}\u0000${c.record}\u0000${c.field}`;
  const isLatest = (c: DatasetMeta['corrections'][number], i: number) => !meta.corrections.slice(i + 1).some((later) => key(later) === key(c));
  meta.corrections.forEach((c, i) => {
    const at = (message: string) => problems.push({ file: 'meta.json', id: meta.id, field: `corrections[${i}]`, message });
    if (c.date > meta.updated) at(`is dated ${c.date}, after "updated" (${meta.updated}); move "updated"`);
    if (c.date < meta.published) at(`is dated ${c.date}, before the dataset was published (${meta.published})`);
    const records = raw[c.file];
    const record = Array.isArray(records) ? records.find((r) => (r as { id?: unknown } | null)?.id === c.record) : undefined;
    const now = record === undefined ? undefined : readField(record, c.field);
    if (!(c.file in DATA_FILES) || !Array.isArray(records)) at(`names unknown data file "${c.file}"`);
    else if (record === undefined) at(`names unknown record "${c.record}" in ${c.file}`);
    else if (now === undefined) at(`names field "${c.field}", which record "${c.record}" does not have`);
    // A field corrected twice: only the latest entry must match the data; earlier ones record history.
    else if (isLatest(c, i) && !sameValue(now, asWritten(c.new))) at(`says ${c.file} "${c.record}" field "${c.field}" is now ${JSON.stringify(asWritten(c.new))}, but the data holds ${JSON.stringify(now)}`);
  });
  return problems;
}
