/**
 * "The node race": process generation by year for TSMC, Samsung, Intel and
 * SMIC (roadmaps.json).
 *
 * Data → marks: one symbol per roadmap node at (year, generation), where the
 * year is `achieved`, else the latest stated target (`revisedFor`, then
 * `announcedFor`). Filled = in volume production, hollow = planned or delayed,
 * a cross = cancelled. The shape is the lithography (circle DUV, diamond EUV,
 * star High-NA). Per maker, a solid step line follows the best generation in
 * production and a dashed one the plans. Vertical rules mark the first EUV
 * node in production and the first High-NA node; brackets give the gap in
 * years between the leader and SMIC in 2023 and in the last year of data.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data';
import type { Locale, RoadmapNode } from '../schema';
import { chartStrings } from '../i18n/charts';
import { formatNumber, formatYears } from './format';
import { labelBox, placeLabels, spreadVertically, type Box, type LabelInput } from './labels';
import { DECOR, tagMarks } from './marks';
import { textWidth } from './text';
import { palette, panelOptions, type Token } from './theme';
import { yearAxisX } from './axes';
import { rankSources, type ChartContext, type ChartDefinition, type ChartPanel } from './types';

export const COMPANY_ORDER = ['tsmc', 'samsung', 'intel', 'smic'];
const TOKENS: Token[] = ['series-1', 'series-5', 'series-3', 'series-2', 'series-4'];
const SYMBOL: Record<RoadmapNode['lithography'], string> = { 'duv-multipatterning': 'circle', euv: 'diamond', 'high-na-euv': 'star' };

export interface NodeRow {
  key: string;
  node: RoadmapNode;
  /** Year the node is placed at. */
  year: number;
  company: string;
}

export function nodeYear(n: RoadmapNode): number | undefined {
  return n.achieved ?? n.revisedFor ?? n.announcedFor;
}

/** The makers drawn: TSMC, Samsung, Intel and SMIC where the data has them (all makers if it has none of them). */
export function companiesOf(ds: Pick<Dataset, 'roadmaps'>): string[] {
  const ids = [...new Set(ds.roadmaps.map((r) => r.company))];
  const chosen = COMPANY_ORDER.filter((id) => ids.includes(id));
  return chosen.length ? chosen : ids.sort();
}

/** Makers in the data that the chart leaves out. */
export function otherCompanies(ds: Pick<Dataset, 'roadmaps'>): string[] {
  const drawn = companiesOf(ds);
  return [...new Set(ds.roadmaps.map((r) => r.company))].filter((id) => !drawn.includes(id));
}

export function nodeRows(ds: Pick<Dataset, 'roadmaps'>): NodeRow[] {
  const companies = companiesOf(ds);
  return ds.roadmaps
    .filter((node) => companies.includes(node.company))
    .flatMap((node) => {
      const year = nodeYear(node);
      return year === undefined ? [] : [{ key: node.id, node, year, company: node.company }];
    })
    .sort((a, b) => companies.indexOf(a.company) - companies.indexOf(b.company) || a.year - b.year || a.node.generation - b.node.generation);
}

/** The last year any node reached volume production. */
export function lastDataYear(rows: readonly NodeRow[]): number {
  return Math.max(...rows.filter((r) => r.node.status === 'achieved').map((r) => r.year));
}

export interface Gap {
  year: number;
  /** SMIC's best generation in production by `year`, and the node that has it. */
  generation: number;
  laggardNode: RoadmapNode;
  /** The first other maker to reach that generation in production, and when. */
  leader: string;
  leaderYear: number;
  years: number;
}

/** Chinese makers (country CN) are the laggard; the gap is measured against everyone else. */
export function gapAt(ds: Pick<Dataset, 'roadmaps' | 'companyById'>, year: number): Gap | undefined {
  const achieved = ds.roadmaps.filter((n) => n.status === 'achieved' && n.achieved !== undefined && n.achieved <= year);
  const isCn = (id: string) => ds.companyById.get(id)?.country === 'CN';
  const laggard = achieved.filter((n) => isCn(n.company)).sort((a, b) => b.generation - a.generation || a.achieved! - b.achieved!)[0];
  if (!laggard) return undefined;
  const leaders = achieved.filter((n) => !isCn(n.company) && n.generation >= laggard.generation).sort((a, b) => a.achieved! - b.achieved!);
  const first = leaders[0];
  if (!first) return undefined;
  return { year, generation: laggard.generation, laggardNode: laggard, leader: first.company, leaderYear: first.achieved!, years: year - first.achieved! };
}

