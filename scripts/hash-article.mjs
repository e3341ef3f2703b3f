/**
 * Writes tests/fixtures/article-runs.json: a hash of every 20-character run of
 * the VOA article's text (whitespace removed, per paragraph), so the tests can
 * prove no sentence of it appears on the site without committing the text.
 * Run once when the article file changes:
 *   node scripts/hash-article.mjs ../shared/seed/voa-2024-04-article.zh-hant.txt
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runHashes, RUN_LENGTH } from './lib/text-runs.mjs';

const input = process.argv[2] ?? '../shared/seed/voa-2024-04-article.zh-hant.txt';
const text = readFileSync(input, 'utf8');
const hashes = new Set();
for (const paragraph of text.split(/\n+/)) for (const h of runHashes(paragraph)) hashes.add(h);
const out = {
  description: `Truncated SHA-256 of every ${RUN_LENGTH}-character run of the source article, whitespace removed, per paragraph.`,
  runLength: RUN_LENGTH,
  count: hashes.size,
  hashes: [...hashes].sort(),
};
writeFileSync('tests/fixtures/article-runs.json', JSON.stringify(out) + '\n');
console.log(`wrote ${hashes.size} run hashes`);
