/**
 * Record schemas for every file in content/data/.
 *
 * Plain zod (same major as Astro's bundled `astro/zod`), so tests and scripts
 * can use them without Astro's virtual modules. Cross-record rules (ids that
 * must resolve, ordering, dates against the "as of" date) live in
 * ./validate.ts, which needs the whole dataset at once.
 */
import { addHans } from './i18n/hans';
import { z } from 'zod';

type ZodTypeAny = z.ZodType;
import { scenarioSchema } from './models/scenario-schema';
import { CONTROL_SCOPES, EVENT_CATEGORIES } from './vocab';

/**
 * Field documentation lives on the schema, once: English through zod's own
 * `.describe()` (which the JSON Schemas and datapackage.json carry), Traditional
 * Chinese beside it. The /data/ page generates its field tables from both.
 */
const zhDescriptions = new WeakMap<ZodTypeAny, string>();

/** A field with its description in both languages. */
export function doc<T extends ZodTypeAny>(schema: T, en: string, zh: string): T {
  const described = schema.describe(en);
  zhDescriptions.set(described, zh);
  return described;
}

/** A field's description in one language, or undefined when it has none. */
export function fieldDescription(schema: ZodTypeAny, lang: 'en' | 'zh-hant'): string | undefined {
  return lang === 'en' ? schema.description : zhDescriptions.get(schema);
}

/**
 * The site's editions. `zh-hans` (Simplified Chinese) is derived from `zh-hant` at build time
 * (src/lib/i18n/hans.ts): the data and the chapters are written in `en` and `zh-hant` only.
 */
export const LOCALES = ['en', 'zh-hant', 'zh-hans'] as const;
export type Locale = (typeof LOCALES)[number];
/** The languages the data, chapters and string tables are written in; zh-hans is derived from zh-hant. */
export type WrittenLocale = Exclude<Locale, 'zh-hans'>;

/** Stable kebab-case identifier: what URLs, anchors and cross references use. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** True when the text holds at least one CJK ideograph: catches English pasted into the zh-hant slot. */
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/**
 * A parsed value as the data files write it: every derived zh-hans text removed, at any depth. What the
 * dataset downloads publish (the written record), and what the corrections log is compared with.
 */
export function asWritten<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => asWritten(v)) as T;
  if (value && typeof value === 'object') {
    const derived = 'zh-hant' in value && 'zh-hans' in value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => !(derived && k === 'zh-hans')).map(([k, v]) => [k, asWritten(v)])) as T;
  }
  return value;
}

/**
 * Text written for both readerships. Both languages are required and non-empty; the parsed value also
 * carries `zh-hans`, derived from `zh-hant` (never written in the data files).
 */
export const localizedSchema = z
  .object({
    en: nonEmpty,
    'zh-hant': nonEmpty.refine(hasHan, 'must be written in Traditional Chinese (no Han characters found)'),
  })
  .strict()
  .transform(addHans);
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
    id: doc(idSchema, 'Stable identifier of the source; events and other records cite it.', '資料來源的固定識別碼，事件與其他紀錄以此引用。'),
    publisher: doc(nonEmpty, 'Who published it: agency, company or news organisation.', '發布者：政府機關、公司或新聞機構。'),
    title: doc(nonEmpty, 'Title in the language it was published in.', '以原發布語言寫成的標題。'),
    titleTranslated: doc(
      z
        .object({ en: nonEmpty.optional(), 'zh-hant': nonEmpty.optional() })
        .strict()
        .transform((v): { en?: string; 'zh-hant'?: string; 'zh-hans'?: string } => (v['zh-hant'] === undefined ? v : addHans({ ...v, 'zh-hant': v['zh-hant'] })))
        .optional(),
      'Our translation of the title, for readers of the other language.',
      '我們為另一種語言讀者翻譯的標題。',
    ),
    language: doc(z.enum(['en', 'zh-hant', 'zh-hans', 'nl', 'ja', 'ko', 'de']), 'BCP 47 code of the source’s own language.', '來源本身所用語言的 BCP 47 代碼。'),
    url: doc(httpsUrl.optional(), 'Canonical address at the publisher or government site; never a mirror or reprint.', '發布者或政府網站上的正式網址；不用轉載或鏡像網址。'),
    urlNote: doc(nonEmpty.optional(), 'Why there is no URL (required when url is absent).', '沒有網址的原因（缺少網址時必填）。'),
    date: doc(partialDateSchema, 'Publication date, as precisely as known (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY).', '發布日期，精確到已知程度（YYYY-MM-DD、YYYY-MM、YYYY-Qn 或 YYYY）。'),
    kind: doc(z.enum(SOURCE_KINDS), 'primary document, press report, analysis, or the VOA report the explainer starts from.', '原始文件、新聞報導、分析，或本專題出發點的美國之音報導。'),
    note: doc(localizedSchema.optional(), 'Context a reader needs about the source.', '讀者需要知道的來源背景說明。'),
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
const nameSchema = z.object({ en: nonEmpty, 'zh-hant': nonEmpty }).strict().transform(addHans);