export function gapYears(rows: readonly NodeRow[]): number[] {
  const last = lastDataYear(rows);
  return [...new Set([2023, last])].filter((y) => y <= last);
}

function generationLabel(g: number, locale: Locale): string {
  const labels = chartStrings(locale).nodeRace.generations;
  return labels[g] ?? formatNumber(g, locale, 1);
}

/** The number alone ("7" for "7 nm"), for narrow charts whose axis title carries the unit. */
function generationNumber(g: number, locale: Locale): string {
  return generationLabel(g, locale).replace(/\s*(nm|奈米)$/, '');
}

function nodeTip(row: NodeRow, ds: Dataset, locale: Locale): string {
  const s = chartStrings(locale).nodeRace;
  const n = row.node;
  const company = ds.companyById.get(n.company)?.name[locale] ?? n.company;
  const lines = [`${company} ${n.node}`, `${s.columns.generation}: ${formatNumber(n.generation, locale, 1)} (${generationLabel(Math.round(n.generation), locale)})`, `${s.status[n.status]}: ${row.year}`, s.lithography[n.lithography]];
  if (n.status === 'delayed' && n.announcedFor) lines.push(`${s.status.planned}: ${n.announcedFor}`);
  if (n.designer) lines.push(`${s.columns.designer}: ${ds.companyById.get(n.designer)?.name[locale] ?? n.designer}`);
  return lines.join('\n');
}

/** Step points of the best generation so far. */
function steps(points: { year: number; generation: number }[], from?: { year: number; generation: number }): { year: number; generation: number }[] {
  const out: { year: number; generation: number }[] = from ? [from] : [];
  let best = from?.generation ?? -Infinity;
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    if (p.generation <= best && out.length) continue;
    best = p.generation;
    out.push({ year: p.year, generation: best });
  }
  return out;
}

