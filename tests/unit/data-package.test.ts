/**
 * The dataset download, built from the real dataset, checked with real tools
 * (tests/helpers/data-package.ts): datapackage.json against the Frictionless
 * profile, every CSV row against its table's JSON Schema, keys between tables.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv from 'ajv';
import { loadDataset } from '../../src/lib/load-data';
import { dataFiles, DATASET_JSON } from '../../src/lib/export/files';
import { TABLES } from '../../src/lib/export/tables';
import { checkDataPackage, listKeyProblems } from '../helpers/data-package';

const SITE = 'https://chips.example.org';
const ds = loadDataset();
const files = dataFiles(ds, SITE);
const report = checkDataPackage(files);

describe('the dataset download', () => {
  it('validates: datapackage.json against the profile, each CSV row against its JSON Schema, declared foreign keys', () => {
    expect(report.problems).toEqual([]);
  });

  it('holds every record of every table, with the dataset version', () => {
    expect(report.descriptor.version).toBe(ds.meta.version);
    expect(report.descriptor.resources.map((r: { name: string }) => r.name)).toEqual(TABLES.map((t) => t.name));
    expect(report.rows.get('events')).toHaveLength(ds.events.length);
    expect(report.rows.get('sources')).toHaveLength(ds.sources.length);
    expect((report.rows.get('chips')?.length ?? 0) + (report.rows.get('thresholds')?.length ?? 0)).toBe(ds.chips.length);
  });

  it('declares roadmap → company as a foreign key, and list keys (event → sources and others) resolve', () => {
    const roadmaps = report.descriptor.resources.find((r: { name: string }) => r.name === 'roadmaps');
    expect(roadmaps.schema.foreignKeys).toContainEqual({ fields: 'company', reference: { resource: 'companies', fields: 'id' } });
    const lists = [
      ...listKeyProblems(report, 'events', ['sources'], 'sources'),
      ...listKeyProblems(report, 'events', ['actors', 'companies'], 'companies'),
      ...listKeyProblems(report, 'measures', ['events'], 'events'),
      ...listKeyProblems(report, 'glossary', ['related'], 'glossary'),
      ...TABLES.filter((t) => t.name !== 'events' && t.name !== 'sources' && t.name !== 'companies').flatMap((t) => listKeyProblems(report, t.name, ['sources'], 'sources')),
    ];
    expect(lists).toEqual([]);
  });

  it('round-trips: a CSV row read back by its JSON Schema is the record in the JSON file', () => {
    const all = JSON.parse(files.get(DATASET_JSON)!);
    // A CSV cell cannot tell an empty list from no list; the code reads both alike (`touches ?? []`).
    const noEmptyLists = (rows: object[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => !(Array.isArray(v) && v.length === 0))));
    for (const t of TABLES) expect(noEmptyLists(report.rows.get(t.name)!), t.name).toEqual(noEmptyLists(all.tables[t.name]));
  });

  it('writes RFC 4180 CSV: CRLF line ends, bilingual columns, lists joined with ";"', () => {
    const csv = files.get('events.csv')!;
    expect(csv.split('\r\n').length - 1).toBe(ds.events.length + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n(?=[^"]*(?:"[^"]*"[^"]*)*$)/); // no bare LF outside quotes
    const [header] = parse(csv, { to_line: 1 }) as string[][];
    expect(header).toEqual(expect.arrayContaining(['title_en', 'title_zh_hant', 'summary_zh_hant', 'actors_countries']));
    const multi = ds.events.find((e) => e.actors.countries.length > 1)!;
    const row = (parse(csv, { columns: true }) as Record<string, string>[]).find((r) => r.id === multi.id)!;
    expect(row.actors_countries).toBe(multi.actors.countries.join(';'));
    expect(row.title_zh_hant).toBe(multi.title['zh-hant']);
  });

  it('each record of the JSON file validates against its table schema', () => {
    const all = JSON.parse(files.get(DATASET_JSON)!);
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const t of TABLES) {
      const validate = ajv.compile(JSON.parse(files.get(`schemas/${t.name}.schema.json`)!));
      const bad = (all.tables[t.name] as object[]).filter((r) => !validate(r));
      expect(bad, t.name).toEqual([]);
    }
  });

  it('the checks can fail: a wrong enum value, an unknown source id and a broken descriptor are reported', () => {
    const broken = new Map(files);
    broken.set('events.csv', files.get('events.csv')!.replace(',us-rule,', ',us-law,'));
    const pkg = JSON.parse(files.get('datapackage.json')!);
    pkg.resources[0].schema.fields[0].type = 'text';
    pkg.resources.find((r: { name: string }) => r.name === 'roadmaps').schema.foreignKeys[0].reference.resource = 'events';
    broken.set('datapackage.json', JSON.stringify(pkg));
    const r = checkDataPackage(broken);
    expect(r.problems.some((p) => p.startsWith('events.csv row') && p.includes('/category'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('datapackage.json/resources/0/schema/fields/0'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('roadmaps.csv: company'))).toBe(true);
    const withBadSource = new Map(files);
    withBadSource.set('events.csv', files.get('events.csv')!.replace(/,wiley-2018-ecra,/, ',no-such-source,'));
    expect(listKeyProblems(checkDataPackage(withBadSource), 'events', ['sources'], 'sources')).toHaveLength(1);
  });
});
