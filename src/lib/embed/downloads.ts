/**
 * Data downloads: CSV and JSON of exactly the rows a chart draws (its data
 * tables, machine values), each with a header naming the chart, its sources
 * and the licence. Pure.
 */
import type { ChartTable, CellValue } from '../charts/table';
import type { Correction, Locale, Source } from '../schema';
import { correctionLine } from '../corrections';

export interface DownloadMeta {
  title: string;
  url: string;
  licence: { name: string; url: string };
  credit: string;
  sources: Source[];
  /** Dataset "as of" date: when the sources were last checked. */
  asOf: string;
  /** The latest event the account covers. */
  coverageEnd: string;
  lang: Locale;
  /** Logged corrections to records this chart draws. */
  corrections: Correction[];
}

function csvCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote when needed, and defuse spreadsheet formulas (a cell starting with = + - @ is run as a formula).
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The data record a table row stands for: its `id` value where it has one (sales rows), else its key. */
export const rowRecord = (r: ChartTable['rows'][number]) => (typeof r.values.id === 'string' ? r.values.id : r.key);

const sourceText = (s: Source) => `${s.publisher}, "${s.title}", ${s.date}${s.url ? `, ${s.url}` : ''}`;

/** One CSV per table. Leading "#" lines carry the title, sources and licence (pandas: comment="#"). */
export function tableCsv(table: ChartTable, meta: DownloadMeta): string {
  const header = [
    `# ${table.caption.includes(meta.title) ? meta.title : `${meta.title} — ${table.caption}`}`,
    `# ${meta.credit}`,
    `# Licence: ${meta.licence.name} (${meta.licence.url})`,
    `# Events through ${meta.coverageEnd}; sources checked ${meta.asOf}. Published at ${meta.url}`,
    ...meta.corrections.filter((c) => table.rows.some((r) => rowRecord(r) === c.record)).map((c) => `# Correction: ${correctionLine(c, meta.lang)}`),
    ...meta.sources.map((s) => `# Source: ${sourceText(s)}`),
  ];
  const keys = ['key', ...table.columns.map((c) => c.key), 'sources'];
  const rows = table.rows.map((r) => [r.key, ...table.columns.map((c) => r.values[c.key]), r.sources.join(' ')].map(csvCell).join(','));
  return `${[...header.map((h) => h.replace(/[\r\n]+/g, ' ')), keys.join(','), ...rows].join('\n')}\n`;
}

export function chartJson(tables: ChartTable[], meta: DownloadMeta): string {
  return `${JSON.stringify(
    {
      title: meta.title,
      url: meta.url,
      credit: meta.credit,
      licence: meta.licence,
      asOf: meta.asOf,
      coverageEnd: meta.coverageEnd,
      corrections: meta.corrections.map((c) => ({ date: c.date, file: c.file, record: c.record, field: c.field, old: c.old, new: c.new, reason: c.reason[meta.lang] })),
      sources: meta.sources.map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url ?? null })),
      tables: tables.map((t) => ({
        id: t.id,
        caption: t.caption,
        columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
        rows: t.rows.map((r) => ({ key: r.key, ...r.values, sources: r.sources })),
      })),
    },
    null,
    2,
  )}\n`;
}