export function nodeRaceSpec(ds: Dataset, ctx: ChartContext): ChartPanel[] {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).nodeRace;
  const narrow = width < 500;
  const rows = nodeRows(ds);
  const companies = companiesOf(ds);
  const last = lastDataYear(rows);
  const years = rows.map((r) => r.year);
  const x0 = Math.min(...years) - 0.5;
  const x1 = Math.max(...years) + 0.5;
  const gens = rows.map((r) => r.node.generation);
  const g0 = Math.floor(Math.min(...gens)) - 0.5;
  const g1 = Math.ceil(Math.max(...gens)) + 0.5;
  const genTicks = Array.from({ length: Math.floor(g1) - Math.ceil(g0) + 1 }, (_, i) => Math.ceil(g0) + i);

  const fullName = (id: string) => ds.companyById.get(id)?.name[locale] ?? id;
  // On narrow charts a long maker name keeps its first word ("Samsung Electronics" → "Samsung").
  const name = (id: string) => {
    const n = fullName(id);
    return narrow && textWidth(n, 12) > 80 && n.includes(' ') ? n.split(' ')[0]! : n;
  };
  const fontSize = 12;
  const tickLabel = (g: number) => (narrow ? generationNumber(g, locale) : generationLabel(g, locale));
  const marginLeft = Math.ceil(Math.max(...genTicks.map((g) => textWidth(tickLabel(g), 12)))) + 12;
  const marginRight = Math.ceil(Math.max(...companies.map((id) => textWidth(name(id), 12) * 1.08))) + 14;
  // Room at the top for the milestone labels (and, on narrow charts, the axis title above them).
  const milestoneTop = narrow ? 26 : 12;
  const marginTop = milestoneTop + 28;
  const marginBottom = 28;
  const plotH = narrow ? 300 : 360;
  const height = marginTop + plotH + marginBottom;
  const X = (v: number) => marginLeft + ((v - x0) / (x1 - x0)) * (width - marginLeft - marginRight);
  const Y = (g: number) => marginTop + plotH - ((g - g0) / (g1 - g0)) * plotH;
  const Yinv = (px: number) => g0 + ((marginTop + plotH - px) / plotH) * (g1 - g0);
  const nudge = (company: string) => (companies.indexOf(company) - (companies.length - 1) / 2) * 3;
  const colour = (company: string) => c(TOKENS[companies.indexOf(company) % TOKENS.length]!);

  const marks: Plot.Markish[] = [
    Plot.gridY(genTicks, { ...DECOR, stroke: c('grid'), strokeOpacity: 1 }),
    Plot.ruleX(
      Array.from({ length: Math.floor(x1) - Math.ceil(x0) + 1 }, (_, i) => Math.ceil(x0) + i),
      { ...DECOR, stroke: c('grid'), strokeOpacity: 0.6 },
    ),
  ];

  // First EUV node in production; first High-NA node (planned or achieved).
  const firstEuv = rows.filter((r) => r.node.lithography !== 'duv-multipatterning' && r.node.status === 'achieved').sort((a, b) => a.year - b.year)[0];
  const firstHighNa = rows.filter((r) => r.node.lithography === 'high-na-euv' && r.node.status !== 'cancelled').sort((a, b) => a.year - b.year)[0];
  const paren = (y: number) => (locale === 'en' ? ` (${y})` : `（${y}）`);
  const milestones = [
    ...(firstEuv ? [{ year: firstEuv.year, text: `${s.firstEuv}${paren(firstEuv.year)}`, row: 0 }] : []),
    ...(firstHighNa
      ? [{ year: firstHighNa.year, text: `${firstHighNa.node.status === 'achieved' ? s.key.highNa : s.firstHighNa}${paren(firstHighNa.year)}`, row: 1 }]
      : []),
  ].map((m) => {
    const w = textWidth(m.text, 11);
    const px = X(m.year);
    const anchor = px + w / 2 > width - 4 ? 'end' : px - w / 2 < 4 ? 'start' : 'middle';
    return { ...m, anchor };
  });
  marks.push(
    Plot.ruleX(milestones, { ...DECOR, x: 'year', y1: g0, y2: g1, stroke: c('muted'), strokeDasharray: '2 3' }),
    ...(['start', 'middle', 'end'] as const).map((anchor) =>
      Plot.text(
        milestones.filter((m) => m.anchor === anchor),
        { ...DECOR, x: 'year', y: (m: { row: number }) => Yinv(milestoneTop + m.row * 14), text: 'text', textAnchor: anchor, fontSize: 11, fill: c('muted') },
      ),
    ),
  );

  // Lines and nodes, one set per maker so each can be nudged apart.
  const endLabels: { company: string; generation: number }[] = [];
  const lineBoxes: Box[] = [];
  const addSteps = (pts: { year: number; generation: number }[], dy: number) => {
    pts.forEach((p, i) => {
      const next = pts[i + 1];
      if (!next) return;
      const y = Y(p.generation) + dy;
      lineBoxes.push({ x0: X(p.year), y0: y - 2, x1: X(next.year), y1: y + 2 });
      lineBoxes.push({ x0: X(next.year) - 2, y0: Math.min(y, Y(next.generation) + dy), x1: X(next.year) + 2, y1: Math.max(y, Y(next.generation) + dy) });
    });
  };
  for (const company of companies) {
    const mine = rows.filter((r) => r.company === company);
    const achieved = steps(mine.filter((r) => r.node.status === 'achieved').map((r) => ({ year: r.year, generation: r.node.generation })));
    const lastAchieved = achieved[achieved.length - 1];
    const solid = lastAchieved && lastAchieved.year < last ? [...achieved, { year: last, generation: lastAchieved.generation }] : achieved;
    const planned = steps(
      mine.filter((r) => r.node.status === 'planned' || r.node.status === 'delayed').map((r) => ({ year: r.year, generation: r.node.generation })),
      lastAchieved ? { year: Math.max(lastAchieved.year, last), generation: lastAchieved.generation } : undefined,
    );
    const dy = nudge(company);
    const stroke = colour(company);
    addSteps(solid, dy);
    addSteps(planned, dy);
    marks.push(
      Plot.line(solid, { ...DECOR, x: 'year', y: 'generation', curve: 'step-after', stroke, strokeWidth: 2.5, dy }),
      Plot.line(planned, { ...DECOR, x: 'year', y: 'generation', curve: 'step-after', stroke, strokeWidth: 1.75, strokeDasharray: '5 4', dy }),
    );
    const end = planned.length > 1 ? planned[planned.length - 1]! : solid[solid.length - 1];
    if (end) endLabels.push({ company, generation: end.generation });
    marks.push(
      Plot.dot(mine, {
        x: 'year',
        y: (d: NodeRow) => d.node.generation,
        dy,
        symbol: (d: NodeRow) => (d.node.status === 'cancelled' ? 'times' : SYMBOL[d.node.lithography]),
        r: (d: NodeRow) => (d.node.lithography === 'high-na-euv' ? 6.5 : 5),
        fill: (d: NodeRow) => (d.node.status === 'achieved' ? stroke : d.node.status === 'cancelled' ? 'none' : c('bg')),
        stroke: (d: NodeRow) => (d.node.status === 'achieved' ? c('bg') : stroke),
        strokeWidth: (d: NodeRow) => (d.node.status === 'achieved' ? 1 : 1.75),
        render: tagMarks(mine, {
          key: (d) => d.key,
          group: (d) => d.company,
          tip: (d) => nodeTip(d, ds, locale),
          order: (d) => companies.indexOf(d.company) * 100000 + d.year * 10 + d.node.generation,
          attrs: (d) => ({ status: d.node.status }),
        }),
      }),
    );
  }

  // Maker names at the right edge, spread so they do not collide.
  const ys = spreadVertically(
    endLabels.map((l) => Y(l.generation) + nudge(l.company)),
    15,
    marginTop,
    marginTop + plotH,
  );
  const makerLabels = endLabels.map((l, i) => ({ ...l, y: Yinv(ys[i]!), text: name(l.company) }));
  marks.push(
    Plot.text(makerLabels, { ...DECOR, x: x1, y: 'y', dx: 6, text: 'text', textAnchor: 'start', fontWeight: 700, fill: (d: { company: string }) => colour(d.company) }),
  );

  // Gap brackets.
  const gaps = gapYears(rows).flatMap((y) => gapAt(ds, y) ?? []);
  // Two brackets: the lower one's label goes below it, the higher one's above, so they never meet.
  const byGen = [...gaps].sort((a, b) => a.generation - b.generation || a.year - b.year);
  const brackets = gaps.map((g) => ({
    ...g,
    dy: gaps.length > 1 && byGen.indexOf(g) === 0 ? 16 : -16,
    text: narrow ? s.gapShort(formatYears(g.years, locale), g.year) : s.gap(formatYears(g.years, locale), g.year),
  }));
  const gapBoxes: Box[] = [];
  const tickHalf = (4 * (g1 - g0)) / plotH;
  for (const b of brackets) {
    const ly = Y(b.generation) + b.dy * 0.55 + (b.dy < 0 ? -9 : 10);
    gapBoxes.push(labelBox(X((b.leaderYear + b.year) / 2), ly, 'middle', textWidth(b.text, 11) * 1.08, 13));
    gapBoxes.push({ x0: X(b.leaderYear), y0: Y(b.generation) + b.dy * 0.55 - 3, x1: X(b.year), y1: Y(b.generation) + b.dy * 0.55 + 3 });
    marks.push(
      Plot.link([b], { ...DECOR, x1: 'leaderYear', x2: 'year', y1: 'generation', y2: 'generation', dy: b.dy * 0.55, stroke: c('accent'), strokeWidth: 1.5 }),
      // End ticks drawn as rules: Plot's markers carry generated ids, which would make the SVG differ between builds.
      Plot.ruleX([b.leaderYear, b.year], {
        ...DECOR,
        y1: b.generation - tickHalf,
        y2: b.generation + tickHalf,
        dy: b.dy * 0.55,
        stroke: c('accent'),
        strokeWidth: 1.5,
      }),
      Plot.text([b], {
        ...DECOR,
        x: (d: typeof b) => (d.leaderYear + d.year) / 2,
        y: 'generation',
        dy: b.dy * 0.55 + (b.dy < 0 ? -9 : 10),
        text: 'text',
        fontSize: 11,
        fontWeight: 600,
        fill: c('accent'),
        stroke: c('bg'),
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    );
  }

  // Node names where they fit; on narrow charts only SMIC's nodes and each maker's latest in production.
  const latestAchieved = new Set(
    companies.flatMap((co) => {
      const a = rows.filter((r) => r.company === co && r.node.status === 'achieved');
      return a.length ? [a[a.length - 1]!.key] : [];
    }),
  );
  const isCn = (id: string) => ds.companyById.get(id)?.country === 'CN';
  const labelled = narrow ? rows.filter((r) => isCn(r.company) || latestAchieved.has(r.key)) : rows;
  const inputs: LabelInput[] = labelled.map((r) => ({
    id: r.key,
    x: X(r.year),
    y: Y(r.node.generation) + nudge(r.company),
    r: 5,
    text: r.node.node,
    priority: (isCn(r.company) ? 3 : 0) + (r.node.status === 'achieved' ? 1 : 0),
    sides: ['top', 'bottom', 'left', 'right', 'top-left', 'top-right'],
  }));
  const placed = placeLabels(inputs, {
    fontSize: 10,
    bounds: { x0: marginLeft, y0: marginTop, x1: width - marginRight, y1: marginTop + plotH },
    obstacles: [...lineBoxes, ...gapBoxes],
    rings: 1,
  });
  const nodeLabels = placed.map((p) => ({ ...p, xv: x0 + ((p.x - marginLeft) / (width - marginLeft - marginRight)) * (x1 - x0), yv: Yinv(p.y) }));
  marks.push(
    ...(['start', 'middle', 'end'] as const).map((anchor) =>
      Plot.text(
        nodeLabels.filter((l) => l.anchor === anchor),
        { ...DECOR, x: 'xv', y: 'yv', text: 'text', textAnchor: anchor, fontSize: 10, fill: c('muted') },
      ),
    ),
  );

  const tickEvery = Math.max(1, Math.ceil((38 * (x1 - x0)) / (width - marginLeft - marginRight)));
  const yearTicks = Array.from({ length: Math.floor(x1) - Math.ceil(x0) + 1 }, (_, i) => Math.ceil(x0) + i).filter((y) => (last - y) % tickEvery === 0);
  return [
    {
      id: 'main',
      options: {
        ...panelOptions({ width, height, marginLeft, marginRight, marginTop, marginBottom }, fontSize, theme),
        x: yearAxisX([x0, x1], [marginLeft, width - marginRight], yearTicks),
        y: {
          type: 'linear',
          domain: [g0, g1],
          range: [marginTop + plotH, marginTop],
          ticks: genTicks,
          tickFormat: tickLabel,
          tickSize: 0,
          ...(narrow ? { label: s.yLabelShort, labelAnchor: 'top' as const, labelArrow: 'none' as const } : { label: null }),
        },
        r: { type: 'identity' },
        color: { type: 'identity' },
        symbol: { type: 'identity' },
        marks,
      },
    },
  ];
}

export const nodeRaceChart: ChartDefinition = {
  id: 'node-race',
  data: ['roadmaps.json', 'companies.json', 'sources.json'],
  spec: nodeRaceSpec,
  notes: (ds, locale) => {
    const s = chartStrings(locale).nodeRace;
    const rows = nodeRows(ds);
    const gaps = gapYears(rows).flatMap((y) => gapAt(ds, y) ?? []);
    const name = (id: string) => ds.companyById.get(id)?.name[locale] ?? id;
    const others = otherCompanies(ds);
    return [
      ...s.notes,
      ...gaps.map((g) => s.gapNote(g.year, formatYears(g.years, locale), name(g.leader), g.laggardNode.node)),
      ...(others.length ? [s.others(others.map(name).join(locale === 'en' ? ', ' : '、'))] : []),
    ];
  },
  sources: (ds) => rankSources(nodeRows(ds).map((r) => r.node)),
  summary: (ds, locale) => {
    const s = chartStrings(locale).nodeRace;
    const rows = nodeRows(ds);
    const last = lastDataYear(rows);
    const name = (id: string) => ds.companyById.get(id)?.name[locale] ?? id;
    const inProd = rows.filter((r) => r.node.status === 'achieved' && r.year <= last);
    const best = [...inProd].sort((a, b) => b.node.generation - a.node.generation || a.year - b.year)[0];
    const smic = [...inProd].filter((r) => ds.companyById.get(r.company)?.country === 'CN').sort((a, b) => b.node.generation - a.node.generation)[0];
    const gaps = gapYears(rows).flatMap((y) => gapAt(ds, y) ?? []);
    const sep = locale === 'en' ? ', ' : '、';
    return s.summary({
      companies: companiesOf(ds).map(name).join(sep),
      leader: best ? name(best.company) : '—',
      leaderNode: best ? best.node.node : '—',
      smicNode: smic ? smic.node.node : '—',
      gaps: gaps.map((g) => s.gapNote(g.year, formatYears(g.years, locale), name(g.leader), g.laggardNode.node)).join(' '),
    });
  },
};
