/** The page's language for components used inside MDX, where no prop carries it. */
import { LOCALES, type Locale } from '../../lib/schema';

export function pageLocale(current: string | undefined, explicit?: Locale): Locale {
  if (explicit) return explicit;
  const found = LOCALES.find((l) => l === current);
  if (found) return found;
  throw new Error(`story component rendered outside an edition's pages (${LOCALES.map((l) => `/${l}/`).join(', ')}; locale: ${String(current)})`);
}
