/**
 * "The ratchet": control measures 2018–2025 as swimlanes by the kind of item
 * they reached, China's countermeasures in their own lane, the April 2024
 * rule marked.
 *
 * Data → marks: one mark per (event, lane), for events with stage "measure"
 * (reports and asks are not steps of the ratchet). Lanes come from the
 * category (entity-list → lists, china-response → China) and `touches`
 * (chips, equipment + materials, persons, servicing, entities). A US rule or
 * allied measure with no `touches` reached nothing we can classify and is
 * not drawn (the notes name it). Shape says who acted (circle US, diamond
 * ally, triangle China); a hollow mark eased controls (direction "loosen").
 * `entitiesAdded` prints beside the mark. Marks that would overlap in a lane
 * are stacked on extra rows.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data';
import type { DataEvent, Locale } from '../schema';
import { startOf, toYearFraction } from '../dates';
import { chartStrings } from '../i18n/charts';
import { formatNumber, formatPartialDate, formatYearTick } from './format';
import { DECOR, tagMarks } from './marks';
import { textWidth } from './text';
import { palette, panelOptions } from './theme';
import { yearAxisX, yearTicks } from './axes';
import { rankSources, type ChartContext, type ChartDefinition, type ChartPanel } from './types';

export const APRIL_2024_RULE = '2024-04-04-computers-rule';

export const LANES = ['chips', 'equipment', 'entities', 'persons', 'servicing', 'china'] as const;
export type Lane = (typeof LANES)[number];

export type Actor = 'us' | 'ally' | 'china';

export function actorOf(e: DataEvent): Actor {
  return e.category === 'china-response' ? 'china' : e.category === 'ally-alignment' ? 'ally' : 'us';
}

const SHAPE: Record<Actor, { symbol: string; token: 'series-1' | 'series-3' | 'series-2' }> = {
  us: { symbol: 'circle', token: 'series-1' },
  ally: { symbol: 'diamond', token: 'series-3' },
  china: { symbol: 'triangle', token: 'series-2' },
};

export interface RatchetRow {
  /** `<event id>@<lane>`: unique per dot. */
  key: string;
  event: DataEvent;
  lane: Lane;
  /** Fractional year of the event date. */
  t: number;
}

export const CONTROL_CATEGORIES: readonly DataEvent['category'][] = ['us-rule', 'entity-list', 'ally-alignment'];

/** The lanes an event is drawn in; empty when it is not a measure we can classify. */
export function lanesOf(e: DataEvent): Lane[] {
  if (e.stage !== 'measure') return [];
  if (e.category === 'china-response') return ['china'];
  if (!CONTROL_CATEGORIES.includes(e.category)) return [];
  const lanes = new Set<Lane>();
  if (e.category === 'entity-list') lanes.add('entities');
  for (const scope of e.touches ?? []) {
    if (scope === 'materials') lanes.add('equipment');
    else lanes.add(scope);
  }
  return LANES.filter((l) => lanes.has(l));
}

export const inCoverage = (ds: Pick<Dataset, 'meta'>, e: DataEvent) => {
  const start = startOf(e.date);
  return start >= ds.meta.coverageStart && start <= ds.meta.coverageEnd;
};

/** Rows the chart draws (and its data table lists), in date order then lane order. */
export function ratchetRows(ds: Pick<Dataset, 'events' | 'meta'>): RatchetRow[] {
  const rows: RatchetRow[] = [];
  for (const event of ds.events) {
    if (!inCoverage(ds, event)) continue;
    for (const lane of lanesOf(event)) rows.push({ key: `${event.id}@${lane}`, event, lane, t: toYearFraction(event.date) });
  }
  return rows;
}

/** Measures of the US or allies that reached no kind of item we draw (e.g. a framework law). */
export function undrawnMeasures(ds: Pick<Dataset, 'events' | 'meta'>): DataEvent[] {
  return ds.events.filter((e) => inCoverage(ds, e) && e.stage === 'measure' && CONTROL_CATEGORIES.includes(e.category) && lanesOf(e).length === 0);
}

const radius = (e: DataEvent) => (e.significance === 3 ? 6 : e.significance === 2 ? 4.5 : 3.5);

export function ratchetTip(row: RatchetRow, locale: Locale): string {
  const s = chartStrings(locale).ratchet;
  const e = row.event;
  const parts = [`${formatPartialDate(e.date, locale)} · ${e.title[locale]}`, `${s.actors[actorOf(e)]} · ${s.lanes[row.lane]}`];
  if (e.direction === 'loosen') parts.push(s.eased);
  if (row.lane === 'entities' && e.entitiesAdded) parts.push(s.entities(formatNumber(e.entitiesAdded, locale)));
  return parts.join('\n');
}

interface Placed extends RatchetRow {
  level: number;
  y: number;
  r: number;
  label?: string;
}