export const companySchema = z
  .object({
    id: doc(idSchema, 'Stable identifier of the company.', '公司的固定識別碼。'),
    name: doc(nameSchema, 'Name in each language (may stay in Latin letters in Chinese).', '各語言的名稱（中文版可保留拉丁字母）。'),
    country: doc(countryCode, 'Country of headquarters (ISO 3166-1 alpha-2).', '總部所在國家（ISO 3166-1 二位字母代碼）。'),
  })
  .strict();
export type Company = z.infer<typeof companySchema>;

/* ------------------------------------------------------------------- events */

export { EVENT_CATEGORIES, CONTROL_SCOPES };

export const eventSchema = z
  .object({
    id: doc(idSchema, 'Stable identifier; the same anchor in both languages (/en/timeline/#id).', '固定識別碼；兩種語言使用同一錨點（/zh-hant/timeline/#id）。'),
    date: doc(partialDateSchema, 'When it was announced or happened, as precisely as known.', '宣布或發生的日期，精確到已知程度。'),
    precision: doc(z.enum(PRECISIONS), 'How precise the date is: day, month, quarter or year.', '日期的精確度：日、月、季或年。'),
    effective: doc(partialDateSchema.optional(), 'When the measure took effect, where that differs from the announcement date.', '措施生效日期（與宣布日期不同時）。'),
    category: doc(z.enum(EVENT_CATEGORIES), 'Kind of event: US rule, Entity List action, allies, diplomacy, China’s response or industry.', '事件類別：美國法規、實體清單、盟友、外交、中國回應或產業。'),
    actors: doc(
      z
        .object({
          countries: doc(z.array(countryCode).min(1, 'needs at least one country'), 'Countries that acted (ISO codes).', '採取行動的國家（ISO 代碼）。'),
          companies: doc(z.array(idSchema).default([]), 'Companies involved (company ids).', '涉及的公司（公司識別碼）。'),
        })
        .strict(),
      'Who acted.',
      '行動者。',
    ),
    title: doc(localizedSchema, 'Headline of the event.', '事件標題。'),
    shortTitle: doc(localizedSchema.optional(), 'Short form of the title for chart labels, where the title would need more than two lines.', '圖表標籤用的簡短標題（完整標題超過兩行時）。'),
    summary: doc(localizedSchema, 'What happened, in our own words.', '以我們自己的文字說明發生了什麼。'),
    sources: doc(sourceIds, 'Ids of the sources the event rests on (sources table).', '事件所依據的資料來源識別碼（見資料來源表）。'),
    inArticle: doc(z.boolean(), 'True when the April 2024 VOA report mentions this event.', '2024年4月美國之音報導提及此事件時為 true。'),
    significance: doc(z.union([z.literal(1), z.literal(2), z.literal(3)]), 'Our editorial weight, 1 (minor) to 3 (major).', '我們的編輯權重，1（次要）至3（重大）。'),
    touches: doc(
      z.array(z.enum(CONTROL_SCOPES)).optional(),
      'What a control reached: chips, equipment, servicing, persons, materials, entities.',
      '管制所及範圍：晶片、設備、維修服務、人員、材料、實體。',
    ),
    stage: doc(
      z.enum(['measure', 'report', 'ask']).default('measure'),
      'A measure taken, a report that one is being considered, or a request to another government.',
      '已採取的措施、正在考慮措施的報導，或向他國政府提出的要求。',
    ),
    direction: doc(z.enum(['tighten', 'loosen']).default('tighten'), 'Whether the event tightened or eased controls.', '事件是收緊還是放寬管制。'),
    entitiesAdded: doc(z.number().int().positive().optional(), 'Entities added to a list by this action, where the sources give the count.', '此行動列入清單的實體數（來源有提供數字時）。'),
    frCitation: doc(
      z.string().regex(/^\d+ FR \d+$/, 'must look like "89 FR 23876"').optional(),
      'Federal Register citation, e.g. "89 FR 23876".',
      '《聯邦公報》引用編號，例如「89 FR 23876」。',
    ),
    note: doc(localizedSchema.optional(), 'Caveat or context for the reader.', '給讀者的附註或背景。'),
    estimate: doc(z.boolean().optional(), 'True when a date or figure in the record is our estimate.', '紀錄中的日期或數字為我們的估計時為 true。'),
    ends: doc(
      partialDateSchema.optional(),
      'When a time-limited measure lapses; once past the "as of" date it needs followUp or followUpNote.',
      '限時措施的失效日期；晚於「截至」日期後須有 followUp 或 followUpNote。',
    ),
    followUp: doc(z.array(idSchema).optional(), 'Later events that say what became of the measure when it ended.', '說明措施結束後情況的後續事件。'),
    followUpNote: doc(localizedSchema.optional(), 'What we found, or failed to find, about what happened when the measure ended.', '措施結束後的情況，或我們查無結果的說明。'),
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
    id: doc(idSchema, 'Stable identifier of the roadmap node.', '製程節點的固定識別碼。'),
    company: doc(idSchema, 'Chipmaker (company id).', '晶片製造商（公司識別碼）。'),
    node: doc(nonEmpty, 'The maker’s own name for the node, e.g. "N3", "Intel 18A", "N+2".', '廠商自己的節點名稱，例如「N3」、「Intel 18A」、「N+2」。'),
    generation: doc(
      z.number().min(0).max(10).multipleOf(0.5),
      'Comparable ordinal across makers: 1 = 14/16 nm class, 2 = 10 nm, 3 = 7 nm, 4 = 5 nm, 5 = 3 nm, 6 = 2 nm, 7 = 1.4 nm; half steps between.',
      '跨廠商可比較的世代序數：1＝14/16奈米級，2＝10奈米，3＝7奈米，4＝5奈米，5＝3奈米，6＝2奈米，7＝1.4奈米；半級介於其間。',
    ),
    announcedFor: doc(year.optional(), 'Year the maker first said volume production would start.', '廠商最初宣布量產的年份。'),
    revisedFor: doc(year.optional(), 'Latest stated target year, when it moved.', '目標年份變動後的最新說法。'),
    achieved: doc(year.optional(), 'Year volume production actually started.', '實際開始量產的年份。'),
    status: doc(z.enum(ROADMAP_STATUSES), 'achieved, planned, delayed or cancelled.', '已達成、規劃中、延後或取消。'),
    lithography: doc(z.enum(LITHOGRAPHY), 'Patterning route: DUV multipatterning, EUV or High-NA EUV.', '圖形化方式：DUV 多重曝光、EUV 或高數值孔徑 EUV。'),
    designer: doc(idSchema.optional(), 'Designer whose product showed the node (company id; Huawei for SMIC N+2).', '以其產品展現此節點的設計公司（公司識別碼；中芯 N+2 為華為）。'),
    sources: doc(sourceIds, 'Ids of the sources (sources table).', '資料來源識別碼（見資料來源表）。'),
    note: doc(localizedSchema.optional(), 'Caveat or context for the reader.', '給讀者的附註或背景。'),
    estimate: doc(z.boolean().optional(), 'True when a year is our estimate.', '年份為我們的估計時為 true。'),
  })
  .strict();
