/**
 * Checks a dataset download (the files as name → text) with maintained tools:
 * ajv against the Frictionless Tabular Data Package profile (the copy the npm
 * `datapackage` package ships) and against each table's JSON Schema, csv-parse
 * for every CSV. Rows are turned back into records using only the table's
 * JSON Schema (which column is which property, which type), so a CSV that
 * drifts from its schema fails. Returns one message per problem.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

type Schema = Record<string, any>;

const require = createRequire(import.meta.url);
const profile = JSON.parse(readFileSync(require.resolve('datapackage/src/profiles/tabular-data-package.json'), 'utf8'));

const norm = (key: string) => key.replace(/-/g, '_');

/** The property path and leaf schema of a column name, following the record's JSON Schema. */
export function columnPath(schema: Schema, name: string): { path: string[]; leaf: Schema } | undefined {
  for (const [key, prop] of Object.entries<Schema>(schema.properties ?? {})) {
    if (name === norm(key)) return { path: [key], leaf: prop };
    if (prop.type === 'object' && name.startsWith(`${norm(key)}_`)) {
      const inner = columnPath(prop, name.slice(norm(key).length + 1));
      if (inner) return { path: [key, ...inner.path], leaf: inner.leaf };
    }
  }
  return undefined;
}

/** The JSON type of a leaf: its own, or the one all members of an anyOf share (a union of literals). */
function typeOf(leaf: Schema): string | undefined {
  if (leaf.type) return leaf.type as string;
  const types = new Set<string>((leaf.anyOf ?? []).map((m: Schema) => m.type));
  return types.size === 1 ? [...types][0] : undefined;
}

function cellValue(text: string, schema: Schema): unknown {
  const leaf: Schema = { ...schema, type: typeOf(schema) };
  // An empty cell is an absent value, or the field's default where the schema gives one (an empty list).
  if (text === '') return leaf.default;
  if (leaf.type === 'array') return leaf.items?.type === 'object' ? JSON.parse(text) : text.split(';');
  if (leaf.type === 'number' || leaf.type === 'integer') return Number(text);
  if (leaf.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** A CSV row as a record, by the JSON Schema. */
export function rowToRecord(header: string[], row: string[], schema: Schema): Record<string, unknown> {
  const record: Record<string, any> = {};
  header.forEach((name, i) => {
    const found = columnPath(schema, name);
    if (!found) throw new Error(`column ${name} is not a property of the schema`);
    const value = cellValue(row[i]!, found.leaf);
    if (value === undefined) return;
    let target = record;
    for (const key of found.path.slice(0, -1)) target = target[key] ??= {};
    target[found.path.at(-1)!] = value;
  });
  return record;
}

export interface PackageReport {
  problems: string[];
  /** Parsed rows per resource, for further checks. */
  rows: Map<string, Record<string, unknown>[]>;
  descriptor: Schema;
}

export function checkDataPackage(files: Map<string, string>): PackageReport {
  const problems: string[] = [];
  const rows = new Map<string, Record<string, unknown>[]>();
  const descriptor = JSON.parse(files.get('datapackage.json') ?? 'null');
  const v4 = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(v4);
  if (!v4.validate(profile, descriptor)) problems.push(...(v4.errors ?? []).map((e) => `datapackage.json${e.instancePath}: ${e.message}`));
  if (!descriptor?.resources) return { problems, rows, descriptor };

  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const res of descriptor.resources as Schema[]) {
    const csv = files.get(res.path);
    const schema = JSON.parse(files.get(`schemas/${res.name}.schema.json`) ?? 'null');
    if (!csv || !schema) {
      problems.push(`${res.name}: missing ${csv ? 'JSON Schema' : 'CSV'}`);
      continue;
    }
    if (csv.charCodeAt(0) === 0xfeff) problems.push(`${res.path}: starts with a byte-order mark`);
    const [header, ...body] = parse(csv, { bom: false, relax_column_count: false }) as string[][];
    const names = (res.schema.fields as Schema[]).map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${res.path}: header ${header} differs from the descriptor's fields ${names}`);
    if (res.count !== undefined && body.length !== res.count) problems.push(`${res.path}: ${body.length} rows, descriptor says ${res.count}`);
    const validate = ajv.compile(schema);
    const records = body.map((row, i) => {
      const record: Record<string, unknown> = rowToRecord(header!, row, schema);
      const id = String(record.id);
      if (!validate(record)) problems.push(...(validate.errors ?? []).map((e) => `${res.path} row ${i + 2} (${id})${e.instancePath}: ${e.message}`));
      return record;
    });
    rows.set(res.name, records);
  }

  // Foreign keys declared in the descriptor resolve.
  const ids = (name: string) => new Set((rows.get(name) ?? []).map((r) => r.id));
  for (const res of descriptor.resources as Schema[]) {
    for (const fk of (res.schema.foreignKeys ?? []) as Schema[]) {
      const target = ids(fk.reference.resource || res.name);
      const header = (res.schema.fields as Schema[]).map((f) => f.name);
      const csvRows = (parse(files.get(res.path)!, {}) as string[][]).slice(1);
      const col = header.indexOf(fk.fields);
      for (const row of csvRows) {
        const v = row[col];
        if (v && !target.has(v)) problems.push(`${res.path}: ${fk.fields} "${v}" is not an id in ${fk.reference.resource || res.name}`);
      }
    }
  }
  return { problems, rows, descriptor };
}

/** Every id in a list field of one table is an id of another (the ";"-joined keys a Table Schema v1 cannot declare). */
export function listKeyProblems(report: PackageReport, table: string, path: string[], target: string): string[] {
  const ids = new Set((report.rows.get(target) ?? []).map((r) => r.id));
  const problems: string[] = [];
  for (const r of report.rows.get(table) ?? []) {
    const list = path.reduce<any>((v, k) => v?.[k], r) as string[] | undefined;
    for (const id of list ?? []) if (!ids.has(id)) problems.push(`${table} ${String(r.id)}: ${path.join('.')} "${id}" is not an id in ${target}`);
  }
  return problems;
}
