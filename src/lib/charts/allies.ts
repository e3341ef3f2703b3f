/**
 * "Leaning on allies": two panels.
 *
 * Lanes (measures.json): one lane per ally (Netherlands, Japan, South Korea),
 * one row per measure: a hollow dot when the ask was made, a filled dot when
 * the ally acted, a line between them labelled with the lag; a dashed line to
 * the end of the data where no action is public.
 *
 * Sales (asml-china.json + events.json): one bar per year of ASML's system
 * sales to China, labelled with the amount and China's share of all system
 * sales; estimated years lighter with a dashed outline. Dutch licence events
 * (ally-alignment events naming the Netherlands or ASML) are numbered lines.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data';
import type { AsmlChinaYear, DataEvent, Locale, Measure } from '../schema';
import { chartStrings } from '../i18n/charts';
import { startOf, toYearFraction } from '../dates';
import { formatEurMillions, formatEurMillionsExact, formatLag, formatNumber, formatPartialDate, formatShare, formatYearTick, monthsBetween } from './format';
import { DECOR, tagMarks } from './marks';
import { labelLines, textWidth } from './text';
import { palette, panelOptions } from './theme';
import { yearAxisX, yearTicks } from './axes';
import { rankSources, type ChartContext, type ChartDefinition, type ChartPanel } from './types';
import { CORRECTION_MARK, correctionNote, correctionsOf } from '../corrections';

export const ALLIES = ['NL', 'JP', 'KR'] as const;
export type Ally = (typeof ALLIES)[number];

export interface MeasureRow {
  key: string;
  measure: Measure;
  ally: Ally;
  askT: number;
  actT?: number;
  lag?: { months: number; approx: boolean };
}

export function measureRows(ds: Pick<Dataset, 'measures'>): MeasureRow[] {
  return ds.measures
    .filter((m): m is Measure & { ally: Ally } => (ALLIES as readonly string[]).includes(m.ally))
    .map((measure) => ({
      key: measure.id,
      measure,
      ally: measure.ally,
      askT: toYearFraction(measure.askedOn),
      ...(measure.actedOn ? { actT: toYearFraction(measure.actedOn), lag: monthsBetween(measure.askedOn, measure.actedOn) } : {}),
    }))
    .sort((a, b) => ALLIES.indexOf(a.ally) - ALLIES.indexOf(b.ally) || a.askT - b.askT);
}

export function salesRows(ds: Pick<Dataset, 'asmlChina'>): AsmlChinaYear[] {
  return [...ds.asmlChina].sort((a, b) => a.year - b.year);
}

/** Logged corrections to a year's China amount: flagged on its bar, in its tooltip, table row and downloads. */
export function salesCorrections(ds: Pick<Dataset, 'meta'>, row: AsmlChinaYear) {
  return correctionsOf(ds.meta, row.id).filter((c) => c.field === 'chinaSystemSalesEurM');
}

/** A corrected amount as the chart writes amounts. */
export function salesCorrectionNote(ds: Pick<Dataset, 'meta'>, row: AsmlChinaYear, locale: Locale): string | undefined {
  const c = salesCorrections(ds, row).at(-1);
  return c && correctionNote(c, locale, (v) => (typeof v === 'number' ? formatEurMillionsExact(v, locale) : String(v)));
}

/** Dutch licence decisions: ally-alignment measures (not reports or asks) naming the Netherlands or ASML, within the sales years. */
export function licenceEvents(ds: Pick<Dataset, 'events' | 'asmlChina' | 'companyById'>): DataEvent[] {
  const years = ds.asmlChina.map((a) => a.year);
  if (!years.length) return [];
  const [lo, hi] = [Math.min(...years), Math.max(...years) + 1];
  const asml = [...ds.companyById.values()].filter((c) => c.name.en === 'ASML').map((c) => c.id);
  return ds.events.filter((e) => {
    if (e.category !== 'ally-alignment' || e.stage !== 'measure') return false;
    if (!e.actors.countries.includes('NL') && !e.actors.companies.some((c) => asml.includes(c))) return false;
    const t = toYearFraction(e.date);
    return t >= lo && t < hi;
  });
}

