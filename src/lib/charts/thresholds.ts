/**
 * "Where the line falls": chips by total processing performance (TPP) and
 * performance density (PD), log–log, with the threshold regions of the
 * October 2022 and October 2023 rules.
 *
 * Data → marks:
 * - chips.json type "chip" with a density (given, or TPP ÷ die area) → one dot
 *   each in the main panel, shaped and coloured by class, labelled by name
 *   where a label fits (chips at the same point share one label);
 * - chips without a die area (laptop NPUs) → one dot each in a TPP-only strip
 *   below, since they have no place on the density axis;
 * - type "threshold" records → their regions as rectangles in TPP×PD space:
 *   the latest rule's regions filled (controlled darker than the licence band),
 *   earlier rules as a dashed outline of the union of their regions.
 */
import * as Plot from '@observablehq/plot';
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import type { Dataset } from '../data';
import type { Chip, Locale, Threshold } from '../schema';
import { chartStrings } from '../i18n/charts';
import { compareDates } from '../dates';
import { formatNumber } from './format';
import { labelBox, overlaps, placeLabels, type Box, type LabelInput, type PlacedLabel } from './labels';
import { DECOR, tagMarks } from './marks';
import { textWidth, wrapText } from './text';
import { palette, panelOptions, svgStyle, type Token } from './theme';
import { rankSources, type ChartContext, type ChartDefinition, type ChartPanel } from './types';

type ChipClass = Chip['class'];

export const CLASS_STYLE: Record<ChipClass, { symbol: string; token: Token; priority: number }> = {
  datacenter: { symbol: 'circle', token: 'series-1', priority: 2 },
  'consumer-gpu': { symbol: 'square', token: 'series-4', priority: 3 },
  'laptop-gpu': { symbol: 'diamond', token: 'series-5', priority: 3 },
  'laptop-npu': { symbol: 'triangle', token: 'series-3', priority: 1 },
  'china-domestic': { symbol: 'star', token: 'series-2', priority: 3 },
};
const CLASS_ORDER: ChipClass[] = ['datacenter', 'consumer-gpu', 'laptop-gpu', 'laptop-npu', 'china-domestic'];

export interface ChipRow {
  key: string;
  chip: Chip;
  /** Density used for placement; undefined → drawn in the TPP-only strip. */
  pd: number | undefined;
}

/**
 * The name printed beside a chip: without the maker's name in front and
 * without bracketed detail ("NVIDIA H100 (SXM5)" → "H100"); the full name is
 * in the tooltip and the table.
 */
export function shortName(c: Chip, vendorName?: string): string {
  let name = c.name.replace(/\s*\([^)]*\)/g, '').trim();
  for (const prefix of [vendorName, c.vendor].filter(Boolean) as string[]) {
    if (name.toLowerCase().startsWith(prefix.toLowerCase() + ' ')) name = name.slice(prefix.length + 1);
  }
  return name || c.name;
}

export function densityOf(c: Chip): number | undefined {
  if (c.performanceDensity) return c.performanceDensity;
  if (c.dieAreaMm2) return c.tpp / c.dieAreaMm2;
  return undefined;
}

export function chipRows(ds: Pick<Dataset, 'chips'>): { main: ChipRow[]; strip: ChipRow[] } {
  const rows = ds.chips
    .filter((c): c is Chip => c.type === 'chip')
    .map((chip) => ({ key: chip.id, chip, pd: densityOf(chip) }))
    .sort((a, b) => a.chip.tpp - b.chip.tpp || a.chip.name.localeCompare(b.chip.name));
  return { main: rows.filter((r) => r.pd !== undefined), strip: rows.filter((r) => r.pd === undefined) };
}

