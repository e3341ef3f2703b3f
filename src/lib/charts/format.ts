/**
 * Number and date wording for chart labels, tooltips and tables, by locale.
 * Dates go through src/lib/dates.ts so charts and prose agree.
 */
import type { Locale, Precision } from '../schema';
import { formatDate, startOf } from '../dates';
import { precisionOf } from '../schema';
import { inEdition } from '../i18n/hans';

export const INTL: Record<Locale, string> = { en: 'en-GB', 'zh-hant': 'zh-Hant-TW', 'zh-hans': 'zh-Hans-CN' };

export function formatNumber(n: number, locale: Locale, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(INTL[locale], { maximumFractionDigits }).format(n);
}

/** 0.29 → "29%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** EUR millions → "€6.4bn" / "64億歐元"; below a billion, "€850m" / "8.5億歐元". */
export function formatEurMillions(m: number, locale: Locale): string {
  if (locale !== 'en') {
    // 1 億 = 100 million.
    return `${formatNumber(m / 100, locale, m >= 1000 ? 0 : 1)}${inEdition(locale, '億歐元')}`;
  }
  return m >= 1000 ? `€${formatNumber(m / 1000, locale, 1)}bn` : `€${formatNumber(m, locale)}m`;
}

/** An amount to the million, for a correction where the rounded chart label would hide the change: €2,160m, 21.6億歐元. */
export function formatEurMillionsExact(m: number, locale: Locale): string {
  if (locale !== 'en') return `${new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 2 }).format(m / 100)}${inEdition(locale, '億歐元')}`;
  return `€${new Intl.NumberFormat('en-GB').format(m)}m`;
}

/** A partial date as readers write it; short form for labels on narrow charts. */
export function formatPartialDate(date: string, locale: Locale, short = false): string {
  const p = precisionOf(date) ?? 'day';
  if (!short) return formatDate(date, locale, p);
  const [y, m] = startOf(date).split('-').map(Number) as [number, number];
  if (p === 'year') return locale === 'en' ? String(y) : `${y}年`;
  if (p === 'quarter') return formatDate(date, locale, 'quarter');
  const d = new Date(Date.UTC(y, m - 1, 1));
  return new Intl.DateTimeFormat(INTL[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Whole months from one partial date to another (start of each), and whether the count is approximate. */
export function monthsBetween(from: string, to: string): { months: number; approx: boolean } {
  const [y1, m1] = startOf(from).split('-').map(Number) as [number, number];
  const [y2, m2] = startOf(to).split('-').map(Number) as [number, number];
  const coarse = (p: Precision | undefined) => p === 'year' || p === 'quarter';
  return { months: (y2 - y1) * 12 + (m2 - m1), approx: coarse(precisionOf(from)) || coarse(precisionOf(to)) };
}

/** "7 mo", "2.5 yr" / "7 個月", "2.5 年"; "≈" when a date is only known to the year or quarter. */
export function formatLag(months: number, approx: boolean, locale: Locale): string {
  const prefix = approx ? '≈' : '';
  if (months < 24) {
    return locale === 'en' ? `${prefix}${months} mo` : inEdition(locale, `${prefix}${months} 個月`);
  }
  const years = formatNumber(Math.round((months / 12) * 2) / 2, locale, 1);
  return locale === 'en' ? `${prefix}${years} yr` : `${prefix}${years} 年`;
}

/** "5 years" / "5 年". */
export function formatYears(n: number, locale: Locale): string {
  const v = formatNumber(n, locale, 1);
  return locale === 'en' ? `${v} ${n === 1 ? 'year' : 'years'}` : `${v} 年`;
}

/** Year tick label: "2024" in both languages (the axis is labelled). */
export function formatYearTick(y: number): string {
  return String(Math.round(y));
}
