/**
 * The story's lede graphic, "the ratchet in one line": every US or allied
 * measure that tightened chip export controls since 2018, counted as a
 * rising staircase, with the April 2024 rule and the end of our coverage
 * marked. A pure function to an SVG string: the page inlines it (so it
 * paints with the HTML, no script), and the story's Open Graph card
 * rasterises the same drawing in the light theme.
 */
import { line, curveStepAfter } from 'd3-shape';
import { withHans } from '../i18n/with-hans';
import { scaleLinear } from 'd3-scale';
import type { Dataset } from '../data';
import type { DataEvent, Locale } from '../schema';
import { formatDate, toYearFraction } from '../dates';
import { APRIL_2024_RULE, CONTROL_CATEGORIES, inCoverage } from './ratchet';
import { color, FONT_STACK } from './theme';
import type { ThemeName } from './types';
import { escapeXml } from '../images/text-layout';
import { textWidth, wrapText } from './text';

/** The measures the staircase counts, oldest first: US and allied measures that tightened controls. */
export function ledeSteps(ds: Pick<Dataset, 'events' | 'meta'>): DataEvent[] {
  return ds.events
    .filter((e) => inCoverage(ds, e) && e.stage === 'measure' && e.direction === 'tighten' && CONTROL_CATEGORIES.includes(e.category))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const STRINGS = withHans({
  en: {
    title: (n: number, end: string) => `US and allied chip export controls, 2018 to ${end}: ${n} measures that tightened them`,
    desc: (n: number, first: string, april: string) =>
      `A staircase that only climbs: from ${first} to ${n} tightening measures by the US and its allies. The April 2024 rule is step ${april}.`,
    count: (n: number) => `${n} measures`,
    asOf: (d: string) => `as of ${d}`,
    axis: 'Tightening measures, cumulative',
  },
  'zh-hant': {
    title: (n: number, end: string) => `2018年至${end}美國與盟友的晶片出口管制：${n}項收緊措施`,
    desc: (n: number, first: string, april: string) => `一道只升不降的階梯：從${first}起，美國與盟友累計${n}項收緊措施；2024年4月的規則是第${april}步。`,
    count: (n: number) => `${n}項措施`,
    asOf: (d: string) => `截至${d}`,
    axis: '收緊措施累計數',
  },
} as const);

export interface LedeOptions {
  width: number;
  height: number;
  theme?: ThemeName;
  /** Prefix for the title and description ids (unique per page). */
  idPrefix?: string;
}

export function ledeSvg(ds: Pick<Dataset, 'events' | 'meta'>, locale: Locale, options: LedeOptions): string {
  const { width, height, theme = 'css', idPrefix = 'lede' } = options;
  const c = (t: Parameters<typeof color>[0]) => color(t, theme);
  const s = STRINGS[locale];
  const steps = ledeSteps(ds);
  const n = steps.length;
  const narrow = width < 500;
  const fs = narrow ? 12 : 14;
  const m = { top: narrow ? 34 : 40, right: narrow ? 10 : 16, bottom: 22, left: narrow ? 10 : 16 };
  const t0 = Number(ds.meta.coverageStart.slice(0, 4));
  const tEnd = toYearFraction(ds.meta.coverageEnd);
  const endDate = formatDate(ds.meta.coverageEnd, locale, 'month');
  // Room right of the staircase for its end label (bold text runs wider than the estimate: +15 %).
  const endRoom = 12 + 1.15 * Math.max(textWidth(s.count(n), fs + 4), textWidth(s.asOf(endDate), fs - 2));
  const x = scaleLinear().domain([t0, tEnd]).range([m.left, width - m.right - endRoom]);
  const y = scaleLinear().domain([0, n]).range([height - m.bottom, m.top]);
  const points: [number, number][] = [[x(t0), y(0)], ...steps.map((e, i) => [x(toYearFraction(e.date)), y(i + 1)] as [number, number]), [x(tEnd), y(n)]];
  const path = line().curve(curveStepAfter)(points) ?? '';
  const area = `${path}L${x(tEnd).toFixed(1)},${y(0).toFixed(1)}L${x(t0).toFixed(1)},${y(0).toFixed(1)}Z`;
  const years = Array.from({ length: Math.floor(tEnd) - t0 + 1 }, (_, i) => t0 + i).filter((yr) => !narrow || yr % 2 === 0);
  const aprilIndex = steps.findIndex((e) => e.id === APRIL_2024_RULE);
  const april = steps[aprilIndex];
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const f = (v: number) => v.toFixed(1);
  const parts: string[] = [];
  parts.push(`<path d="${area}" fill="${c('series-1')}" fill-opacity="0.12"/>`);
  for (const yr of years) {
    parts.push(`<text x="${f(x(yr))}" y="${height - 6}" fill="${c('muted')}" font-size="${fs - 2}">${yr}</text>`);
  }
  parts.push(`<line x1="${m.left}" x2="${f(x(tEnd))}" y1="${f(y(0))}" y2="${f(y(0))}" stroke="${c('rule')}"/>`);
  if (april) {
    const ax = x(toYearFraction(april.date));
    const ay = y(aprilIndex + 1);
    const label = wrapText(`${formatDate(april.date, locale, 'month')}${locale === 'en' ? ': ' : '：'}${april.title[locale]}`, narrow ? 170 : 280, fs - 1);
    // The label sits left of the rule, above the staircase's lower half (it climbs to the right), wrapped, never cut.
    const lx = ax - 6;
    parts.push(`<line x1="${f(ax)}" x2="${f(ax)}" y1="${m.top - 6}" y2="${f(y(0))}" stroke="${c('ink')}" stroke-dasharray="3 3"/>`);
    parts.push(
      `<text x="${f(lx)}" y="${m.top + 4}" text-anchor="end" fill="${c('ink')}" font-size="${fs - 1}" font-weight="600">${label
        .map((l, i) => `<tspan x="${f(lx)}" dy="${i === 0 ? 0 : fs + 2}">${escapeXml(l)}</tspan>`)
        .join('')}</text>`,
    );
    parts.push(`<circle cx="${f(ax)}" cy="${f(ay)}" r="${narrow ? 5 : 6}" fill="${c('accent-fill')}" stroke="${c('ink')}" stroke-width="2"/>`);
  }
  parts.push(`<path d="${path}" fill="none" stroke="${c('ink')}" stroke-width="${narrow ? 2.5 : 3}" stroke-linejoin="round"/>`);
  const ex = x(tEnd);
  parts.push(`<circle cx="${f(ex)}" cy="${f(y(n))}" r="4" fill="${c('ink')}"/>`);
  parts.push(`<text x="${f(ex + 8)}" y="${f(y(n) + 5)}" fill="${c('ink')}" font-size="${fs + 4}" font-weight="800">${escapeXml(s.count(n))}</text>`);
  parts.push(`<text x="${f(ex + 8)}" y="${f(y(n) + 5 + fs + 4)}" fill="${c('muted')}" font-size="${fs - 2}">${escapeXml(s.asOf(endDate))}</text>`);
  parts.push(`<text x="${m.left}" y="${m.top - 22}" fill="${c('muted')}" font-size="${fs - 2}">${escapeXml(s.axis)}</text>`);
  const style = theme === 'css' ? '' : ` font-family="${escapeXml(FONT_STACK)}"`;
  const first = formatDate(ds.meta.coverageStart, locale, 'year');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="lede__svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}"${style}>` +
    `<title id="${titleId}">${escapeXml(s.title(n, endDate))}</title>` +
    `<desc id="${descId}">${escapeXml(s.desc(n, first, String(aprilIndex + 1)))}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
