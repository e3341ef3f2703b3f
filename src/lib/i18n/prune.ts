/**
 * Island props are serialised into the page's HTML: send only what the
 * reader's edition needs. Every localized value ({ en, zh-hant } as written,
 * plus the derived zh-hans) keeps the page's text and blanks the others, so
 * the shape (and the types) stay the same.
 */
import { LOCALES, type Locale } from '../schema';

function isLocalized(v: unknown): v is Record<Locale, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.includes('en') && keys.includes('zh-hant') && keys.every((k) => (LOCALES as readonly string[]).includes(k));
}

export function forLocale<T>(value: T, lang: Locale): T {
  if (Array.isArray(value)) return value.map((v) => forLocale(v, lang)) as T;
  if (isLocalized(value)) return Object.fromEntries(Object.keys(value).map((k) => [k, k === lang ? value[k as Locale] : ''])) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forLocale(v, lang)])) as T;
  }
  return value;
}
