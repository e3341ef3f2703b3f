/**
 * How current the account is, said the same way everywhere it is shown (page
 * header and footer, embeds, Open Graph cards, downloads): the latest event it
 * covers and the day its sources were last checked. The two differ, and a
 * reader must see both: "Data as of December 2026" alone would suggest events
 * up to December 2026.
 */
import type { DatasetMeta, Locale } from './schema';
import { formatDate } from './dates';
import { withHans } from './i18n/with-hans';

const LABELS = withHans({
  en: { through: 'Events through', checked: 'sources checked' },
  'zh-hant': { through: '事件涵蓋至', checked: '來源查核於' },
} as const);

export function accountLabels(lang: Locale) {
  return LABELS[lang];
}

/** "Events through 13 January 2026 · sources checked 5 December 2026" in the page's language. */
export function accountLine(meta: Pick<DatasetMeta, 'coverageEnd' | 'asOf'>, lang: Locale): string {
  const l = LABELS[lang];
  const sep = lang === 'en' ? ' ' : '';
  return `${l.through}${sep}${formatDate(meta.coverageEnd, lang)} · ${l.checked}${sep}${formatDate(meta.asOf, lang)}`;
}
