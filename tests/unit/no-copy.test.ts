/**
 * No sentence of the VOA article is copied into our data or our story: no
 * 20-character run of its text (whitespace removed) appears in any string of
 * content/data/ or any chapter in content/story/. The article itself is not in
 * the repository; tests/fixtures/article-runs.json holds hashes of its runs.
 * The built pages are checked the same way in tests/e2e/no-copy.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copiedRuns, runHashes } from '../../scripts/lib/text-runs.mjs';

const fixture = JSON.parse(readFileSync('tests/fixtures/article-runs.json', 'utf8')) as { runLength: number; hashes: string[] };
const known = new Set(fixture.hashes);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function filesUnder(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

describe('the no-copy check', () => {
  it('has hashes of the article to compare against', () => {
    expect(fixture.runLength).toBe(20);
    expect(known.size).toBeGreaterThan(1000);
  });

  it('catches a copied run, even with white space inserted', () => {
    const sample = '這是一段用來測試的示範文字，長度超過二十個字元，用來確認偵測機制確實有效。';
    const sampleKnown = new Set(runHashes(sample));
    expect(copiedRuns(`前言 ${sample.slice(3, 30).split('').join(' ')} 後記`, sampleKnown).length).toBeGreaterThan(0);
    expect(copiedRuns('完全不同的另一段文字，沒有任何重複的地方，所以不會被標記出來。', sampleKnown)).toEqual([]);
  });
});

describe.each([
  ...filesUnder('content/data', '.json'),
  ...filesUnder('content/story', '.mdx'),
])('%s', (file) => {
  it('copies no 20-character run of the article', () => {
    const text = readFileSync(file, 'utf8');
    const parts = file.endsWith('.json') ? strings(JSON.parse(text)) : [text];
    const runs = parts.flatMap((p) => copiedRuns(p, known));
    expect(runs, `copied from the article: ${runs.join(' | ')}`).toEqual([]);
  });
});
