/** The page's language for components used inside MDX, where no prop carries it. */
import type { Locale } from '../../lib/schema';

export function pageLocale(current: string | undefined, explicit?: Locale): Locale {
  if (explicit) return explicit;
  if (current === 'en' || current === 'zh-hant') return current;
  throw new Error(`story component rendered outside /en/ or /zh-hant/ (locale: ${String(current)})`);
}
