/**
 * Island props are serialised into the page's HTML: send only what the
 * reader's language needs. Every { en, zh-hant } pair keeps the page's text
 * and blanks the other, so the shape (and the types) stay the same.
 */
import type { Locale } from '../schema';

function isLocalized(v: unknown): v is Record<Locale, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && keys.includes('en') && keys.includes('zh-hant');
}

export function forLocale<T>(value: T, lang: Locale): T {
  if (Array.isArray(value)) return value.map((v) => forLocale(v, lang)) as T;
  if (isLocalized(value)) return { en: lang === 'en' ? value.en : '', 'zh-hant': lang === 'zh-hant' ? value['zh-hant'] : '' } as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forLocale(v, lang)])) as T;
  }
  return value;
}