/** Threshold records, oldest rule first, with their rule's date. */
export function thresholdRows(ds: Pick<Dataset, 'chips' | 'eventById'>): { threshold: Threshold; date: string }[] {
  return ds.chips
    .filter((c): c is Threshold => c.type === 'threshold')
    .map((threshold) => ({ threshold, date: ds.eventById.get(threshold.event)?.date ?? '9999' }))
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Whether a point lies in any region of a threshold (open ends unbounded). */
export function inThreshold(t: Threshold, tpp: number, pd: number | undefined): boolean {
  return t.regions.some(
    (r) =>
      tpp >= r.tppMin &&
      (r.tppMax === undefined || tpp < r.tppMax) &&
      (r.pdMin === undefined || (pd !== undefined && pd >= r.pdMin)) &&
      (r.pdMax === undefined || (pd !== undefined && pd < r.pdMax)),
  );
}

/* ------------------------------------------------------------ geometry */

interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Clamps a threshold's regions to the plotted domain. */
export function regionRects(t: Threshold, xd: [number, number], yd: [number, number]): Rect[] {
  return t.regions
    .map((r) => ({
      x0: Math.max(r.tppMin, xd[0]),
      x1: Math.min(r.tppMax ?? xd[1], xd[1]),
      y0: Math.max(r.pdMin ?? yd[0], yd[0]),
      y1: Math.min(r.pdMax ?? yd[1], yd[1]),
    }))
    .filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
}

export interface RankedRect extends Rect {
  /** Higher wins where rectangles overlap; 0 is "outside". */
  rank: number;
}

/**
 * Splits the plane along every rectangle edge and gives each cell the highest
 * rank covering it: a map of what the rule does where. Returns the covered
 * cells and the edges between cells of different rank (each edge carries the
 * higher of its two ranks). Edges on the frame of the plotted domain are left
 * out: they are where an open-ended region was cut off, not a line in the rule.
 */
export function rankMap(rects: readonly RankedRect[], xd: [number, number], yd: [number, number]): { cells: RankedRect[]; edges: (Segment & { rank: number })[] } {
  const xs = [...new Set(rects.flatMap((r) => [r.x0, r.x1]))].sort((a, b) => a - b);
  const ys = [...new Set(rects.flatMap((r) => [r.y0, r.y1]))].sort((a, b) => a - b);
  const rankAt = (i: number, j: number) => {
    if (i < 0 || j < 0 || i >= xs.length - 1 || j >= ys.length - 1) return 0;
    const cx = (xs[i]! + xs[i + 1]!) / 2;
    const cy = (ys[j]! + ys[j + 1]!) / 2;
    return Math.max(0, ...rects.filter((r) => cx > r.x0 && cx < r.x1 && cy > r.y0 && cy < r.y1).map((r) => r.rank));
  };
  const cells: RankedRect[] = [];
  for (let i = 0; i < xs.length - 1; i++) {
    for (let j = 0; j < ys.length - 1; j++) {
      const rank = rankAt(i, j);
      if (rank > 0) cells.push({ x0: xs[i]!, x1: xs[i + 1]!, y0: ys[j]!, y1: ys[j + 1]!, rank });
    }
  }
  const edges: (Segment & { rank: number })[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] === xd[0] || xs[i] === xd[1]) continue;
    for (let j = 0; j < ys.length - 1; j++) {
      const a = rankAt(i - 1, j);
      const b = rankAt(i, j);
      if (a !== b) edges.push({ x1: xs[i]!, y1: ys[j]!, x2: xs[i]!, y2: ys[j + 1]!, rank: Math.max(a, b) });
    }
  }
  for (let j = 0; j < ys.length; j++) {
    if (ys[j] === yd[0] || ys[j] === yd[1]) continue;
    for (let i = 0; i < xs.length - 1; i++) {
      const a = rankAt(i, j - 1);
      const b = rankAt(i, j);
      if (a !== b) edges.push({ x1: xs[i]!, y1: ys[j]!, x2: xs[i + 1]!, y2: ys[j]!, rank: Math.max(a, b) });
    }
  }
  return { cells, edges: mergeSegments(edges) };
}

/** Outline of a union of rectangles (see rankMap). */
export function unionOutline(rects: readonly Rect[], xd: [number, number], yd: [number, number]): Segment[] {
  return rankMap(
    rects.map((r) => ({ ...r, rank: 1 })),
    xd,
    yd,
  ).edges.map(({ x1, y1, x2, y2 }) => ({ x1, y1, x2, y2 }));
}

function mergeSegments<S extends Segment & { rank: number }>(segs: S[]): S[] {
  const out: S[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    if (prev && prev.rank === s.rank && prev.x1 === prev.x2 && s.x1 === s.x2 && prev.x1 === s.x1 && prev.y2 === s.y1) prev.y2 = s.y2;
    else if (prev && prev.rank === s.rank && prev.y1 === prev.y2 && s.y1 === s.y2 && prev.y1 === s.y1 && prev.x2 === s.x1) prev.x2 = s.x2;
    else out.push({ ...s });
  }
  return out;
}

