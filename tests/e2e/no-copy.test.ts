/** No built page carries a 20-character run of the VOA article (see tests/unit/no-copy.test.ts). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copiedRuns, readableText } from '../../scripts/lib/text-runs.mjs';

const known = new Set((JSON.parse(readFileSync('tests/fixtures/article-runs.json', 'utf8')) as { hashes: string[] }).hashes);
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('built pages', () => {
  it('exist', () => {
    expect(pages.length).toBeGreaterThan(2);
  });

  it.each(pages)('%s copies no run of the article', (page) => {
    const runs = copiedRuns(readableText(readFileSync(join('dist', page), 'utf8')), known);
    expect(runs, runs.join(' | ')).toEqual([]);
  });
});
