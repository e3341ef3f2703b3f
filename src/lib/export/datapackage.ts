/**
 * The Frictionless Data Package descriptor (datapackage.json, Tabular Data
 * Package profile, spec v1): one resource per CSV, each with its Table Schema
 * (fields with types, descriptions and constraints, primary key, foreign keys),
 * the licence, the sources and the dataset version. Generated from the table
 * specs, so it cannot drift from the files. Pure.
 */
import type { Dataset } from '../data';
import { TABLES, tableColumns, type Column, type TableSpec } from './tables';

const FIELD_TYPE: Record<Column['kind'], string> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  // A list joined with ";" is text to a Table Schema v1 reader; the description says how to split it.
  list: 'string',
  json: 'array',
};

export function tableSchemaField(c: Column) {
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.enum && c.kind !== 'list' ? { enum: c.kind === 'string' ? c.enum.map(String) : c.enum } : {}),
    ...(c.pattern && c.kind === 'string' ? { pattern: c.pattern } : {}),
  };
  return {
    name: c.name,
    type: FIELD_TYPE[c.kind],
    ...(c.kind === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: c.kind === 'list' ? `${c.description.en} A list: values separated by ";".` : c.description.en,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function resource(t: TableSpec, ds: Dataset, site: string) {
  const columns = tableColumns(t, site);
  // Table Schema v1 foreign keys are single values; list columns are checked by our tests instead.
  const foreignKeys = t.foreignKeys
    .filter((fk) => !fk.list)
    .map((fk) => ({ fields: fk.field, reference: { resource: fk.table === t.name ? '' : fk.table, fields: 'id' } }));
  return {
    name: t.name,
    path: `${t.name}.csv`,
    profile: 'tabular-data-resource',
    title: t.title.en,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true },
    count: t.rows(ds).length,
    schema: {
      fields: columns.map(tableSchemaField),
      primaryKey: 'id',
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
      missingValues: [''],
    },
  };
}

export function dataPackage(ds: Dataset, site: string) {
  const base = site.replace(/\/$/, '');
  return {
    profile: 'tabular-data-package',
    name: 'chip-ratchet',
    id: `${base}/downloads/data/datapackage.json`,
    title: 'The chip ratchet: US–China chip export controls, 2018–2025',
    description:
      'Events of the US–China chip export-control escalation with their sources, chipmakers’ process-node roadmaps, ASML’s sales to China, AI chips against the control thresholds, the asks to allies, and a glossary. Every text field is in English and Traditional Chinese.',
    homepage: `${base}/en/data/`,
    version: ds.meta.version,
    created: `${ds.meta.updated}T00:00:00Z`,
    keywords: ['export controls', 'semiconductors', 'China', 'United States', 'Entity List', 'ASML'],
    contributors: [{ title: 'Data desk', role: 'author' }],
    licenses: [{ name: 'CC-BY-4.0', path: ds.meta.licence.url, title: 'Creative Commons Attribution 4.0' }],
    sources: [
      { title: `${ds.article.publisher}: ${ds.article.title}`, ...(ds.article.url ? { path: ds.article.url } : {}) },
      { title: `Every record cites its documents: ${ds.sources.length} sources in sources.csv (publisher, title, date, URL)`, path: 'sources.csv' },
    ],
    resources: TABLES.map((t) => resource(t, ds, site)),
  };
}
