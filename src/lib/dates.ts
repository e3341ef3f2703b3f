/**
 * Partial dates ("2024", "2024-Q2", "2024-03", "2024-04-04"): ordering and
 * formatting. Pure; the locale decides only the wording.
 */
import { precisionOf, type Locale, type Precision } from './schema';

/** First calendar day a partial date can mean, as YYYY-MM-DD. Used for sorting and "not in the future". */
export function startOf(date: string): string {
  const p = precisionOf(date);
  if (p === 'day') return date;
  if (p === 'month') return `${date}-01`;
  if (p === 'quarter') {
    const q = Number(date.slice(-1));
    return `${date.slice(0, 4)}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  }
  if (p === 'year') return `${date}-01-01`;
  throw new Error(`not a partial date: ${JSON.stringify(date)}`);
}

/**
 * A partial date as an HTML `datetime` value. HTML has no quarter: a quarter is given as its first month,
 * and the element's text says the quarter. Days, months and years are valid as they are.
 */
export function htmlDatetime(date: string): string {
  return precisionOf(date) === 'quarter' ? startOf(date).slice(0, 7) : date;
}

/** Fractional year of the start of a partial date, for placing marks on a time axis. */
export function toYearFraction(date: string): number {
  const [y, m, d] = startOf(date).split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function compareDates(a: string, b: string): number {
  const sa = startOf(a);
  const sb = startOf(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-hant': 'zh-Hant-TW', 'zh-hans': 'zh-Hans-CN' };

/** "4 April 2024" / "2024年4月4日", "March 2024" / "2024年3月", "Q2 2024" / "2024年第2季", "2024" / "2024年". */
export function formatDate(date: string, locale: Locale, precision: Precision = precisionOf(date) ?? 'day'): string {
  const [y, m, d] = startOf(date).split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  const intl = INTL_LOCALE[locale];
  switch (precision) {
    case 'day':
      return new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
    case 'month':
      return new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + 1;
      return locale === 'en' ? `Q${q} ${y}` : `${y}年第${q}季`;
    }
    case 'year':
      return locale === 'en' ? String(y) : `${y}年`;
  }
}
