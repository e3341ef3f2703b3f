/**
 * The built site's data desk: dist/downloads/data/ holds the files the
 * /data/ page links, they validate with the real tools
 * (tests/helpers/data-package.ts), the zip holds the same bytes, the Atom
 * feeds validate (tests/helpers/atom.ts) and every page's <head> links its feed.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/schema';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { checkDataPackage } from '../helpers/data-package';
import { atomProblems } from '../helpers/atom';
import { loadDataset } from '../../src/lib/load-data';
import { zipName } from '../../src/lib/export/files';

const DIR = 'dist/downloads/data';
const ds = loadDataset();
const files = new Map(
  readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(csv|json)$/.test(f))
    .map((f) => [f.replace(/\\/g, '/'), readFileSync(join(DIR, f), 'utf8')] as const),
);

describe('dist/downloads/data/', () => {
  it('holds a CSV and a JSON Schema per table, the JSON and datapackage.json, and they validate', () => {
    expect(files.has('datapackage.json')).toBe(true);
    expect(files.has('chip-ratchet-data.json')).toBe(true);
    const report = checkDataPackage(files);
    expect(report.problems).toEqual([]);
    for (const r of report.descriptor.resources) {
      expect(files.has(r.path)).toBe(true);
      expect(files.has(`schemas/${r.name}.schema.json`)).toBe(true);
    }
  });

  it('holds the zip named with the version, with the same files inside', () => {
    const zip = join(DIR, zipName(ds.meta.version));
    expect(existsSync(zip)).toBe(true);
    const entries = unzipSync(readFileSync(zip));
    const folder = zipName(ds.meta.version).replace(/\.zip$/, '');
    expect(Object.keys(entries).sort()).toEqual([...files.keys()].map((f) => `${folder}/${f}`).sort());
    for (const [name, text] of files) expect(strFromU8(entries[`${folder}/${name}`]!)).toBe(text);
  });

  it('is linked from the /data/ page in every edition', () => {
    for (const lang of LOCALES) {
      const html = readFileSync(`dist/${lang}/data/index.html`, 'utf8');
      for (const name of [zipName(ds.meta.version), 'datapackage.json', 'events.csv', 'schemas/events.schema.json']) expect(html).toContain(`/downloads/data/${name}`);
      expect(html).toContain(ds.meta.version);
    }
  });
});

describe('the Atom feeds', () => {
  it.each(LOCALES)('/%s/feed.xml validates', (lang) => {
    expect(atomProblems(readFileSync(`dist/${lang}/feed.xml`, 'utf8'))).toEqual([]);
  });

  it('are linked from the <head> of every page', () => {
    const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const missing = pages.filter((p) => {
      const head = readFileSync(join('dist', p), 'utf8').split('</head>')[0]!;
      const lang = LOCALES.find((l) => p.startsWith(`${l}/`));
      const feeds = [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      return lang ? !feeds.some((f) => f.endsWith(`/${lang}/feed.xml`)) : !LOCALES.every((l) => feeds.includes(`/${l}/feed.xml`));
    });
    expect(missing).toEqual([]);
  });
});
