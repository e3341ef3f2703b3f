/**
 * Record schemas for every file in content/data/.
 *
 * Plain zod (same major as Astro's bundled `astro/zod`), so tests and scripts
 * can use them without Astro's virtual modules. Cross-record rules (ids that
 * must resolve, ordering, dates against the "as of" date) live in
 * ./validate.ts, which needs the whole dataset at once.
 */
import { z } from 'zod';
import { scenarioSchema } from './models/scenario-schema';

export const LOCALES = ['en', 'zh-hant'] as const;
export type Locale = (typeof LOCALES)[number];

/** Stable kebab-case identifier: what URLs, anchors and cross references use. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** True when the text holds at least one CJK ideograph: catches English pasted into the zh-hant slot. */
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** Text written for both readerships. Both languages are required and non-empty. */
export const localizedSchema = z
  .object({
    en: nonEmpty,
    'zh-hant': nonEmpty.refine(hasHan, 'must be written in Traditional Chinese (no Han characters found)'),
  })
  .strict();
export type Localized = z.infer<typeof localizedSchema>;

/**
 * A chart label's short form (`shortTitle`, `shortAsk`): used only where the full text would take more
 * than two lines. It must really be shorter than the full text, in each language, or it has no reason to exist.
 */
function shorterThan<T extends Record<string, unknown>>(shortKey: keyof T & string, fullKey: keyof T & string) {
  return (record: T, ctx: z.RefinementCtx) => {
    const short = record[shortKey] as Localized | undefined;
    const full = record[fullKey] as Localized | undefined;
    if (!short || !full) return;
    for (const lang of ['en', 'zh-hant'] as const) {
      if ([...short[lang]].length >= [...full[lang]].length) {
        ctx.addIssue({ code: 'custom', path: [shortKey, lang], message: `must be shorter than ${fullKey}.${lang}` });
      }
    }
  };
}

/** ISO calendar day that actually exists (rejects 2024-02-30). */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const isoDaySchema = z.string().refine(isRealDay, 'must be a real date written YYYY-MM-DD');

export const PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * A date written only as precisely as it is known:
 * day "2024-04-04", month "2024-03", quarter "2024-Q2", year "2024".
 */
export const PARTIAL_DATE_PATTERNS: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
};

export function precisionOf(s: string): Precision | undefined {
  if (PARTIAL_DATE_PATTERNS.day.test(s)) return isRealDay(s) ? 'day' : undefined;
  return (['month', 'quarter', 'year'] as const).find((p) => PARTIAL_DATE_PATTERNS[p].test(s));
}

export const partialDateSchema = z
  .string()
  .refine((s) => precisionOf(s) !== undefined, 'must be a real date: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY');

const httpsUrl = z
  .url('must be a URL')
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');

const sourceIds = z.array(idSchema).min(1, 'needs at least one source id');

/* ------------------------------------------------------------------ sources */

export const SOURCE_KINDS = ['primary', 'press', 'analysis', 'the-article'] as const;

export const sourceSchema = z
  .object({
    id: idSchema,
    publisher: nonEmpty,
    /** Title in the language it was published in. */
    title: nonEmpty,
    /** Optional translation of the title, for readers of the other language. */
    titleTranslated: z.object({ en: nonEmpty.optional(), 'zh-hant': nonEmpty.optional() }).strict().optional(),
    /** BCP 47 code of the source's own language. */
    language: z.enum(['en', 'zh-hant', 'zh-hans', 'nl', 'ja', 'ko', 'de']),
    /** Canonical address at the publisher or government site; never a mirror or reprint. */
    url: httpsUrl.optional(),
    /** Why there is no URL (required when url is absent). */
    urlNote: nonEmpty.optional(),
    date: partialDateSchema,
    kind: z.enum(SOURCE_KINDS),
    /** Context a reader needs, e.g. "the Federal Register version runs 30 pages". */
    note: localizedSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.url && !s.urlNote) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'needs a canonical url or a urlNote saying why there is none' });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/* ---------------------------------------------------------------- companies */

export const COUNTRY_CODES = ['US', 'CN', 'NL', 'JP', 'KR', 'TW', 'DE', 'SG', 'CA', 'world'] as const;
const countryCode = z.enum(COUNTRY_CODES);

/** A proper name in both languages; unlike prose, it may stay in Latin letters in Chinese ("Rapidus"). */
const nameSchema = z.object({ en: nonEmpty, 'zh-hant': nonEmpty }).strict();

export const companySchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    country: countryCode,
  })
  .strict();
export type Company = z.infer<typeof companySchema>;

/* ------------------------------------------------------------------- events */