export type RoadmapNode = z.infer<typeof roadmapSchema>;

/* --------------------------------------------------------------- asml-china */

const share = z.number().min(0).max(1);

export const asmlChinaSchema = z
  .object({
    id: doc(idSchema, 'Stable identifier of the year’s record.', '該年度紀錄的固定識別碼。'),
    year: doc(year, 'Calendar year.', '年份。'),
    systemSalesEurM: doc(z.number().positive(), 'ASML net system sales, all regions, EUR millions.', '艾司摩爾全球系統淨銷售額，百萬歐元。'),
    chinaShareOfSystemSales: doc(share, 'China’s share of net system sales, 0–1.', '中國占系統淨銷售額的比例，0至1。'),
    chinaSystemSalesEurM: doc(z.number().positive(), 'China system sales, EUR millions (often derived: share × system sales).', '對中國系統銷售額，百萬歐元（常為推算：比例×系統銷售額）。'),
    chinaTotalNetSalesEurM: doc(z.number().positive().optional(), 'China net sales including service, EUR millions, where ASML reported it.', '含服務的對中國淨銷售額，百萬歐元（艾司摩爾有公布時）。'),
    estimate: doc(z.boolean(), 'True when the share or amount is an estimate or derived, not a reported figure.', '比例或金額為估計或推算、而非公布數字時為 true。'),
    note: doc(localizedSchema.optional(), 'Caveat or context for the reader.', '給讀者的附註或背景。'),
    sources: doc(sourceIds, 'Ids of the sources (sources table).', '資料來源識別碼（見資料來源表）。'),
  })
  .strict();