/** The lag between ask and action, or, where no action is dated, what became of the ask. */
export function lagText(row: MeasureRow, locale: Locale): string {
  const s = chartStrings(locale).allies;
  if (row.lag) return formatLag(row.lag.months, row.lag.approx, locale);
  const status = row.measure.status;
  return status === 'asked' ? s.noAction : s.status[status];
}

/** Measures whose ally has no lane here (the chart covers the Netherlands, Japan and South Korea). */
export function otherAllyMeasures(ds: Pick<Dataset, 'measures'>): Measure[] {
  return ds.measures.filter((m) => !(ALLIES as readonly string[]).includes(m.ally));
}

function measureTip(row: MeasureRow, part: 'ask' | 'action', locale: Locale): string {
  const s = chartStrings(locale).allies;
  const m = row.measure;
  const lines = [`${s.allies[row.ally]} · ${s.ask}: ${m.ask[locale]} (${formatPartialDate(m.askedOn, locale)})`];
  if (m.action && m.actedOn) lines.push(`${s.action}: ${m.action[locale]} (${formatPartialDate(m.actedOn, locale)})`);
  lines.push(`${s.lag}: ${lagText(row, locale)}`);
  if (part === 'action') lines.push(lines.shift()!);
  return lines.join('\n');
}

export function alliesSpec(ds: Dataset, ctx: ChartContext): ChartPanel[] {
  return [lanesPanel(ds, ctx), salesPanel(ds, ctx)];
}