export const EVENT_CATEGORIES = [
  'us-rule',
  'entity-list',
  'ally-alignment',
  'diplomacy',
  'china-response',
  'industry-milestone',
] as const;

/** What a control measure reached; drives the ratchet lanes and the breadth matrix. */
export const CONTROL_SCOPES = ['chips', 'equipment', 'servicing', 'persons', 'materials', 'entities'] as const;

export const eventSchema = z
  .object({
    id: idSchema,
    date: partialDateSchema,
    precision: z.enum(PRECISIONS),
    /** When the measure took effect, where that differs from `date` (announcement). */
    effective: partialDateSchema.optional(),
    category: z.enum(EVENT_CATEGORIES),
    actors: z
      .object({
        countries: z.array(countryCode).min(1, 'needs at least one country'),
        companies: z.array(idSchema).default([]),
      })
      .strict(),
    title: localizedSchema,
    /** Short form of the title for chart labels, where the title would need more than two lines. */
    shortTitle: localizedSchema.optional(),
    summary: localizedSchema,
    sources: sourceIds,
    /** True when the April 2024 VOA report mentions this event. */
    inArticle: z.boolean(),
    significance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    touches: z.array(z.enum(CONTROL_SCOPES)).optional(),
    /**
     * What the event is: a measure taken (the default), a report that one is being
     * considered, or a request to another government. Charts draw only measures as steps of the ratchet.
     */
    stage: z.enum(['measure', 'report', 'ask']).default('measure'),
    /** Whether the event tightened or eased controls; rollbacks are drawn differently. */
    direction: z.enum(['tighten', 'loosen']).default('tighten'),
    /** Entities added to a list by this action, where the sources give the count. */
    entitiesAdded: z.number().int().positive().optional(),
    /** Federal Register citation, e.g. "89 FR 23876". */
    frCitation: z.string().regex(/^\d+ FR \d+$/, 'must look like "89 FR 23876"').optional(),
    note: localizedSchema.optional(),
    estimate: z.boolean().optional(),
  })
  .strict()
  .superRefine(shorterThan('shortTitle', 'title'));
export type DataEvent = z.infer<typeof eventSchema>;

/* ----------------------------------------------------------------- roadmaps */

export const ROADMAP_STATUSES = ['achieved', 'planned', 'delayed', 'cancelled'] as const;
export const LITHOGRAPHY = ['duv-multipatterning', 'euv', 'high-na-euv'] as const;

const year = z.number().int().min(2000).max(2040);

export const roadmapSchema = z
  .object({
    id: idSchema,
    company: idSchema,
    /** The maker's own name for the node, e.g. "N3", "Intel 18A", "N+2". */
    node: nonEmpty,
    /**
     * Comparable ordinal across makers (see the method page):
     * 1 = 14/16 nm class, 2 = 10 nm, 3 = 7 nm, 4 = 5 nm, 5 = 3 nm, 6 = 2 nm, 7 = 1.4 nm (A14/14A).
     * Half steps mark nodes between classes.
     */
    generation: z.number().min(0).max(10).multipleOf(0.5),
    /** Year the maker first said volume production would start. */
    announcedFor: year.optional(),
    /** Latest stated target, when it moved. */
    revisedFor: year.optional(),
    /** Year volume production actually started. */
    achieved: year.optional(),
    status: z.enum(ROADMAP_STATUSES),
    lithography: z.enum(LITHOGRAPHY),
    /** Company id of the designer whose product showed the node (Huawei for SMIC N+2). */
    designer: idSchema.optional(),
    sources: sourceIds,
    note: localizedSchema.optional(),
    estimate: z.boolean().optional(),
  })
  .strict();
export type RoadmapNode = z.infer<typeof roadmapSchema>;

/* --------------------------------------------------------------- asml-china */

const share = z.number().min(0).max(1);

export const asmlChinaSchema = z
  .object({
    id: idSchema,
    year: year,
    /** ASML net system sales, all regions, EUR millions. */
    systemSalesEurM: z.number().positive(),
    /** China's share of net system sales, 0–1. */
    chinaShareOfSystemSales: share,
    /** China system sales, EUR millions (often derived: share × system sales). */
    chinaSystemSalesEurM: z.number().positive(),
    /** China net sales including service, EUR millions, where ASML reported it. */
    chinaTotalNetSalesEurM: z.number().positive().optional(),
    /** True when the share or amount is an estimate or derived, not a reported figure. */
    estimate: z.boolean(),
    note: localizedSchema.optional(),
    sources: sourceIds,
  })
  .strict();
export type AsmlChinaYear = z.infer<typeof asmlChinaSchema>;

/* -------------------------------------------------------------------- chips */

