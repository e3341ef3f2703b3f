/**
 * The download files of one chart, as (file name → bytes) for the build:
 * CSV per table, JSON of all tables, a standalone SVG and a PNG with title,
 * notes, sources and credit baked in. Names are stable: links to them are
 * published in snippets and the share dialog.
 */
import type { Dataset } from '../data';
import type { Locale } from '../schema';
import { chartEntry } from '../charts/registry';
import { chartTables } from '../charts/table';
import { renderStandaloneSvg } from '../charts/render';
import type { ChartId } from '../charts/types';
import { sourcesOf } from '../data';
import { chartJson, rowRecord, tableCsv, type DownloadMeta } from './downloads';
import { creditLine, storyUrl } from './snippets';
import { rasterise, svgSize } from '../images/render-png';
import { escapeXml, wrapLines } from '../images/text-layout';

export interface DownloadFile {
  name: string;
  type: string;
  label: string;
}

export function downloadMeta(ds: Dataset, id: ChartId, lang: Locale, site: string): DownloadMeta {
  const entry = chartEntry(id);
  const url = storyUrl(site, lang, { anchor: `fig-${id}` });
  const records = new Set(chartTables(id, ds, lang).flatMap((t) => t.rows.map(rowRecord)));
  return {
    title: entry.title[lang],
    url,
    licence: ds.meta.licence,
    credit: creditLine(lang, ds.meta.licence.name, url),
    sources: sourcesOf(ds, entry.sources(ds)),
    asOf: ds.meta.asOf,
    coverageEnd: ds.meta.coverageEnd,
    lang,
    corrections: ds.meta.corrections.filter((c) => records.has(c.record)),
  };
}

/** The list of files for a chart, for links (no rendering). */
export function downloadList(ds: Dataset, id: ChartId, lang: Locale): DownloadFile[] {
  const tables = chartTables(id, ds, lang);
  return [
    ...tables.map((t) => ({ name: tables.length === 1 ? `${id}.csv` : `${id}-${t.id}.csv`, type: 'text/csv', label: tables.length === 1 ? 'CSV' : `CSV (${t.caption})` })),
    { name: `${id}.json`, type: 'application/json', label: 'JSON' },
    { name: `${id}.svg`, type: 'image/svg+xml', label: 'SVG' },
    { name: `${id}.png`, type: 'image/png', label: 'PNG' },
  ];
}

export function downloadHref(lang: Locale, file: Pick<DownloadFile, 'name'>): string {
  return `/downloads/${lang}/${file.name}`;
}

/** The bytes of one download file. */
export function renderDownload(ds: Dataset, id: ChartId, lang: Locale, name: string, site: string): { body: string | Buffer; type: string } {
  const meta = downloadMeta(ds, id, lang, site);
  const tables = chartTables(id, ds, lang);
  if (name.endsWith('.json')) return { body: chartJson(tables, meta), type: 'application/json; charset=utf-8' };
  if (name.endsWith('.csv')) {
    const table = tables.length === 1 ? tables[0] : tables.find((t) => name === `${id}-${t.id}.csv`);
    if (!table) throw new Error(`no table for ${name}`);
    return { body: tableCsv(table, meta), type: 'text/csv; charset=utf-8' };
  }
  const svg = withCredit(renderStandaloneSvg(id, ds, { locale: lang, width: 960, theme: 'light' }), meta.credit);
  if (name.endsWith('.svg')) return { body: svg, type: 'image/svg+xml' };
  if (name.endsWith('.png')) return { body: rasterise(svg, lang), type: 'image/png' };
  throw new Error(`unknown download ${name}`);
}

/** The standalone SVG with the credit and licence line added at the bottom. */
export function withCredit(svg: string, credit: string): string {
  const { width, height } = svgSize(svg);
  const lines = wrapLines(credit, width - 32, 11);
  const extra = lines.length * 15 + 8;
  const h = Math.ceil(height + extra);
  const text = lines.map((l, i) => `<text x="16" y="${(height + 4 + (i + 1) * 15).toFixed(1)}" font-size="11" fill="#555555">${escapeXml(l)}</text>`).join('');
  return svg
    .replace(/(<svg\b[^>]*?)\sheight="[\d.]+"/, `$1 height="${h}"`)
    .replace(/viewBox="0 0 ([\d.]+) [\d.]+"/, `viewBox="0 0 $1 ${h}"`)
    .replace(/<\/svg>\s*$/, `${text}</svg>`);
}