function lanesPanel(ds: Dataset, ctx: ChartContext): ChartPanel {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).allies;
  const narrow = width < 500;
  const rows = measureRows(ds);
  const endT = toYearFraction(startOf(ds.meta.coverageEnd)) + 1 / 365;
  const y0 = Math.min(Number(ds.meta.coverageStart.slice(0, 4)), ...rows.map((r) => Math.floor(r.askT)));
  const y1 = Math.ceil(Math.max(endT, ...rows.map((r) => r.actT ?? 0)));
  const marginLeft = 18;
  // Room for half of the last year label (12 px), which sits centred on the right edge.
  const marginRight = Math.max(narrow ? 14 : 20, Math.ceil(textWidth(formatYearTick(y1), 12) / 2) + 2);
  const px = (t: number) => marginLeft + ((t - y0) / (y1 - y0)) * (width - marginLeft - marginRight);

  const headingH = 22;
  const rowH = 32;
  /** Line height of a wrapped label (11 px text). */
  const LABEL_LINE = 13;
  const lanePad = 8;
  type Placed = MeasureRow & { y: number; label: string; labelX: number; labelAnchor: 'start' | 'end'; note: string; noteT: number; noteAnchor: 'start' | 'end' };
  const placed: Placed[] = [];
  const headings: { ally: Ally; y: number; text: string }[] = [];
  let cursor = 0;
  for (const ally of ALLIES) {
    const inLane = rows.filter((r) => r.ally === ally);
    if (!inLane.length) continue;
    headings.push({ ally, y: cursor + headingH / 2, text: s.allies[ally]! });
    cursor += headingH;
    for (const row of inLane) {
      const x = px(row.askT);
      const room = width - marginRight - x;
      // The ask, never cut: from the ask dot rightwards if it fits there in two lines,
      // else right-aligned across the whole width; the data's short form where the full one needs three.
      const ask = row.measure.ask[locale];
      const short = row.measure.shortAsk?.[locale];
      const fromDot = room >= 150 ? labelLines(ask, short, room, 11) : [];
      const anchor = fromDot.length > 0 && fromDot.length <= 2 ? 'start' : 'end';
      const lines = anchor === 'start' ? fromDot : labelLines(ask, short, width - marginLeft - marginRight, 11);
      const extra = (lines.length - 1) * LABEL_LINE;
      cursor += extra;
      // Lag or status text: right of the action dot, else right of the ask dot, else left of it.
      const note = lagText(row, locale);
      const nw = textWidth(note, 11) * 1.08 + 9;
      const fits = (t: number) => px(t) + nw <= width - marginRight + 4;
      const noteAt: { noteT: number; noteAnchor: 'start' | 'end' } =
        row.actT !== undefined
          ? fits(row.actT)
            ? { noteT: row.actT, noteAnchor: 'start' }
            : { noteT: row.askT, noteAnchor: 'end' }
          : fits(row.askT)
            ? { noteT: row.askT, noteAnchor: 'start' }
            : { noteT: row.askT, noteAnchor: 'end' };
      placed.push({
        ...row,
        y: cursor + rowH - 9,
        label: lines.join('\n'),
        labelX: anchor === 'start' ? row.askT : y1,
        labelAnchor: anchor,
        note,
        ...noteAt,
      });
      cursor += rowH;
    }
    cursor += lanePad;
  }
  const innerH = cursor;
  const marginTop = 26;
  const marginBottom = 26;
  const height = marginTop + innerH + marginBottom;

  const acted = placed.filter((p) => p.actT !== undefined);
  const open = placed.filter((p) => p.actT === undefined);
  const tag = (data: Placed[], part: 'ask' | 'action') =>
    tagMarks(data, {
      key: (d) => d.key,
      group: (d) => d.key,
      tip: (d) => measureTip(d, part, locale),
      order: (d) => placed.indexOf(d) * 2 + (part === 'action' ? 1 : 0),
      attrs: () => ({ part }),
    });
  const ticks = yearTicks(y0, y1, narrow ? 2 : 1);
  const keyY = -16;

  return {
    id: 'lanes',
    heading: s.lanesHeading,
    options: {
      ...panelOptions({ width, height, marginLeft, marginRight, marginTop, marginBottom }, 12, theme),
      x: yearAxisX([y0, y1], [marginLeft, width - marginRight], ticks),
      y: { type: 'linear', domain: [0, innerH], range: [marginTop, marginTop + innerH], axis: null },
      color: { type: 'identity' },
      marks: [
        Plot.ruleX(Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i), { ...DECOR, stroke: c('grid') }),
        // Key, in the top margin.
        Plot.dot([0], { ...DECOR, x: y0, y: keyY, dx: 6, r: 5, fill: c('bg'), stroke: c('series-1'), strokeWidth: 2 }),
        Plot.text([s.ask], { ...DECOR, x: y0, y: keyY, dx: 15, textAnchor: 'start', fill: c('ink') }),
        Plot.dot([0], { ...DECOR, x: y0, y: keyY, dx: 30 + textWidth(s.ask, 12), r: 5, fill: c('series-3') }),
        Plot.text([s.action], { ...DECOR, x: y0, y: keyY, dx: 39 + textWidth(s.ask, 12), textAnchor: 'start', fill: c('ink') }),
        Plot.text(headings, { ...DECOR, x: y0, y: 'y', text: 'text', textAnchor: 'start', fontWeight: 700, fill: c('ink') }),
        Plot.text(
          placed.filter((p) => p.labelAnchor === 'start'),
          { ...DECOR, x: 'labelX', y: (d: Placed) => d.y - 8, text: 'label', textAnchor: 'start', fontSize: 11, lineAnchor: 'bottom', lineHeight: 13 / 11, fill: c('muted') },
        ),
        Plot.text(
          placed.filter((p) => p.labelAnchor === 'end'),
          { ...DECOR, x: 'labelX', y: (d: Placed) => d.y - 8, text: 'label', textAnchor: 'end', fontSize: 11, lineAnchor: 'bottom', lineHeight: 13 / 11, fill: c('muted') },
        ),
        Plot.ruleY(acted, { ...DECOR, x1: 'askT', x2: 'actT', y: 'y', stroke: c('series-3'), strokeWidth: 2 }),
        Plot.ruleY(open, { ...DECOR, x1: 'askT', x2: endT, y: 'y', stroke: c('muted'), strokeWidth: 1.5, strokeDasharray: '4 3' }),
        ...(['start', 'end'] as const).map((anchor) =>
          Plot.text(
            placed.filter((p) => p.noteAnchor === anchor),
            {
              ...DECOR,
              x: 'noteT',
              y: 'y',
              text: 'note',
              dx: anchor === 'start' ? 9 : -9,
              textAnchor: anchor,
              fontSize: 11,
              fontWeight: 600,
              fill: c('ink'),
              stroke: c('bg'),
              strokeWidth: 3,
              paintOrder: 'stroke',
            },
          ),
        ),
        Plot.dot(placed, { x: 'askT', y: 'y', r: 5, fill: c('bg'), stroke: c('series-1'), strokeWidth: 2, render: tag(placed, 'ask') }),
        Plot.dot(acted, { x: 'actT', y: 'y', r: 5, fill: c('series-3'), stroke: c('bg'), strokeWidth: 1, render: tag(acted, 'action') }),
      ],
    },
  };
}

