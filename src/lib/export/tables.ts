/**
 * The dataset as tables: which records each table holds, its key and the keys
 * that point at other tables, and its columns. Columns are derived from the
 * record's JSON Schema (itself generated from the zod schema), so a field
 * added to src/lib/schema.ts shows up in the CSV, datapackage.json and the
 * /data/ page without being written down again:
 * - a text in both languages ({en, zh-hant}) becomes `<field>_en` and `<field>_zh_hant`;
 * - another object becomes one column per property, `<field>_<property>`;
 * - a list of values becomes one cell, joined with ";";
 * - a list of objects (threshold regions) becomes one cell of JSON.
 */
import type { z } from 'zod';
import { withHans } from '../i18n/with-hans';
import { toHans } from '../i18n/hans';
type ZodTypeAny = z.ZodType;
import type { Dataset } from '../data';
import type { Chip, Locale, Threshold } from '../schema';
import {
  asmlChinaSchema,
  chipSchema,
  companySchema,
  eventSchema,
  fieldDescription,
  glossarySchema,
  LOCALES,
  measureSchema,
  roadmapSchema,
  sourceSchema,
  thresholdSchema,
} from '../schema';
import { recordJsonSchema, type JsonSchema } from './json-schema';

export const LIST_SEPARATOR = ';';

export interface ForeignKey {
  /** Column in this table. */
  field: string;
  table: TableName;
  /** True when the column is a list of ids joined with ";" (checked by our tests, not by datapackage.json). */
  list?: boolean;
}

export interface TableSpec {
  name: TableName;
  title: Record<Locale, string>;
  schema: ZodTypeAny;
  rows: (ds: Dataset) => object[];
  foreignKeys: ForeignKey[];
}

