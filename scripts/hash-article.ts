/**
 * Writes tests/fixtures/article-runs.json: a hash of every 20-character run of
 * the VOA article's text (whitespace removed, per paragraph), so the tests can
 * prove no sentence of it appears on the site without committing the text.
 *
 * The article is hashed three times: as published (Traditional), as our
 * Simplified edition would print it (toHans: terms and OpenCC), and converted
 * character by character. A copied run converted to Simplified is still copied,
 * and the zh-hans pages are checked against all three.
 * Run once when the article file or the zh-hans terms change:
 *   npm run hash-article -- ../shared/seed/voa-2024-04-article.zh-hant.txt
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runHashes, RUN_LENGTH } from './lib/text-runs.mjs';
import { toHans, traditionalToSimplifiedChars } from '../src/lib/i18n/hans';

const input = process.argv[2] ?? '../shared/seed/voa-2024-04-article.zh-hant.txt';
const text = readFileSync(input, 'utf8');
const hashes = new Set<string>();
for (const paragraph of text.split(/\n+/)) {
  for (const form of [paragraph, toHans(paragraph), traditionalToSimplifiedChars(paragraph)]) for (const h of runHashes(form)) hashes.add(h);
}
const out = {
  description: `Truncated SHA-256 of every ${RUN_LENGTH}-character run of the source article, whitespace removed, per paragraph: as published, through toHans, and converted character by character to Simplified.`,
  runLength: RUN_LENGTH,
  count: hashes.size,
  hashes: [...hashes].sort(),
};
writeFileSync('tests/fixtures/article-runs.json', JSON.stringify(out) + '\n');
console.log(`wrote ${hashes.size} run hashes`);
