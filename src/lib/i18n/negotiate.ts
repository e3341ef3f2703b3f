/** Picks an edition from the browser's language list; undefined when neither edition is preferred. */
import type { Locale } from '../schema';

export function pickLocale(languages: readonly string[]): Locale | undefined {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('zh')) return /^zh-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-hant' : 'zh-hans';
    if (tag.startsWith('en')) return 'en';
  }
  return undefined;
}