function salesPanel(ds: Dataset, ctx: ChartContext): ChartPanel {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).allies;
  const f = chartStrings(locale).figure;
  const narrow = width < 500;
  const rows = salesRows(ds);
  const events = licenceEvents(ds);
  const years = rows.map((r) => r.year);
  const x0 = Math.min(...years);
  const x1 = Math.max(...years) + 1;
  const max = Math.max(...rows.map((r) => r.chinaSystemSalesEurM));
  // Ticks: whole billions in English, tens of 億 (hundreds of millions) in Chinese.
  const unit = locale === 'en' ? 1000 : 100;
  const top = max * 1.3;
  const step = niceTickStep(top / unit) * unit;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  const marginLeft = 34;
  const marginRight = narrow ? 10 : 20;
  // Numbered event markers above the bars, stacked where they would touch.
  const pxOf = (t: number) => marginLeft + ((t - x0) / (x1 - x0)) * (width - marginLeft - marginRight);
  const ends: number[] = [];
  const levels = events.map((e) => {
    const x = pxOf(toYearFraction(e.date));
    let level = ends.findIndex((end) => end < x - 9);
    if (level === -1) level = ends.length;
    ends[level] = x + 9;
    return level;
  });
  const markerRows = Math.max(0, ...levels.map((l) => l + 1));
  const marginTop = events.length ? 16 + markerRows * 18 : 12;
  const marginBottom = 28;
  const plotH = narrow ? 200 : 240;
  const height = marginTop + plotH + marginBottom;

  const mark = (r: AsmlChinaYear) => (salesCorrections(ds, r).length ? CORRECTION_MARK : '');
  const bars = rows.map((r) => ({ ...r, label: `${formatEurMillions(r.chinaSystemSalesEurM, locale)}${mark(r)}\n${formatShare(r.chinaShareOfSystemSales, locale)}` }));
  const numbered = events.map((e, i) => ({ event: e, n: i + 1, t: toYearFraction(e.date), dy: -12 - levels[i]! * 18 }));
  const tip = (r: AsmlChinaYear) =>
    [
      `${r.year}: ${formatEurMillions(r.chinaSystemSalesEurM, locale)}`,
      `${s.salesColumns.share}: ${formatShare(r.chinaShareOfSystemSales, locale)}`,
      `${s.salesColumns.total}: ${formatEurMillions(r.systemSalesEurM, locale)}`,
      ...(r.estimate ? [f.estimate] : []),
      ...(salesCorrectionNote(ds, r, locale) ? [`${CORRECTION_MARK} ${salesCorrectionNote(ds, r, locale)}`] : []),
    ].join('\n');
  const barLabelSize = narrow ? 10 : 11.5;

  return {
    id: 'sales',
    heading: s.salesHeading,
    options: {
      ...panelOptions({ width, height, marginLeft, marginRight, marginTop, marginBottom }, 12, theme),
      x: { type: 'linear', domain: [x0, x1], range: [marginLeft, width - marginRight], axis: null },
      y: { type: 'linear', domain: [0, top], range: [marginTop + plotH, marginTop], ticks, tickFormat: (v: number) => formatNumber(v / unit, locale), tickSize: 0, label: s.yLabel, labelAnchor: 'top', labelArrow: 'none', grid: false },
      color: { type: 'identity' },
      marks: [
        Plot.ruleY(ticks, { ...DECOR, stroke: c('grid') }),
        Plot.text(years, { ...DECOR, x: (y: number) => y + 0.5, frameAnchor: 'bottom', dy: 16, text: (y: number) => formatYearTick(y), fill: c('ink') }),
        Plot.ruleX(numbered, {
          ...DECOR,
          x: 't',
          y1: 0,
          y2: top,
          stroke: c('accent'),
          strokeDasharray: '3 3',
          // Reach up to the event's marker, whatever row it sits in.
          render: (index, scales, values, dimensions, context, next) => {
            const g = next!(index, scales, values, dimensions, context);
            Array.from(g?.children ?? []).forEach((el, j) => {
              const top = Math.min(Number(el.getAttribute('y1')), Number(el.getAttribute('y2')));
              el.setAttribute(Number(el.getAttribute('y1')) < Number(el.getAttribute('y2')) ? 'y1' : 'y2', String(top + numbered[index[j]!]!.dy + 8));
            });
            return g;
          },
        }),
        Plot.rectY(bars, {
          x1: (d: AsmlChinaYear) => d.year + 0.14,
          x2: (d: AsmlChinaYear) => d.year + 0.86,
          y1: 0,
          y2: 'chinaSystemSalesEurM',
          fill: c('series-1'),
          fillOpacity: (d: AsmlChinaYear) => (d.estimate ? 0.4 : 1),
          stroke: (d: AsmlChinaYear) => (d.estimate ? c('series-1') : 'none'),
          strokeDasharray: '3 2',
          render: tagMarks(bars, { key: (d) => d.id, tip, attrs: (d) => ({ estimate: String(d.estimate) }) }),
        }),
        Plot.text(bars, {
          ...DECOR,
          x: (d: AsmlChinaYear) => d.year + 0.5,
          y: 'chinaSystemSalesEurM',
          text: 'label',
          lineAnchor: 'bottom',
          dy: -4,
          fontSize: barLabelSize,
          lineHeight: 1.2,
          fill: c('ink'),
          stroke: c('bg'),
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        Plot.ruleY([0], { ...DECOR, stroke: c('ink') }),
        // Licence events: numbered lines (the lines behind the bars).
        Plot.dot(numbered, {
          x: 't',
          y: top,
          dy: 0,
          r: 8,
          fill: c('bg'),
          stroke: c('accent'),
          strokeWidth: 1.5,
          render: composeRenders(
            shiftUp(numbered),
            tagMarks(numbered, {
              key: (d) => d.event.id,
              tip: (d) => `${d.n}. ${formatPartialDate(d.event.date, locale)} · ${d.event.title[locale]}`,
              attrs: () => ({ part: 'licence-event' }),
            }),
          ),
        }),
        Plot.text(numbered, { ...DECOR, x: 't', y: top, render: shiftUp(numbered), text: (d: { n: number }) => String(d.n), fontSize: 10, fontWeight: 700, fill: c('accent') }),
      ],
    },
  };
}

/** Moves each element up by its row's `dy` (Plot's dy is one value per mark). */
const shiftUp =
  (data: { dy: number }[]): Plot.RenderFunction =>
  (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    Array.from(g.children).forEach((el, j) => {
      const dy = data[index[j]!]!.dy;
      const t = el.getAttribute('transform');
      if (t) el.setAttribute('transform', `${t} translate(0,${dy})`);
      else if (el.hasAttribute('cy')) el.setAttribute('cy', String(Number(el.getAttribute('cy')) + dy));
      else el.setAttribute('transform', `translate(0,${dy})`);
    });
    return g;
  };

/** Runs render transforms one inside the other: the first receives the second's output. */
function composeRenders(outer: Plot.RenderFunction, inner: Plot.RenderFunction): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) =>
    outer(index, scales, values, dimensions, context, (i, s, v, d, c) => inner(i, s, v, d, c, next));
}

