/**
 * The public corrections log (meta.json `corrections`), looked up by record,
 * and said in words. A corrected figure is flagged wherever it appears: the
 * chart's mark and notes, its data table, its downloads and the sources page.
 */
import type { Correction, CorrectionValue, DatasetMeta, Locale } from './schema';
import { formatDate } from './dates';
import { LOCALE_META } from './i18n/ui';
import { inEdition } from './i18n/hans';

/** Corrections to one record, oldest first. */
export function correctionsOf(meta: Pick<DatasetMeta, 'corrections'>, recordId: string): Correction[] {
  return meta.corrections.filter((c) => c.record === recordId).sort((a, b) => a.date.localeCompare(b.date));
}

/** Marker set beside a corrected figure in charts; explained in the chart's notes. */
export const CORRECTION_MARK = '†';

/** The unit of a corrected field, where its name carries one ("chinaSystemSalesEurM"). */
export function fieldUnit(field: string, lang: Locale): string {
  if (/EurM$/.test(field)) return lang === 'en' ? ' (€ million)' : inEdition(lang, '（百萬歐元）');
  return '';
}

/** A logged value as text: numbers with grouping, one language of a bilingual text. */
export function correctionValueText(v: CorrectionValue, lang: Locale, field = ''): string {
  // Years are written without grouping (2023, not 2,023).
  if (typeof v === 'number') return new Intl.NumberFormat(LOCALE_META[lang].intl, { useGrouping: !/(^|\.)year$/.test(field) }).format(v);
  if (typeof v === 'string') return v;
  return v[lang];
}

/** "was 2,200, now 2,160" with an optional formatter for the field's unit. */
export function correctionChange(c: Correction, lang: Locale, format: (v: CorrectionValue) => string = (v) => correctionValueText(v, lang)): string {
  return lang === 'en' ? `was ${format(c.old)}, now ${format(c.new)}` : inEdition(lang, `原為${format(c.old)}，現為${format(c.new)}`);
}

/** One line for a download's header: ISO date, record, field, old → new, reason (plain, one language). */
export function correctionLine(c: Correction, lang: Locale): string {
  const v = (x: CorrectionValue) => (typeof x === 'object' ? JSON.stringify(x[lang]) : String(x));
  return `${c.date} ${c.file} "${c.record}" ${c.field}: ${v(c.old)} -> ${v(c.new)}. ${c.reason[lang]}`;
}

/** "Corrected 5 December 2026: was …, now …" for a table cell or a tooltip. */
export function correctionNote(c: Correction, lang: Locale, format?: (v: CorrectionValue) => string): string {
  const when = formatDate(c.date, lang);
  return lang === 'en' ? `Corrected ${when}: ${correctionChange(c, lang, format)}` : inEdition(lang, `${when}更正：${correctionChange(c, lang, format)}`);
}