export const CHIP_CLASSES = ['datacenter', 'consumer-gpu', 'laptop-gpu', 'laptop-npu', 'china-domestic'] as const;

export const chipSchema = z
  .object({
    id: idSchema,
    type: z.literal('chip'),
    name: nonEmpty,
    vendor: idSchema,
    class: z.enum(CHIP_CLASSES),
    year: year,
    /** Total Processing Performance as defined in ECCN 3A090 (dense TOPS × bit length). */
    tpp: z.number().positive(),
    /** Die area counted for performance density, mm². Absent for parts where it does not matter. */
    dieAreaMm2: z.number().positive().optional(),
    /** TPP ÷ die area. Absent when no die area is known. */
    performanceDensity: z.number().positive().optional(),
    /** How TPP and PD were computed, with the inputs. */
    method: localizedSchema,
    estimate: z.boolean(),
    note: localizedSchema.optional(),
    sources: sourceIds,
  })
  .strict();

/** One rectangle in (TPP, PD) space; open ends are unbounded. */
const regionSchema = z
  .object({
    tppMin: z.number().nonnegative(),
    tppMax: z.number().positive().optional(),
    pdMin: z.number().nonnegative().optional(),
    pdMax: z.number().positive().optional(),
  })
  .strict();

export const thresholdSchema = z
  .object({
    id: idSchema,
    type: z.literal('threshold'),
    /** Event id of the rule that set the threshold. */
    event: idSchema,
    label: localizedSchema,
    /** What the region means: controlled outright, or licence/notification band. */
    effect: z.enum(['controlled', 'licence-band']),
    regions: z.array(regionSchema).min(1),
    /** Conditions the chart cannot draw (interconnect bandwidth, datacenter carve-out). */
    note: localizedSchema.optional(),
    sources: sourceIds,
  })
  .strict();

export const chipRecordSchema = z.discriminatedUnion('type', [chipSchema, thresholdSchema]);
export type Chip = z.infer<typeof chipSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type ChipRecord = z.infer<typeof chipRecordSchema>;

/* ----------------------------------------------------------------- measures */

export const MEASURE_STATUSES = ['asked', 'agreed', 'partial', 'refused', 'in-force'] as const;

export const measureSchema = z
  .object({
    id: idSchema,
    asker: countryCode,
    ally: countryCode,
    /** What was asked. */
    ask: localizedSchema,
    /** Short form of the ask for chart labels, where the ask would need more than two lines. */
    shortAsk: localizedSchema.optional(),
    askedOn: partialDateSchema,
    /** What the ally did, if anything. */
    action: localizedSchema.optional(),
    actedOn: partialDateSchema.optional(),
    status: z.enum(MEASURE_STATUSES),
    /** Timeline events that record the ask or the action. */
    events: z.array(idSchema).default([]),
    sources: sourceIds,
    note: localizedSchema.optional(),
  })
  .strict()
  .superRefine(shorterThan('shortAsk', 'ask'));
export type Measure = z.infer<typeof measureSchema>;

/* ----------------------------------------------------------------- glossary */

export const glossarySchema = z
  .object({
    id: idSchema,
    term: localizedSchema,
    /** Abbreviation shown in both languages, e.g. "EUV". */
    abbr: z.string().optional(),
    definition: localizedSchema,
    related: z.array(idSchema).default([]),
    sources: z.array(idSchema).default([]),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossarySchema>;

/* --------------------------------------------------------------------- meta */

export const correctionSchema = z
  .object({
    date: isoDaySchema,
    text: localizedSchema,
  })
  .strict();

export const metaSchema = z
  .object({
    id: z.literal('dataset'),
    /** The day the data was last checked against its sources. */
    asOf: isoDaySchema,
    coverageStart: isoDaySchema,
    coverageEnd: isoDaySchema,
    published: isoDaySchema,
    updated: isoDaySchema,
    licence: z.object({ name: nonEmpty, url: httpsUrl }).strict(),
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();
export type DatasetMeta = z.infer<typeof metaSchema>;

/* ---------------------------------------------------------------- the files */

/**
 * Every data file, the schema of one record in it, and whether it must exist.
 * Order matters only for reading error output.
 */
export const DATA_FILES = {
  'meta.json': metaSchema,
  'sources.json': sourceSchema,
  'companies.json': companySchema,
  'events.json': eventSchema,
  'roadmaps.json': roadmapSchema,
  'asml-china.json': asmlChinaSchema,
  'chips.json': chipRecordSchema,
  'measures.json': measureSchema,
  'glossary.json': glossarySchema,
  'scenarios.json': scenarioSchema,
} as const;
export type DataFileName = keyof typeof DATA_FILES;
