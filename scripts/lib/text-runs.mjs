/** Fixed-length runs of text and their hashes: shared by the fixture generator and the no-copy test. */
import { createHash } from 'node:crypto';

export const RUN_LENGTH = 20;

/** Text with all white space removed, so line wrapping and spacing cannot hide a copied run. */
export function squash(text) {
  return text.replace(/\s+/gu, '');
}

/** Truncated SHA-256 of every RUN_LENGTH-character run (by code point) of the squashed text. */
export function runHashes(text, length = RUN_LENGTH) {
  const chars = [...squash(text)];
  const out = [];
  for (let i = 0; i + length <= chars.length; i++) {
    out.push(createHash('sha256').update(chars.slice(i, i + length).join('')).digest('hex').slice(0, 16));
  }
  return out;
}

/** The RUN_LENGTH-character runs of `text` whose hash is in `known` (empty when nothing was copied). */
export function copiedRuns(text, known, length = RUN_LENGTH) {
  const chars = [...squash(text)];
  const found = [];
  for (let i = 0; i + length <= chars.length; i++) {
    const run = chars.slice(i, i + length).join('');
    if (known.has(createHash('sha256').update(run).digest('hex').slice(0, 16))) found.push(run);
  }
  return found;
}

/** Visible text of an HTML document plus the attributes people read (alt, title, aria-label, content). */
export function readableText(html) {
  const withoutCode = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, ' ');
  const attrs = [...withoutCode.matchAll(/\s(?:alt|title|aria-label|content)="([^"]*)"/giu)].map((m) => m[1]);
  const text = withoutCode.replace(/<[^>]+>/gu, '');
  return decodeEntities([text, ...attrs].join('\n'));
}

function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/giu, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/gu, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/gu, '"')
    .replace(/&apos;|&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&amp;/gu, '&');
}
