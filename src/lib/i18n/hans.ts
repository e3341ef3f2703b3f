/**
 * The Simplified Chinese edition is derived, never hand-kept: our Traditional Chinese text goes through
 * OpenCC (Taiwan with phrases → mainland: 軟體→软件, 奈米→纳米) after the reviewed terms in
 * content/i18n/zh-hans-terms.json have replaced what OpenCC keeps in Taiwan usage (微影→光刻,
 * 艾司摩爾→阿斯麦). Corner brackets become the mainland's curly quotes.
 *
 * Server and build only: OpenCC's dictionaries are megabytes. Browser code gets its Simplified strings
 * compiled in by the `bothScripts` macro (src/lib/i18n/both-scripts.ts).
 */
import { Converter } from 'opencc-js/t2cn';
import type { Locale } from '../schema';
import TERMS_FILE from '../../../content/i18n/zh-hans-terms.json' with { type: 'json' };

export type Term = { from: string; to: string; reason: string; seenIn?: string };
export const TERMS: readonly Term[] = TERMS_FILE.terms;

const twpToCn = Converter({ from: 'twp', to: 'cn' });
/** Character-level Traditional → Simplified, no vocabulary: what the round-trip tests use to find a Traditional character left behind. */
export const traditionalToSimplifiedChars = Converter({ from: 't', to: 'cn' });

// Longest first, so 記憶體晶片 wins over 記憶體.
const byLength = [...TERMS].sort((a, b) => b.from.length - a.from.length);
const termPattern = new RegExp(byLength.map((t) => t.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
const termTo = new Map(byLength.map((t) => [t.from, t.to]));

// A term is swapped for a private-use placeholder before OpenCC runs, so OpenCC cannot re-read the
// mainland form (or split it with a phrase of its own), and put back afterwards.
const PUA_START = 0xe000;
const placeholder = (i: number) => String.fromCodePoint(PUA_START + i);
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Our Traditional Chinese text as the Simplified edition prints it. Latin text, digits and markup pass through unchanged. */
export function toHans(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const held: string[] = [];
  const marked = text.replace(termPattern, (m) => {
    held.push(termTo.get(m) ?? m);
    return placeholder(held.length - 1);
  });
  const converted = twpToCn(marked).replace(/[「」『』]/g, (q) => QUOTES[q] ?? q);
  return held.length === 0 ? converted : converted.replace(/[\ue000-\uf8ff]/gu, (p) => held[p.codePointAt(0)! - PUA_START] ?? p);
}

/**
 * A string table (or any value) converted throughout: strings through toHans, functions wrapped so what
 * they return is converted. For server modules; browser modules use the bothScripts macro instead.
 */
export function hansOf<T>(value: T): T {
  if (typeof value === 'string') return toHans(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => hansOf((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map((v) => hansOf(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hansOf(v)])) as T;
  return value;
}

/** A parsed bilingual value with its Simplified Chinese edition added (the schemas' transform). */
export function addHans<T extends { 'zh-hant': string }>(v: T): T & { 'zh-hans': string } {
  return { ...v, 'zh-hans': toHans(v['zh-hant']) };
}

/** Text a server module writes in Traditional Chinese, as the given edition prints it. */
export function inEdition(lang: Locale, zhHant: string): string {
  return lang === 'zh-hans' ? toHans(zhHant) : zhHant;
}

/** A chapter or the teaching guide (MDX) in Simplified: the text converted, links to the Traditional edition pointed at this one. */
export function hansMdx(source: string): string {
  return toHans(source).replace(/(\]\(|href=["'])\/zh-hant\//g, '$1/zh-hans/');
}