export function ratchetSpec(ds: Dataset, ctx: ChartContext): ChartPanel[] {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).ratchet;
  const narrow = width < 500;
  const fontSize = 12;
  const rows = ratchetRows(ds);

  const y0 = Number(ds.meta.coverageStart.slice(0, 4));
  const y1 = Number(ds.meta.coverageEnd.slice(0, 4)) + 1;
  const marginLeft = 18;
  // Room for half of the last year label, which sits centred on the right edge.
  const marginRight = Math.max(narrow ? 14 : 20, Math.ceil(textWidth(formatYearTick(y1), fontSize) / 2) + 2);
  const marginTop = 52;
  const marginBottom = 26;
  const px = (t: number) => marginLeft + ((t - y0) / (y1 - y0)) * (width - marginLeft - marginRight);

  // Stack dots within each lane: the lowest row where the dot (and its count label) clears the previous one.
  const levelH = 15;
  const laneLabelH = 20;
  const lanePad = 10;
  const placed: Placed[] = [];
  let cursor = 0;
  const laneTop = new Map<Lane, number>();
  const laneRows = new Map<Lane, number>();
  for (const lane of LANES) {
    const inLane = rows.filter((r) => r.lane === lane).sort((a, b) => a.t - b.t);
    const ends: number[] = [];
    const top = cursor + laneLabelH;
    laneTop.set(lane, cursor);
    for (const row of inLane) {
      const r = radius(row.event);
      const label = lane === 'entities' && row.event.entitiesAdded ? s.entitiesShort(formatNumber(row.event.entitiesAdded, locale)) : undefined;
      const x = px(row.t);
      const start = x - r - 1;
      const end = x + r + 2 + (label ? textWidth(label, 10) + 3 : 0);
      let level = ends.findIndex((e) => e < start);
      if (level === -1) level = ends.length;
      ends[level] = end;
      placed.push({ ...row, level, r, y: top + level * levelH + levelH / 2, ...(label ? { label } : {}) });
    }
    const levels = Math.max(1, ends.length);
    laneRows.set(lane, levels);
    cursor = top + levels * levelH + lanePad;
  }
  const innerH = cursor - lanePad;
  const height = marginTop + innerH + marginBottom;
  const yScale = { type: 'linear' as const, domain: [0, innerH], range: [marginTop, marginTop + innerH], axis: null };

  const laneGuides = LANES.flatMap((lane) =>
    Array.from({ length: laneRows.get(lane)! }, (_, k) => ({ lane, y: laneTop.get(lane)! + laneLabelH + k * levelH + levelH / 2 })),
  );
  const laneLabels = LANES.map((lane) => ({
    lane,
    y: laneTop.get(lane)! + laneLabelH / 2 + 1,
    text: s.lanes[lane],
  }));

  const april = ds.eventById.get(APRIL_2024_RULE);
  const aprilT = april ? toYearFraction(april.date) : undefined;
  const aprilLabel = april ? s.aprilRule(formatPartialDate(april.date, locale, narrow)) : '';
  const aprilX = aprilT !== undefined ? px(aprilT) : 0;
  // Estimated width plus a quarter: the label is bold, and browsers' fonts run wider than the estimate at 320 px.
  const aprilW = textWidth(aprilLabel, fontSize) * 1.25;
  // Centred on the line where it fits; otherwise shifted just enough to stay inside the chart on both sides
  // (since the data reach 2026, the line sits right of centre on a phone and the label fits neither end).
  const aprilCentre = Math.min(Math.max(aprilX, 4 + aprilW / 2), width - 4 - aprilW / 2);
  const aprilDx = aprilW + 8 > width ? 0 : aprilCentre - aprilX;

  const tag = tagMarks(placed, {
    key: (d) => d.key,
    group: (d) => d.event.id,
    tip: (d) => ratchetTip(d, locale),
    order: (d) => Math.round(d.t * 10000) * 10 + LANES.indexOf(d.lane),
    attrs: (d) => ({ lane: d.lane, actor: actorOf(d.event), direction: d.event.direction }),
  });
  // Key: who acted (shape and colour) and eased (hollow), in the top margin.
  const keyItems: { text: string; symbol: string; fill: string; stroke: string; x: number }[] = [];
  {
    let x = 6;
    const items = [
      ...(['us', 'ally', 'china'] as const).map((a) => ({ text: s.actors[a], symbol: SHAPE[a].symbol, fill: c(SHAPE[a].token), stroke: c(SHAPE[a].token) })),
      { text: s.actors.eased, symbol: 'circle', fill: c('bg'), stroke: c('series-1') },
    ];
    for (const it of items) {
      keyItems.push({ ...it, x });
      x += 16 + textWidth(it.text, 12) + 14;
    }
  }
  const keyY = -40;
  const pxToT = (x: number) => y0 + ((x - marginLeft) / (width - marginLeft - marginRight)) * (y1 - y0);
  const counted = placed.filter((p) => p.label);
  const ticks = yearTicks(y0, y1, narrow ? 2 : 1);

  return [
    {
      id: 'main',
      options: {
        ...panelOptions({ width, height, marginLeft, marginRight, marginTop, marginBottom }, fontSize, theme),
        x: yearAxisX([y0, y1], [marginLeft, width - marginRight], ticks),
        y: yScale,
        r: { type: 'identity' },
        color: { type: 'identity' },
        symbol: { type: 'identity' },
        marks: [
          Plot.ruleX(Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i), { ...DECOR, stroke: c('grid'), strokeWidth: 1 }),
          Plot.ruleY(laneGuides, { ...DECOR, y: 'y', stroke: c('rule'), strokeWidth: 0.75 }),
          Plot.text(laneLabels, {
            ...DECOR,
            x: y0,
            y: 'y',
            text: 'text',
            textAnchor: 'start',
            fontWeight: 600,
            fill: c('ink'),
            stroke: c('bg'),
            strokeWidth: 4,
            paintOrder: 'stroke',
          }),
          aprilT !== undefined
            ? [
                Plot.ruleX([aprilT], { ...DECOR, y1: 0, y2: innerH, stroke: c('accent'), strokeWidth: 1.5, strokeDasharray: '4 3' }),
                Plot.text([aprilLabel], {
                  ...DECOR,
                  x: aprilT,
                  frameAnchor: 'top',
                  dy: -20,
                  lineAnchor: 'top',
                  textAnchor: 'middle',
                  dx: aprilDx,
                  fill: c('accent'),
                  fontWeight: 600,
                }),
              ]
            : null,
          Plot.dot(placed, {
            x: 't',
            y: 'y',
            r: (d: Placed) => (actorOf(d.event) === 'china' ? d.r + 1 : actorOf(d.event) === 'ally' ? d.r + 0.5 : d.r),
            symbol: (d: Placed) => SHAPE[actorOf(d.event)].symbol,
            fill: (d: Placed) => (d.event.direction === 'loosen' ? c('bg') : c(SHAPE[actorOf(d.event)].token)),
            stroke: (d: Placed) => (d.event.id === APRIL_2024_RULE ? c('accent') : d.event.direction === 'loosen' ? c(SHAPE[actorOf(d.event)].token) : c('bg')),
            strokeWidth: (d: Placed) => (d.event.id === APRIL_2024_RULE ? 2.5 : d.event.direction === 'loosen' ? 1.75 : 1),
            render: tag,
          }),
          Plot.dot(keyItems, { ...DECOR, x: (d: { x: number }) => pxToT(d.x + 5), y: keyY, r: 4.5, symbol: 'symbol', fill: 'fill', stroke: 'stroke', strokeWidth: 1.5 }),
          Plot.text(keyItems, { ...DECOR, x: (d: { x: number }) => pxToT(d.x + 14), y: keyY, text: 'text', textAnchor: 'start', fill: c('ink') }),
          Plot.text(counted, { ...DECOR, x: 't', y: 'y', text: 'label', textAnchor: 'start', fontSize: 10, fill: c('muted'), render: shiftRight(counted) }),
        ],
      },
    },
  ];
}