/** A 1–2–5 step at or beyond `v` (down when `dir` < 0). */
export function niceStep(v: number, dir: 1 | -1): number {
  const k = Math.floor(Math.log10(v));
  const steps = [1, 2, 5, 10].map((m) => m * 10 ** k);
  if (dir < 0) return [...steps].reverse().find((s) => s <= v) ?? 10 ** k;
  return steps.find((s) => s >= v) ?? 10 ** (k + 1);
}

function logTicks([lo, hi]: [number, number], narrow: boolean): number[] {
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of narrow ? [1] : [1, 2, 5]) {
      const v = m * 10 ** k;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return ticks;
}

/** Tick marks and labels along the bottom of a log–log plot. */
function logAxisX(ticks: number[], Y: ScaleLogarithmic<number, number>, bottom: number, fmt: (v: number) => string, ink: string) {
  return [
    Plot.ruleX(ticks, { ...DECOR, x: (v: number) => v, y1: Y.invert(bottom), y2: Y.invert(bottom + 5), stroke: ink }),
    Plot.text(ticks, { ...DECOR, x: (v: number) => v, y: Y.invert(bottom + 14), text: fmt, fill: ink }),
  ];
}

function logAxisY(ticks: number[], X: ScaleLogarithmic<number, number>, left: number, fmt: (v: number) => string, ink: string) {
  return [
    Plot.ruleY(ticks, { ...DECOR, y: (v: number) => v, x1: X.invert(left - 5), x2: X.invert(left), stroke: ink }),
    Plot.text(ticks, { ...DECOR, y: (v: number) => v, x: X.invert(left - 8), text: fmt, textAnchor: 'end', fill: ink }),
  ];
}

/* ------------------------------------------------------------ spec */

export function chipTip(row: ChipRow, ds: Dataset, locale: Locale): string {
  const s = chartStrings(locale).thresholds;
  const c = row.chip;
  const vendor = ds.companyById.get(c.vendor)?.name[locale] ?? c.vendor;
  const lines = [`${c.name} (${vendor}, ${c.year})`, `${s.classes[c.class]}`, `TPP ${formatNumber(c.tpp, locale)}`];
  if (row.pd !== undefined) lines.push(`${s.columns.pd} ${formatNumber(row.pd, locale, 2)}`);
  if (c.estimate) lines.push(chartStrings(locale).figure.estimate);
  return lines.join('\n');
}

interface Layout {
  xd: [number, number];
  yd: [number, number];
}

export function thresholdsLayout(ds: Dataset): Layout {
  const { main, strip } = chipRows(ds);
  const tpps = [...main, ...strip].map((r) => r.chip.tpp);
  const pds = main.map((r) => r.pd!);
  for (const { threshold } of thresholdRows(ds)) {
    for (const r of threshold.regions) {
      if (r.tppMin > 0) tpps.push(r.tppMin);
      if (r.tppMax) tpps.push(r.tppMax);
      if (r.pdMin) pds.push(r.pdMin);
      if (r.pdMax) pds.push(r.pdMax);
    }
  }
  const xd: [number, number] = [niceStep(Math.min(...tpps) / 1.15, -1), niceStep(Math.max(...tpps) * 1.15, 1)];
  const yd: [number, number] = pds.length ? [niceStep(Math.min(...pds) / 1.3, -1), niceStep(Math.max(...pds) * 1.3, 1)] : [1, 10];
  return { xd, yd };
}

