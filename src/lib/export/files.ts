/**
 * Every file of the dataset download, as (name → bytes), under /downloads/data/:
 * a CSV per table, the whole dataset as one JSON, datapackage.json, a JSON
 * Schema per table, and a zip of all of them named with the version. Names
 * are stable (published on the /data/ page and in datapackage.json).
 */
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../data';
import { tableCsv } from './csv';
import { dataPackage } from './datapackage';
import { TABLES, tableColumns, tableJsonSchema } from './tables';
import { asWritten } from '../schema';

export const DATASET_JSON = 'chip-ratchet-data.json';
export const zipName = (version: string) => `chip-ratchet-data-${version}.zip`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The whole dataset as one JSON file: the records as they are in content/data, by table. */
export function datasetJson(ds: Dataset, site: string): string {
  return json({
    name: 'chip-ratchet',
    version: ds.meta.version,
    asOf: ds.meta.asOf,
    licence: ds.meta.licence,
    datapackage: `${site.replace(/\/$/, '')}/downloads/data/datapackage.json`,
    tables: Object.fromEntries(TABLES.map((t) => [t.name, asWritten(t.rows(ds))])),
  });
}

/** Every file but the zip, in a stable order. */
export function dataFiles(ds: Dataset, site: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const t of TABLES) files.set(`${t.name}.csv`, tableCsv(tableColumns(t, site), t.rows(ds)));
  files.set(DATASET_JSON, datasetJson(ds, site));
  files.set('datapackage.json', json(dataPackage(ds, site)));
  for (const t of TABLES) files.set(`schemas/${t.name}.schema.json`, json(tableJsonSchema(t, site)));
  return files;
}

/** The zip of all files, in a folder named like the zip. Fixed timestamps, so the same data gives the same bytes. */
export function dataZip(ds: Dataset, site: string): Uint8Array {
  const folder = zipName(ds.meta.version).replace(/\.zip$/, '');
  const entries = Object.fromEntries([...dataFiles(ds, site)].map(([name, text]) => [`${folder}/${name}`, strToU8(text)]));
  return zipSync(entries, { level: 9, mtime: new Date(`${ds.meta.updated}T00:00:00Z`) });
}

export interface DataDownload {
  name: string;
  type: string;
}

export function dataDownloads(ds: Dataset, site: string): DataDownload[] {
  const type = (name: string) => (name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  return [...[...dataFiles(ds, site).keys()].map((name) => ({ name, type: type(name) })), { name: zipName(ds.meta.version), type: 'application/zip' }];
}

/** The bytes of one download file. */
export function renderDataFile(ds: Dataset, site: string, name: string): string | Uint8Array {
  if (name === zipName(ds.meta.version)) return dataZip(ds, site);
  const text = dataFiles(ds, site).get(name);
  if (text === undefined) throw new Error(`no data file ${name}`);
  return text;
}