/** Moves each count label just past its dot's radius (dx is constant per mark, radii are not). */
const shiftRight =
  (data: Placed[]): Plot.RenderFunction =>
  (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    Array.from(g.children).forEach((el, j) => el.setAttribute('dx', String(data[index[j]!]!.r + 3)));
    return g;
  };

export const ratchetChart: ChartDefinition = {
  id: 'ratchet',
  data: ['events.json', 'sources.json', 'meta.json'],
  spec: ratchetSpec,
  notes: (ds, locale) => {
    const s = chartStrings(locale).ratchet;
    const undrawn = undrawnMeasures(ds).map((e) => `${e.title[locale]} (${formatPartialDate(e.date, locale)})`);
    return [...s.notes, ...(undrawn.length ? [s.notDrawn(undrawn.join(locale === 'en' ? '; ' : '；'))] : [])];
  },
  sources: (ds) => rankSources(uniqueEvents(ratchetRows(ds))),
  summary: (ds, locale) => {
    const s = chartStrings(locale).ratchet;
    const rows = ratchetRows(ds);
    const events = uniqueEvents(rows);
    const us = events.filter((e) => actorOf(e) === 'us');
    const allies = events.filter((e) => actorOf(e) === 'ally');
    const counts = LANES.filter((l) => l !== 'china').map((l) => [l, rows.filter((r) => r.lane === l).length] as const);
    const busiest = counts.reduce((a, b) => (b[1] > a[1] ? b : a), counts[0]!)[0];
    const entities = us.reduce((n, e) => n + (e.entitiesAdded ?? 0), 0);
    return s.summary({
      measures: us.length,
      allies: allies.length,
      eased: events.filter((e) => e.direction === 'loosen' && actorOf(e) !== 'china').length,
      from: us[0] ? formatPartialDate(us[0].date, locale) : '',
      to: us.length ? formatPartialDate(us[us.length - 1]!.date, locale) : '',
      entities: formatNumber(entities, locale),
      china: events.filter((e) => actorOf(e) === 'china').length,
      busiest: s.lanes[busiest],
    });
  },
};

function uniqueEvents(rows: RatchetRow[]): DataEvent[] {
  const seen = new Set<string>();
  return rows.flatMap((r) => (seen.has(r.event.id) ? [] : (seen.add(r.event.id), [r.event])));
}