export const TABLE_NAMES = ['events', 'sources', 'companies', 'roadmaps', 'asml-china', 'chips', 'thresholds', 'measures', 'glossary'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const sourcesKey: ForeignKey = { field: 'sources', table: 'sources', list: true };

export const TABLES: TableSpec[] = [
  {
    name: 'events',
    title: withHans({ en: 'Events', 'zh-hant': '事件' }),
    schema: eventSchema,
    rows: (ds) => ds.events,
    foreignKeys: [sourcesKey, { field: 'actors_companies', table: 'companies', list: true }],
  },
  { name: 'sources', title: withHans({ en: 'Sources', 'zh-hant': '資料來源' }), schema: sourceSchema, rows: (ds) => ds.sources, foreignKeys: [] },
  { name: 'companies', title: withHans({ en: 'Companies', 'zh-hant': '公司' }), schema: companySchema, rows: (ds) => ds.companies, foreignKeys: [] },
  {
    name: 'roadmaps',
    title: withHans({ en: 'Process-node roadmaps', 'zh-hant': '製程節點路線圖' }),
    schema: roadmapSchema,
    rows: (ds) => ds.roadmaps,
    foreignKeys: [{ field: 'company', table: 'companies' }, { field: 'designer', table: 'companies' }, sourcesKey],
  },
  {
    name: 'asml-china',
    title: withHans({ en: 'ASML sales to China', 'zh-hant': '艾司摩爾對中國銷售' }),
    schema: asmlChinaSchema,
    rows: (ds) => ds.asmlChina,
    foreignKeys: [sourcesKey],
  },
  {
    name: 'chips',
    title: withHans({ en: 'AI chips', 'zh-hant': 'AI 晶片' }),
    schema: chipSchema,
    rows: (ds) => ds.chips.filter((c): c is Chip => c.type === 'chip'),
    foreignKeys: [{ field: 'vendor', table: 'companies' }, sourcesKey],
  },
  {
    name: 'thresholds',
    title: withHans({ en: 'Chip control thresholds', 'zh-hant': '晶片管制門檻' }),
    schema: thresholdSchema,
    rows: (ds) => ds.chips.filter((c): c is Threshold => c.type === 'threshold'),
    foreignKeys: [{ field: 'event', table: 'events' }, sourcesKey],
  },
  {
    name: 'measures',
    title: withHans({ en: 'Asks to allies', 'zh-hant': '對盟友的要求' }),
    schema: measureSchema,
    rows: (ds) => ds.measures,
    foreignKeys: [{ field: 'events', table: 'events', list: true }, sourcesKey],
  },
  {
    name: 'glossary',
    title: withHans({ en: 'Glossary', 'zh-hant': '詞彙' }),
    schema: glossarySchema,
    rows: (ds) => ds.glossary,
    foreignKeys: [{ field: 'related', table: 'glossary', list: true }, sourcesKey],
  },
];

export function tableSpec(name: TableName): TableSpec {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** What a column holds, in Frictionless Table Schema terms plus our two list forms. */
export type ColumnKind = 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'json';

export interface Column {
  name: string;
  /** Path of the value in a record, e.g. ["title", "zh-hant"]. */
  path: string[];
  kind: ColumnKind;
  required: boolean;
  description: Record<Locale, string>;
  enum?: (string | number)[];
  pattern?: string;
}

const columnSuffix = (key: string) => key.replace(/-/g, '_');

const isLocalized = (s: JsonSchema) => {
  const props = s.properties as Record<string, unknown> | undefined;
  return !!props && Object.keys(props).length > 0 && Object.keys(props).every((k) => (LOCALES as readonly string[]).includes(k));
};

const LANG_NAMES: Record<Locale, Record<Locale, string>> = withHans({
  en: { en: 'English', 'zh-hant': 'Traditional Chinese', 'zh-hans': 'Simplified Chinese' },
  'zh-hant': { en: '英文', 'zh-hant': '繁體中文', 'zh-hans': '簡體中文' },
});

/** The zod schema of a property, to read its Chinese description (zod objects expose `.shape`). */
function zodProperty(schema: ZodTypeAny | undefined, key: string): ZodTypeAny | undefined {
  const shape = (schema as unknown as { shape?: Record<string, ZodTypeAny> } | undefined)?.shape;
  return shape?.[key];
}

/** The columns of a record's JSON Schema (see the module comment for the rules). */
export function columnsOf(json: JsonSchema, zod?: ZodTypeAny, prefix: string[] = [], parentRequired = true): Column[] {
  const props = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).flatMap(([key, prop]) => {
    const path = [...prefix, key];
    const name = path.map(columnSuffix).join('_');
    const req = parentRequired && required.has(key);
    const zodProp = zodProperty(zod, key);
    const zh = (zodProp && fieldDescription(zodProp, 'zh-hant')) ?? (prop.description as string | undefined) ?? '';
    const description: Record<Locale, string> = { en: (prop.description as string | undefined) ?? '', 'zh-hant': zh, 'zh-hans': toHans(zh) };
    if (prop.type === 'object' && isLocalized(prop)) {
      return Object.keys(prop.properties as object).map((lang) => ({
        name: `${name}_${columnSuffix(lang)}`,
        path: [...path, lang],
        kind: 'string' as const,
        required: req && ((prop.required ?? []) as string[]).includes(lang),
        description: {
          en: `${description.en} (${LANG_NAMES.en[lang as Locale]})`,
          'zh-hant': `${description['zh-hant']}（${LANG_NAMES['zh-hant'][lang as Locale]}）`,
          'zh-hans': `${description['zh-hans']}（${LANG_NAMES['zh-hans'][lang as Locale]}）`,
        },
      }));
    }
    if (prop.type === 'object') return columnsOf(prop, zodProp, path, req);
    const base = { name, path, required: req, description };
    if (prop.type === 'array') {
      const items = (prop.items ?? {}) as JsonSchema;
      return [{ ...base, kind: items.type === 'object' ? ('json' as const) : ('list' as const) }];
    }
    // A union of literals (significance: 1 | 2 | 3) is an anyOf of consts of one type.
    const members = Array.isArray(prop.anyOf) ? (prop.anyOf as JsonSchema[]) : [prop];
    const type = new Set(members.map((m) => m.type)).size === 1 ? members[0]!.type : undefined;
    const kind: ColumnKind = type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string';
    const consts = members.every((m) => m.const !== undefined) ? members.map((m) => m.const as string | number) : undefined;
    const values = Array.isArray(prop.enum) ? (prop.enum as (string | number)[]) : consts;
    return [{ ...base, kind, ...(values ? { enum: values } : {}), ...(typeof prop.pattern === 'string' ? { pattern: prop.pattern } : {}) }];
  });
}

/** The JSON Schema of one table's records, with a stable $id under the site. */
export function tableJsonSchema(t: TableSpec, site: string): JsonSchema {
  return recordJsonSchema(t.schema, { id: `${site.replace(/\/$/, '')}${schemaPath(t.name)}`, title: `${t.title.en} · ${t.title['zh-hant']}` });
}

export const DATA_DOWNLOADS = '/downloads/data/';
export const schemaPath = (name: TableName) => `${DATA_DOWNLOADS}schemas/${name}.schema.json`;

export function tableColumns(t: TableSpec, site: string): Column[] {
  return columnsOf(tableJsonSchema(t, site), t.schema);
}
