/**
 * Every embeddable item, in both languages, has in dist/: an embed page, an
 * oEmbed file that parses and has the required fields, an Open Graph image of
 * 1200×630; and every chart has CSV and JSON downloads whose rows are exactly
 * its data table's rows, a standalone SVG and a PNG.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/lib/load-data';
import { embedItems } from '../../src/lib/embed/registry';
import { downloadList } from '../../src/lib/embed/files';
import { chartTables } from '../../src/lib/charts/table';
import { LOCALES } from '../../src/lib/schema';
import { readdirSync } from 'node:fs';
import { storyRefs } from '../../src/lib/story-refs';

const ds = loadDataset();
const items = embedItems(ds);
const png = (path: string) => {
  const buf = readFileSync(path);
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
};

/** Rows of a CSV written by tableCsv: "#" lines skipped, quoted fields understood. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') cells.push(cur), (cur = '');
      else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

describe.each(LOCALES)('%s', (lang) => {
  it.each(items.map((i) => [i.id, i] as const))('%s: embed page, oEmbed and OG image', (_id, item) => {
    expect(existsSync(join('dist', lang, 'embed', item.id, 'index.html'))).toBe(true);
    const o = JSON.parse(readFileSync(join('dist', 'oembed', lang, `${item.id}.json`), 'utf8'));
    expect(o).toMatchObject({ type: 'rich', version: '1.0', title: item.title[lang], width: 640, height: item.height });
    expect(o.html).toContain(`/${lang}/embed/${item.id}/`);
    expect(o.html).toMatch(/^<iframe [^>]*><\/iframe>\n<script async src="[^"]+\/embed\.js"><\/script>$/);
    expect(o.thumbnail_url).toMatch(new RegExp(`/og/${lang}/${item.kind}-${item.id}\\.png$`));
    expect(png(join('dist', 'og', lang, `${item.kind}-${item.id}.png`))).toEqual({ width: 1200, height: 630 });
  });

  it.each(items.filter((i) => i.kind === 'chart').map((i) => i.id))('%s: CSV and JSON rows equal the data table; SVG and PNG exist', (id) => {
    const tables = chartTables(id as never, ds, lang);
    const files = downloadList(ds, id as never, lang);
    const json = JSON.parse(readFileSync(join('dist', 'downloads', lang, `${id}.json`), 'utf8'));
    expect(json.licence.name).toBe(ds.meta.licence.name);
    expect(json.sources.length).toBeGreaterThan(0);
    expect(json.tables.map((t: { id: string }) => t.id)).toEqual(tables.map((t) => t.id));
    tables.forEach((t, i) => {
      expect(json.tables[i].rows.map((r: { key: string }) => r.key)).toEqual(t.rows.map((r) => r.key));
      const csvName = files.filter((f) => f.name.endsWith('.csv'))[i]!.name;
      const text = readFileSync(join('dist', 'downloads', lang, csvName), 'utf8');
      expect(text).toMatch(/^# .+\n# .+\n# Licence: /);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(['key', ...t.columns.map((c) => c.key), 'sources']);
      expect(rows.map((r) => r[0])).toEqual(t.rows.map((r) => r.key));
    });
    expect(readFileSync(join('dist', 'downloads', lang, `${id}.svg`), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(png(join('dist', 'downloads', lang, `${id}.png`)).width).toBeGreaterThan(900);
  });

  it('has an Open Graph image for the story and every chapter', () => {
    expect(png(join('dist', 'og', lang, 'story.png'))).toEqual({ width: 1200, height: 630 });
    const anchors = readdirSync(join('content/story', lang)).map((f) => storyRefs(readFileSync(join('content/story', lang, f), 'utf8')).anchor);
    expect(anchors).toHaveLength(8);
    for (const anchor of anchors) {
      expect(png(join('dist', 'og', lang, `chapter-${anchor}.png`))).toEqual({ width: 1200, height: 630 });
    }
  });
});