function niceTickStep(range: number): number {
  const raw = range / 3;
  const k = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * k).find((v) => v >= raw) ?? 10 * k;
}

export const alliesChart: ChartDefinition = {
  id: 'allies',
  data: ['measures.json', 'asml-china.json', 'events.json', 'sources.json'],
  spec: alliesSpec,
  notes: (ds, locale) => {
    const s = chartStrings(locale).allies;
    const events = licenceEvents(ds);
    const colon = locale === 'en' ? ': ' : '：';
    const list = events.map((e, i) => `${i + 1}. ${formatPartialDate(e.date, locale)}${colon}${e.title[locale]}`).join(locale === 'en' ? '; ' : '；');
    const others = otherAllyMeasures(ds);
    const othersNote = others.length ? [s.otherAllies(others.map((m) => `${m.ask[locale]}${locale === 'en' ? ' (' : '（'}${s.allies[m.ally] ?? m.ally}${locale === 'en' ? ', ' : '，'}${formatPartialDate(m.askedOn, locale)}${locale === 'en' ? ')' : '）'}`).join(locale === 'en' ? '; ' : '；'))] : [];
    // Notes on single years (how a figure was derived) are in the data table, beside the figure.
    const corrected = salesRows(ds).filter((r) => salesCorrections(ds, r).length).map((r) => `${r.year}${locale === 'en' ? '' : '年'}`);
    const correctedNote = corrected.length ? [s.corrected(CORRECTION_MARK, corrected.join(locale === 'en' ? ', ' : '、'))] : [];
    return [...s.notes, ...correctedNote, ...(events.length ? [`${s.licenceEvents} ${list}${locale === 'en' ? '.' : '。'}`] : []), ...othersNote];
  },
  sources: (ds) => rankSources([...measureRows(ds).map((r) => r.measure), ...salesRows(ds), ...licenceEvents(ds)]),
  summary: (ds, locale) => {
    const s = chartStrings(locale).allies;
    const rows = measureRows(ds);
    const lags = rows.flatMap((r) => (r.lag ? [r.lag.months] : [])).sort((a, b) => a - b);
    const median = lags.length ? (lags.length % 2 ? lags[(lags.length - 1) / 2]! : Math.round((lags[lags.length / 2 - 1]! + lags[lags.length / 2]!) / 2)) : 0;
    const sales = salesRows(ds);
    const peak = sales.reduce<AsmlChinaYear | undefined>((a, b) => (!a || b.chinaSystemSalesEurM > a.chinaSystemSalesEurM ? b : a), undefined);
    return s.summary({
      measures: rows.length,
      acted: lags.length,
      median: formatLag(median, rows.some((r) => r.lag?.approx), locale),
      peakYear: peak ? (locale === 'en' ? String(peak.year) : `${peak.year}年`) : '—',
      peak: peak ? formatEurMillions(peak.chinaSystemSalesEurM, locale) : '—',
      peakShare: peak ? formatShare(peak.chinaShareOfSystemSales, locale) : '—',
    });
  },
};