export function thresholdsSpec(ds: Dataset, ctx: ChartContext): ChartPanel[] {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).thresholds;
  const narrow = width < 500;
  const fontSize = 12;
  const labelSize = narrow ? 11 : 12;
  const { main, strip } = chipRows(ds);
  const { xd, yd } = thresholdsLayout(ds);
  const thresholds = thresholdRows(ds);
  const latestDate = thresholds.length ? thresholds[thresholds.length - 1]!.date : '';

  const marginLeft = 40;
  // Room for half of the last x tick label, which may sit centred on the right edge.
  const lastXTick = logTicks(xd, narrow).at(-1);
  const marginRight = Math.max(narrow ? 12 : 20, lastXTick === undefined ? 0 : Math.ceil(textWidth(formatNumber(lastXTick, locale), fontSize) / 2) + 2);
  const classes = CLASS_ORDER.filter((k) => main.some((r) => r.chip.class === k) || strip.some((r) => r.chip.class === k));

  // Key: symbol + class name, flowing onto as many lines as the width needs.
  const keyItems: { cls: ChipClass; x: number; line: number }[] = [];
  {
    let x = 6;
    let line = 0;
    for (const cls of classes) {
      const w = 14 + textWidth(s.classes[cls], fontSize) + 14;
      if (x + w > width - marginRight && x > 6) {
        line++;
        x = 6;
      }
      keyItems.push({ cls, x, line });
      x += w;
    }
  }
  const keyLines = keyItems.length ? keyItems[keyItems.length - 1]!.line + 1 : 0;
  const marginTop = 30 + keyLines * 18;
  const plotH = narrow ? 300 : 380;
  const xRange: [number, number] = [marginLeft, width - marginRight];
  const yRange: [number, number] = [marginTop + plotH, marginTop];
  const X: ScaleLogarithmic<number, number> = scaleLog().domain(xd).range(xRange);
  const Y: ScaleLogarithmic<number, number> = scaleLog().domain(yd).range(yRange);
  const plotBox: Box = { x0: xRange[0] + 2, y0: yRange[1] + 2, x1: xRange[1] - 2, y1: yRange[0] - 2 };

  // Threshold regions: the latest rule as a map of effects (controlled over licence band), earlier rules as dashed outlines.
  const RANK = { 'licence-band': 1, controlled: 2 } as const;
  const latestRects = thresholds
    .filter((t) => t.date === latestDate)
    .flatMap(({ threshold }) => regionRects(threshold, xd, yd).map((r) => ({ ...r, rank: RANK[threshold.effect] })));
  const effects = rankMap(latestRects, xd, yd);
  const fills = effects.cells;
  const outlines: (Segment & { latest: boolean; rank: number })[] = effects.edges.map((e) => ({ ...e, latest: true }));
  for (const { threshold, date } of thresholds) {
    if (date === latestDate) continue;
    for (const seg of unionOutline(regionRects(threshold, xd, yd), xd, yd)) outlines.push({ ...seg, latest: false, rank: 0 });
  }
  const regionLabels: { text: string; x: number; y: number; latest: boolean; effect: string }[] = [];
  const labelBoxes: Box[] = [];
  const unlabelled: { text: string; latest: boolean; effect: string }[] = [];
  for (const { threshold, date } of [...thresholds].reverse()) {
    const latest = date === latestDate;
    const before = regionLabels.length;
    const rects = regionRects(threshold, xd, yd);
    // Label: inside a corner of one of its regions, wrapped to the region's width.
    const candidates = rects
      .flatMap((r) => {
        const px0 = X(r.x0) + 4;
        // As wide as the region where it can be, but never squeezed below a readable measure.
        const w = Math.min(Math.max(X(r.x1) - X(r.x0) - 8, narrow ? 120 : 160), plotBox.x1 - px0, narrow ? 150 : 230);
        let lines = wrapText(threshold.label[locale], w, 11);
        // Two lines at most: where the region's width would need three, run wider than the region.
        if (lines.length > 2) {
          const wider = wrapText(threshold.label[locale], Math.min(plotBox.x1 - px0, textWidth(threshold.label[locale], 11) / 2 + 24), 11);
          if (wider.length <= 2) lines = wider;
        }
        const h = lines.length * 13.2;
        const top = { x: px0, y: Y(r.y1) + 4, lines, h };
        const bottom = { x: px0, y: Y(r.y0) - 4 - h, lines, h };
        return latest ? [top, bottom] : [bottom, top];
      })
      // A corner too narrow for two lines is no place for the label: the key under the axis names it instead.
      .filter((cand) => cand.lines.length <= 2 && cand.y >= plotBox.y0 && cand.y + cand.h <= plotBox.y1);
    for (const cand of candidates) {
      const box = { x0: cand.x, y0: cand.y, x1: cand.x + Math.max(...cand.lines.map((l) => textWidth(l, 11))), y1: cand.y + cand.h };
      if (box.x1 > plotBox.x1 || labelBoxes.some((b) => overlaps(b, box))) continue;
      if (main.some((m) => overlaps(box, { x0: X(m.chip.tpp) - 6, x1: X(m.chip.tpp) + 6, y0: Y(m.pd!) - 6, y1: Y(m.pd!) + 6 }))) continue;
      labelBoxes.push(box);
      regionLabels.push({ text: cand.lines.join('\n'), x: X.invert(cand.x), y: Y.invert(cand.y), latest, effect: threshold.effect });
      break;
    }
    if (regionLabels.length === before) unlabelled.unshift({ text: threshold.label[locale], latest, effect: threshold.effect });
  }
  // Regions whose label found no room inside the plot are named in a key under the axis instead.
  const regionKey = unlabelled.map((u, i) => ({ ...u, y: yRange[0] + 50 + i * 17 }));
  const marginBottom = 40 + regionKey.length * 17;
  const height = marginTop + plotH + marginBottom;

  // Chip labels: chips at the same point share one label.
  const groups = new Map<string, ChipRow[]>();
  for (const r of main) {
    const k = `${Math.round(X(r.chip.tpp))},${Math.round(Y(r.pd!))}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const r = 5;
  const inputs: LabelInput[] = [...groups.values()].map((g) => ({
    id: g.map((m) => m.key).join('+'),
    x: X(g[0]!.chip.tpp),
    y: Y(g[0]!.pd!),
    r: r + 1,
    text: g.map((m) => shortName(m.chip, ds.companyById.get(m.chip.vendor)?.name.en)).join(' · '),
    priority: Math.max(...g.map((m) => CLASS_STYLE[m.chip.class].priority)),
  }));
  const placed = placeLabels(inputs, { fontSize: labelSize, bounds: plotBox, obstacles: labelBoxes });
  const chipLabels = placed.map((p) => ({ text: p.text, x: X.invert(p.x), y: Y.invert(p.y), anchor: p.anchor }));

  const tag = (rows: ChipRow[]) =>
    tagMarks(rows, { key: (d) => d.key, tip: (d) => chipTip(d, ds, locale), attrs: (d) => ({ class: d.chip.class }) });
  const dotOptions = {
    symbol: (d: ChipRow) => CLASS_STYLE[d.chip.class].symbol,
    fill: (d: ChipRow) => c(CLASS_STYLE[d.chip.class].token),
    stroke: c('bg'),
    strokeWidth: 1,
    r,
  };
  const tickFormat = (v: number) => formatNumber(v, locale);
  const keyY = (line: number) => Y.invert(28 + line * 18);

  const mainPanel: ChartPanel = {
    id: 'main',
    options: {
      ...panelOptions({ width, height, marginLeft, marginRight, marginTop, marginBottom }, fontSize, theme),
      x: { type: 'log', domain: xd, range: xRange, axis: null },
      y: { type: 'log', domain: yd, range: yRange, axis: null },
      color: { type: 'identity' },
      symbol: { type: 'identity' },
      marks: [
        Plot.gridX(logTicks(xd, narrow), { ...DECOR, stroke: c('grid'), strokeOpacity: 1 }),
        Plot.gridY(logTicks(yd, false), { ...DECOR, stroke: c('grid'), strokeOpacity: 1 }),
        // Axes drawn by hand: Plot thins the labels of log axes whatever tickFormat says.
        logAxisX(logTicks(xd, narrow), Y, yRange[0], tickFormat, c('ink')),
        logAxisY(logTicks(yd, false), X, xRange[0], tickFormat, c('ink')),
        Plot.text([s.xLabel], { ...DECOR, x: X.invert(xRange[1]), y: Y.invert(yRange[0] + 30), textAnchor: 'end', fill: c('ink') }),
        Plot.text([s.yLabel], { ...DECOR, x: X.invert(4), y: Y.invert(10), textAnchor: 'start', fill: c('ink') }),
        // Filled regions of the latest rule; group opacity so overlapping rectangles do not darken.
        Plot.rect(
          fills.filter((f) => f.rank === RANK['licence-band']),
          { ...DECOR, x1: 'x0', x2: 'x1', y1: 'y0', y2: 'y1', fill: c('series-4'), fillOpacity: 0.16 },
        ),
        Plot.rect(
          fills.filter((f) => f.rank === RANK.controlled),
          { ...DECOR, x1: 'x0', x2: 'x1', y1: 'y0', y2: 'y1', fill: c('accent'), fillOpacity: 0.13 },
        ),
        Plot.link(
          outlines.filter((o) => o.latest),
          { ...DECOR, x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: (d: { rank: number }) => (d.rank === RANK.controlled ? c('accent') : c('series-4')), strokeWidth: 1.5 },
        ),
        Plot.link(
          outlines.filter((o) => !o.latest),
          { ...DECOR, x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: c('muted'), strokeWidth: 1.25, strokeDasharray: '5 4' },
        ),
        ...[true, false].map((latest) =>
          Plot.text(
            regionLabels.filter((l) => l.latest === latest),
            {
              ...DECOR,
              x: 'x',
              y: 'y',
              text: 'text',
              textAnchor: 'start',
              lineAnchor: 'top',
              lineHeight: 1.2,
              fontSize: 11,
              fontWeight: latest ? 600 : 400,
              fill: (d: { effect: string }) => (latest ? (d.effect === 'controlled' ? c('accent') : c('series-4')) : c('muted')),
              stroke: c('bg'),
              strokeWidth: 3,
              paintOrder: 'stroke',
            },
          ),
        ),
        Plot.rect(regionKey, {
          ...DECOR,
          x1: X.invert(xRange[0]),
          x2: X.invert(xRange[0] + 18),
          y1: (d: { y: number }) => Y.invert(d.y - 5),
          y2: (d: { y: number }) => Y.invert(d.y + 5),
          fill: (d: { latest: boolean; effect: string }) => (!d.latest ? 'none' : d.effect === 'controlled' ? c('accent') : c('series-4')),
          fillOpacity: 0.3,
          stroke: (d: { latest: boolean; effect: string }) => (!d.latest ? c('muted') : d.effect === 'controlled' ? c('accent') : c('series-4')),
          strokeDasharray: '3 2',
        }),
        Plot.text(regionKey, { ...DECOR, x: X.invert(xRange[0] + 24), y: (d: { y: number }) => Y.invert(d.y), text: 'text', textAnchor: 'start', fontSize: 11, fill: c('ink') }),
        Plot.dot(main, { x: (d: ChipRow) => d.chip.tpp, y: 'pd', ...dotOptions, render: tag(main) }),
        ...(['start', 'middle', 'end'] as const).map((anchor) =>
          Plot.text(
            chipLabels.filter((l) => l.anchor === anchor),
            { ...DECOR, x: 'x', y: 'y', text: 'text', textAnchor: anchor, fontSize: labelSize, fill: c('ink'), stroke: c('bg'), strokeWidth: 3, paintOrder: 'stroke' },
          ),
        ),
        // Key (classes by shape and colour), in the top margin.
        Plot.dot(keyItems, {
          ...DECOR,
          x: (d: { x: number }) => X.invert(d.x + 5),
          y: (d: { line: number }) => keyY(d.line),
          symbol: (d: { cls: ChipClass }) => CLASS_STYLE[d.cls].symbol,
          fill: (d: { cls: ChipClass }) => c(CLASS_STYLE[d.cls].token),
          r: 4.5,
        }),
        Plot.text(keyItems, {
          ...DECOR,
          x: (d: { x: number }) => X.invert(d.x + 13),
          y: (d: { line: number }) => keyY(d.line),
          text: (d: { cls: ChipClass }) => s.classes[d.cls],
          textAnchor: 'start',
          fill: c('ink'),
        }),
      ],
    },
  };

  const panels: ChartPanel[] = [mainPanel];
  if (strip.length) panels.push(stripPanel(strip, ctx, { xd, X, marginLeft, marginRight, thresholds: thresholds.map((t) => t.threshold), latestDate, tag, dotOptions, tickFormat, vendorName: (id) => ds.companyById.get(id)?.name.en }));
  return panels;
}

function stripPanel(
  rows: ChipRow[],
  ctx: ChartContext,
  o: {
    xd: [number, number];
    X: ScaleLogarithmic<number, number>;
    marginLeft: number;
    marginRight: number;
    thresholds: Threshold[];
    latestDate: string;
    tag: (rows: ChipRow[]) => Plot.RenderFunction;
    dotOptions: Record<string, unknown>;
    tickFormat: (v: number) => string;
    vendorName: (id: string) => string | undefined;
  },
): ChartPanel {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).thresholds;
  const narrow = width < 500;
  const labelSize = narrow ? 10.5 : 11.5;
  const { X } = o;
  // The TPP values where the rules' regions start; labelled where the numbers do not collide, largest first.
  const lines = [...new Set(o.thresholds.flatMap((t) => t.regions.map((r) => r.tppMin)).filter((v) => v >= o.xd[0] && v <= o.xd[1]))].sort((a, b) => a - b);
  const lineLabels: number[] = [];
  const lineBoxes: Box[] = [];
  for (const v of [...lines].reverse()) {
    const w = textWidth(formatNumber(v, locale), 10.5) + 4;
    const box = { x0: X(v) - w / 2, x1: X(v) + w / 2, y0: 0, y1: 1 };
    if (lineBoxes.some((b) => overlaps(b, box))) continue;
    lineBoxes.push(box);
    lineLabels.push(v);
  }

  // Stack overlapping dots.
  const r = 5;
  const rowH = 13;
  const ends: number[] = [];
  const stacked = rows.map((row) => {
    const x = X(row.chip.tpp);
    let level = ends.findIndex((e) => e < x - r - 1);
    if (level === -1) level = ends.length;
    ends[level] = x + r + 1;
    return { ...row, level };
  });
  const levels = Math.max(1, ends.length);
  // Above the band: a row of cluster labels, then (wide only) two rows for chip names.
  // Below it: tick labels, then the threshold values.
  const marginTop = narrow ? 22 : 50;
  const bandH = levels * rowH + 6;
  const marginBottom = 44;
  const height = marginTop + bandH + marginBottom;
  const yOf = (level: number) => marginTop + 3 + rowH / 2 + level * rowH;

  // Labels: one per class cluster (name + TPP range) first, then chip names where they fit.
  const bounds: Box = { x0: 2, y0: 1, x1: width - 2, y1: 18 };
  const byClass = new Map<ChipClass, typeof stacked>();
  for (const row of stacked) byClass.set(row.chip.class, [...(byClass.get(row.chip.class) ?? []), row]);
  const clusterLabels: PlacedLabel[] = [];
  for (const [cls, members] of byClass) {
    const lo = Math.min(...members.map((m) => m.chip.tpp));
    const hi = Math.max(...members.map((m) => m.chip.tpp));
    const range = lo === hi ? formatNumber(lo, locale) : `${formatNumber(lo, locale)}–${formatNumber(hi, locale)}`;
    const text = `${s.classes[cls]}${locale === 'en' ? ': ' : '：'}${range} TPP`;
    const w = textWidth(text, labelSize) * 1.15; // bold
    const x0 = Math.min(Math.max((X(lo) + X(hi)) / 2 - w / 2, bounds.x0), bounds.x1 - w);
    const box = labelBox(x0, 9, 'start', w, labelSize * 1.15);
    if (clusterLabels.some((l) => overlaps(l.box, box))) continue;
    clusterLabels.push({ id: `class-${cls}`, text, x: x0, y: 9, anchor: 'start', box });
  }
  const nameInputs: LabelInput[] = narrow
    ? []
    : stacked.map((m) => ({ id: m.key, x: X(m.chip.tpp), y: yOf(m.level), r: r + 1, text: shortName(m.chip, o.vendorName(m.chip.vendor)), sides: ['top', 'top-right', 'top-left'] }));
  const names = placeLabels(nameInputs, {
    fontSize: labelSize - 1,
    bounds: { x0: 2, y0: 19, x1: width - 2, y1: marginTop - 1 },
    rings: 3,
    obstacles: [...clusterLabels.map((l) => l.box), ...stacked.map((m) => labelBox(X(m.chip.tpp), yOf(m.level), 'middle', 2 * r, 2 * r))],
  });

  const y = { type: 'linear' as const, domain: [0, height], range: [0, height] as [number, number], axis: null };
  const text = (placed: typeof clusterLabels, size: number, weight: number) =>
    (['start', 'middle', 'end'] as const).map((anchor) =>
      Plot.text(
        placed.filter((p) => p.anchor === anchor),
        { ...DECOR, x: (p: { x: number }) => X.invert(p.x), y: 'y', text: 'text', textAnchor: anchor, fontSize: size, fontWeight: weight, fill: c('ink'), stroke: c('bg'), strokeWidth: 3, paintOrder: 'stroke' },
      ),
    );

  return {
    id: 'strip',
    heading: s.stripHeading,
    options: {
      width,
      height,
      marginLeft: o.marginLeft,
      marginRight: o.marginRight,
      marginTop,
      marginBottom,
      className: 'chart-svg',
      style: svgStyle(12, theme),
      x: { type: 'log', domain: o.xd, range: [o.marginLeft, width - o.marginRight], axis: null },
      y,
      color: { type: 'identity' },
      symbol: { type: 'identity' },
      marks: [
        Plot.rect([0], { ...DECOR, x1: o.xd[0], x2: o.xd[1], y1: marginTop, y2: marginTop + bandH, fill: c('surface') }),
        Plot.ruleX(lines, { ...DECOR, y1: marginTop, y2: marginTop + bandH + 24, stroke: c('accent'), strokeDasharray: '4 3' }),
        Plot.text(lineLabels, {
          ...DECOR,
          x: (v: number) => v,
          y: marginTop + bandH + 32,
          text: (v: number) => formatNumber(v, locale),
          fill: c('accent'),
          fontSize: 10.5,
          textAnchor: 'middle',
        }),
        Plot.ruleX(logTicks(o.xd, narrow), { ...DECOR, y1: marginTop + bandH, y2: marginTop + bandH + 5, stroke: c('ink') }),
        Plot.text(logTicks(o.xd, narrow), { ...DECOR, x: (v: number) => v, y: marginTop + bandH + 14, text: o.tickFormat, fill: c('ink') }),
        Plot.dot(stacked, { x: (d: ChipRow) => d.chip.tpp, y: (d: { level: number }) => yOf(d.level), ...o.dotOptions, render: o.tag(stacked) }),
        ...text(clusterLabels, labelSize, 600),
        ...text(names, labelSize - 1, 400),
      ],
    },
  };
}

/* ------------------------------------------------------------ definition */

export const thresholdsChart: ChartDefinition = {
  id: 'thresholds',
  data: ['chips.json', 'events.json', 'companies.json', 'sources.json'],
  spec: thresholdsSpec,
  notes: (ds, locale) => {
    const s = chartStrings(locale).thresholds;
    const extra = thresholdRows(ds).flatMap(({ threshold }) => (threshold.note ? [`${threshold.label[locale]}: ${threshold.note[locale]}`] : []));
    return [...s.notes, ...extra];
  },
  sources: (ds) => {
    const { main, strip } = chipRows(ds);
    return rankSources([...thresholdRows(ds).map((t) => t.threshold), ...main.map((r) => r.chip), ...strip.map((r) => r.chip)]);
  },
  summary: (ds, locale) => {
    const s = chartStrings(locale).thresholds;
    const { main, strip } = chipRows(ds);
    const ts = thresholdRows(ds);
    const latestDate = ts.length ? ts[ts.length - 1]!.date : '';
    const latest = ts.filter((t) => t.date === latestDate).map((t) => t.threshold);
    const controlled = latest.filter((t) => t.effect === 'controlled');
    const lowest = Math.min(...latest.flatMap((t) => t.regions.map((r) => r.tppMin)));
    const line = Math.min(...controlled.flatMap((t) => t.regions.filter((r) => r.pdMin === undefined).map((r) => r.tppMin)));
    return s.summary({
      chips: main.length,
      controlled: main.filter((r) => controlled.some((t) => inThreshold(t, r.chip.tpp, r.pd))).length,
      strip: strip.length,
      far: formatNumber(Math.max(0, ...strip.map((r) => r.chip.tpp)), locale),
      line: Number.isFinite(line) ? formatNumber(line, locale) : '—',
      lowest: Number.isFinite(lowest) ? formatNumber(lowest, locale) : '—',
    });
  },
};