export type AsmlChinaYear = z.infer<typeof asmlChinaSchema>;

/* -------------------------------------------------------------------- chips */

export const CHIP_CLASSES = ['datacenter', 'consumer-gpu', 'laptop-gpu', 'laptop-npu', 'china-domestic'] as const;

export const chipSchema = z
  .object({
    id: doc(idSchema, 'Stable identifier of the chip.', '晶片的固定識別碼。'),
    type: doc(z.literal('chip'), 'Always "chip" (thresholds are a table of their own).', '固定為「chip」（門檻另成一表）。'),
    name: doc(nonEmpty, 'Product name.', '產品名稱。'),
    vendor: doc(idSchema, 'Designer (company id).', '設計公司（公司識別碼）。'),
    class: doc(z.enum(CHIP_CLASSES), 'Market class: datacenter, consumer GPU, laptop GPU, laptop NPU or Chinese domestic.', '市場類別：資料中心、消費級 GPU、筆電 GPU、筆電 NPU 或中國國產。'),
    year: doc(year, 'Year of release.', '推出年份。'),
    tpp: doc(z.number().positive(), 'Total Processing Performance as defined in ECCN 3A090 (dense TOPS × bit length).', 'ECCN 3A090 定義的總處理效能（TPP，稠密運算 TOPS × 位元長度）。'),
    dieAreaMm2: doc(z.number().positive().optional(), 'Die area counted for performance density, mm².', '計算效能密度所用的晶粒面積，平方毫米。'),
    performanceDensity: doc(z.number().positive().optional(), 'TPP ÷ die area. Absent when no die area is known.', 'TPP ÷ 晶粒面積；晶粒面積不明時從缺。'),
    method: doc(localizedSchema, 'How TPP and performance density were computed, with the inputs.', 'TPP 與效能密度的計算方式及輸入值。'),
    estimate: doc(z.boolean(), 'True when TPP or die area is our estimate.', 'TPP 或晶粒面積為我們的估計時為 true。'),
    note: doc(localizedSchema.optional(), 'Caveat or context for the reader.', '給讀者的附註或背景。'),
    sources: doc(sourceIds, 'Ids of the sources (sources table).', '資料來源識別碼（見資料來源表）。'),
  })
  .strict();

/** One rectangle in (TPP, PD) space; open ends are unbounded. */
const regionSchema = z
  .object({
    tppMin: z.number().nonnegative().describe('Lowest TPP of the region.'),
    tppMax: z.number().positive().optional().describe('Highest TPP of the region; unbounded when absent.'),
    pdMin: z.number().nonnegative().optional().describe('Lowest performance density; unbounded when absent.'),
    pdMax: z.number().positive().optional().describe('Highest performance density; unbounded when absent.'),
  })
  .strict();

export const thresholdSchema = z
  .object({
    id: doc(idSchema, 'Stable identifier of the threshold.', '門檻的固定識別碼。'),
    type: doc(z.literal('threshold'), 'Always "threshold".', '固定為「threshold」。'),
    event: doc(idSchema, 'The rule that set the threshold (event id).', '設定此門檻的法規（事件識別碼）。'),
    label: doc(localizedSchema, 'Short label.', '簡短標籤。'),
    effect: doc(z.enum(['controlled', 'licence-band']), 'What the region means: controlled outright, or a licence/notification band.', '區域的意義：直接管制，或許可／通報區間。'),
    regions: doc(
      z.array(regionSchema).min(1),
      'Rectangles in (TPP, performance density) space; open ends are unbounded. In CSV: a JSON array.',
      '（TPP，效能密度）平面上的矩形區域；未設上下限者為無界。CSV 中以 JSON 陣列表示。',
    ),
    note: doc(localizedSchema.optional(), 'Conditions the chart cannot draw (interconnect bandwidth, datacenter carve-out).', '圖表無法呈現的條件（互連頻寬、資料中心豁免）。'),
    sources: doc(sourceIds, 'Ids of the sources (sources table).', '資料來源識別碼（見資料來源表）。'),
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
    id: doc(idSchema, 'Stable identifier of the ask.', '要求事項的固定識別碼。'),
    asker: doc(countryCode, 'Country that asked (ISO code).', '提出要求的國家（ISO 代碼）。'),
    ally: doc(countryCode, 'Country that was asked (ISO code).', '被要求的國家（ISO 代碼）。'),
    ask: doc(localizedSchema, 'What was asked.', '要求的內容。'),
    shortAsk: doc(localizedSchema.optional(), 'Short form of the ask for chart labels, where the ask would need more than two lines.', '圖表標籤用的簡短要求（完整文字超過兩行時）。'),
    askedOn: doc(partialDateSchema, 'When it was asked, as precisely as known.', '提出要求的日期，精確到已知程度。'),
    action: doc(localizedSchema.optional(), 'What the ally did, if anything.', '盟友採取的行動（如有）。'),
    actedOn: doc(partialDateSchema.optional(), 'When the ally acted.', '盟友採取行動的日期。'),
    status: doc(z.enum(MEASURE_STATUSES), 'asked, agreed, partial, refused or in force.', '已要求、已同意、部分、拒絕或已生效。'),
    events: doc(z.array(idSchema).default([]), 'Timeline events that record the ask or the action (event ids).', '記錄此要求或行動的時間軸事件（事件識別碼）。'),
    sources: doc(sourceIds, 'Ids of the sources (sources table).', '資料來源識別碼（見資料來源表）。'),
    note: doc(localizedSchema.optional(), 'Caveat or context for the reader.', '給讀者的附註或背景。'),
  })
  .strict()
  .superRefine(shorterThan('shortAsk', 'ask'));
export type Measure = z.infer<typeof measureSchema>;

/* ----------------------------------------------------------------- glossary */

export const glossarySchema = z
  .object({
    id: doc(idSchema, 'Stable identifier of the term.', '詞彙的固定識別碼。'),
    term: doc(localizedSchema, 'The term.', '詞彙。'),
    abbr: doc(z.string().optional(), 'Abbreviation shown in both languages, e.g. "EUV".', '兩種語言通用的縮寫，例如「EUV」。'),
    definition: doc(localizedSchema, 'Our definition.', '我們的定義。'),
    related: doc(z.array(idSchema).default([]), 'Related terms (glossary ids).', '相關詞彙（詞彙識別碼）。'),
    sources: doc(z.array(idSchema).default([]), 'Ids of the sources (sources table).', '資料來源識別碼（見資料來源表）。'),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossarySchema>;

/* --------------------------------------------------------------------- meta */

/** A semantic version, MAJOR.MINOR.PATCH. */
export const semverSchema = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'must be a version MAJOR.MINOR.PATCH, e.g. "1.2.0"');

/**
 * How a release changes the dataset's version (src/lib/dataset-version.ts enforces it):
 * a schema change (a field added, removed, renamed or retyped) is major; new records are minor;
 * corrections of published records are patch.
 */
export const CHANGE_KINDS = ['major', 'minor', 'patch'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A record reference, "<table>/<id>", e.g. "events/2024-04-04-computers-rule". */
export const recordRefSchema = z.string().regex(/^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<table>/<id>", e.g. "events/2024-04-04-computers-rule"');

/** A published value as it was or as it is now: a number, a short text, or one text per language. */
const correctionValueSchema = z.union([z.number(), nonEmpty, localizedSchema]);
export type CorrectionValue = z.infer<typeof correctionValueSchema>;
/** A corrected value as meta.json writes it (no derived zh-hans). */
export type CorrectionValueInput = z.input<typeof correctionValueSchema>;

/**
 * One entry of the public corrections log: which record and field changed, from what to what, and why.
 * Shown on the sources page and beside the figure wherever it appears (chart, data table, downloads).
 */
export const correctionSchema = z
  .object({
    date: isoDaySchema,
    /** The data file, e.g. "asml-china.json". */
    file: nonEmpty,
    /** The record id in that file. */
    record: idSchema,
    /** Dotted path of the field, e.g. "chinaSystemSalesEurM" or "note". */
    field: nonEmpty,
    old: correctionValueSchema,
    new: correctionValueSchema,
    /** Why the value changed, in both languages. */
    reason: localizedSchema,
    /** The release that carried the correction (a patch or larger bump). */
    version: semverSchema.optional(),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;
/** A correction as meta.json writes it: what `npm run correction` appends. */
export type CorrectionInput = z.input<typeof correctionSchema>;

/** One release of the dataset, oldest first in meta.json. */
export const changeSchema = z
  .object({
    version: semverSchema,
    date: isoDaySchema,
    kind: z.enum(CHANGE_KINDS),
    text: localizedSchema,
    /** The records added or changed; their feed entries take the release date as "updated". */
    records: z.array(recordRefSchema).optional(),
  })
  .strict();
export type DatasetChange = z.infer<typeof changeSchema>;

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
    /** The dataset's semantic version: equal to the last release in `changes`. */
    version: semverSchema,
    /** Releases, oldest first; each bumps the version by the rule of CHANGE_KINDS. */
    changes: z.array(changeSchema).min(1, 'needs at least the first release'),
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
