/**
 * "What the controls touched": a matrix, one row per control measure that
 * tightened (stage "measure", direction "tighten"; US rules, listings and
 * allies' measures with `touches`), one column per kind of item (chips,
 * equipment, servicing, persons, materials). Eased measures are left out:
 * the matrix shows how far the controls reached, not where they later eased.
 *
 * Data → marks: one cell per (measure, kind) the measure reached, labelled
 * with the year it took effect (`effective`, else `date`). The first measure
 * to reach a kind is a dark cell with bold text; later ones are light. Empty
 * cells are faint outlines. Rows are in date order, so breadth growing over
 * time reads as dark cells stepping right as you go down.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data';
import type { DataEvent, Locale } from '../schema';
import { chartStrings } from '../i18n/charts';
import { startOf, yearOf } from '../dates';
import { formatPartialDate } from './format';
import { DECOR, tagMarks } from './marks';
import { labelLines, textWidth } from './text';
import { palette, svgStyle } from './theme';
import { rankSources, type ChartContext, type ChartDefinition, type ChartPanel } from './types';

export const BREADTH_COLUMNS = ['chips', 'equipment', 'servicing', 'persons', 'materials'] as const;
export type BreadthColumn = (typeof BREADTH_COLUMNS)[number];

export interface BreadthRow {
  key: string;
  event: DataEvent;
  /** Year in force. */
  year: number;
  cells: { column: BreadthColumn; first: boolean }[];
}

export interface BreadthCell {
  key: string;
  row: BreadthRow;
  column: BreadthColumn;
  first: boolean;
}

export function breadthRows(ds: Pick<Dataset, 'events' | 'meta'>): BreadthRow[] {
  const seen = new Set<BreadthColumn>();
  const rows: BreadthRow[] = [];
  const events = ds.events.filter((e) => {
    if (e.category !== 'us-rule' && e.category !== 'entity-list' && e.category !== 'ally-alignment') return false;
    if (e.stage !== 'measure' || e.direction !== 'tighten') return false;
    const start = startOf(e.date);
    if (start < ds.meta.coverageStart || start > ds.meta.coverageEnd) return false;
    return BREADTH_COLUMNS.some((c) => e.touches?.includes(c));
  });
  for (const event of events) {
    const cells = BREADTH_COLUMNS.filter((c) => event.touches?.includes(c)).map((column) => {
      const first = !seen.has(column);
      return { column, first };
    });
    for (const c of cells) seen.add(c.column);
    rows.push({ key: event.id, event, year: yearOf(event.effective ?? event.date), cells });
  }
  return rows;
}

export function breadthCells(rows: readonly BreadthRow[]): BreadthCell[] {
  return rows.flatMap((row) => row.cells.map((c) => ({ key: row.key, row, column: c.column, first: c.first })));
}

/** For allies' measures, the government that took it ("Netherlands"); empty for US measures. */
export function actorLabel(e: DataEvent, locale: Locale): string {
  if (e.category !== 'ally-alignment') return '';
  const ally = e.actors.countries.find((c) => c !== 'US' && c !== 'CN');
  return ally ? (chartStrings(locale).allies.allies[ally] ?? ally) : '';
}

function cellTip(cell: BreadthCell, locale: Locale): string {
  const s = chartStrings(locale).breadth;
  const e = cell.row.event;
  const who = actorLabel(e, locale);
  const lines = [`${who ? `${who}: ` : ''}${e.title[locale]}`, `${s.columns[cell.column]} · ${formatPartialDate(e.effective ?? e.date, locale)}`];
  if (cell.first) lines.push(s.firstTime);
  return lines.join('\n');
}

export function breadthSpec(ds: Dataset, ctx: ChartContext): ChartPanel[] {
  const { locale, width, theme } = ctx;
  const c = palette(theme);
  const s = chartStrings(locale).breadth;
  const narrow = width < 500;
  const rows = breadthRows(ds);
  const cells = breadthCells(rows);
  const fontSize = 12;

  // Wide: labels in a column on the left. Narrow: each row's label on its own line above its cells.
  const marginLeft = 4;
  const marginRight = 4;
  const inner = width - marginLeft - marginRight;
  const labelW = narrow ? inner : Math.min(inner * 0.5, 440);
  const gridX0 = narrow ? marginLeft : marginLeft + labelW + 12;
  const colW = (width - marginRight - gridX0) / BREADTH_COLUMNS.length;
  const cellH = 24;
  const rowGap = narrow ? 8 : 4;
  const headerH = 26;
  /** Line height of a label (11.5 px text); labels wrap, never cut. */
  const lineH = 13;

  const cx = (col: BreadthColumn) => gridX0 + (BREADTH_COLUMNS.indexOf(col) + 0.5) * colW;
  const rowIndex = new Map(rows.map((r, i) => [r.key, i] as const));
  const wrapped = rows.map((r) => {
    const date = formatPartialDate(r.event.date, locale, true);
    // The acting ally, unless the title already names it.
    const who = actorLabel(r.event, locale);
    const named = who && r.event.title[locale].includes(who);
    const label = (title: string) => `${date} · ${who && !named ? `${who}${locale === 'en' ? ': ' : '：'}` : ''}${title}`;
    const short = r.event.shortTitle?.[locale];
    return labelLines(label(r.event.title[locale]), short && label(short), labelW - 4, 11.5);
  });
  // Rows grow with their label: above the cells on narrow charts, beside them (centred) on wide ones.
  const labelH = (i: number) => (narrow ? wrapped[i]!.length * lineH + 3 : 0);
  const rowH = (i: number) => labelH(i) + Math.max(cellH, narrow ? 0 : wrapped[i]!.length * lineH + 2) + rowGap;
  const rowStart: number[] = [];
  let acc = headerH;
  for (let i = 0; i < rows.length; i++) {
    rowStart.push(acc);
    acc += rowH(i);
  }
  const height = acc + 6;
  /** Top of row i's cells. */
  const rowTop = (i: number) => rowStart[i]! + labelH(i) + (narrow ? 0 : (rowH(i) - rowGap - cellH) / 2);

  const labels = rows.map((_, i) => ({
    text: wrapped[i]!.join('\n'),
    x: marginLeft,
    y: narrow ? rowStart[i]! + labelH(i) - 4 : rowTop(i) + cellH / 2,
    anchor: narrow ? 'bottom' : 'middle',
  }));
  const empty = rows.flatMap((r, i) =>
    BREADTH_COLUMNS.filter((col) => !r.cells.some((cc) => cc.column === col)).map((col) => ({ col, i })),
  );
  const headerSize = Math.min(12, Math.max(9.5, ...BREADTH_COLUMNS.map((col) => (12 * (colW - 4)) / Math.max(1, textWidth(s.columns[col], 12)))));
  const box = (col: BreadthColumn, i: number) => ({ x1: cx(col) - colW / 2 + 2, x2: cx(col) + colW / 2 - 2, y1: rowTop(i), y2: rowTop(i) + cellH });
  const emptyBoxes = empty.map((e) => box(e.col, e.i));
  const drawn = cells.map((cell) => ({ ...cell, ...box(cell.column, rowIndex.get(cell.key)!) }));
  type Drawn = (typeof drawn)[number];

  return [
    {
      id: 'main',
      options: {
        width,
        height,
        margin: 0,
        className: 'chart-svg',
        style: svgStyle(fontSize, theme),
        x: { type: 'linear', domain: [0, width], range: [0, width], axis: null },
        y: { type: 'linear', domain: [0, height], range: [0, height], axis: null },
        color: { type: 'identity' },
        marks: [
          Plot.text(BREADTH_COLUMNS, {
            ...DECOR,
            x: (col: BreadthColumn) => cx(col),
            y: headerH / 2,
            text: (col: BreadthColumn) => s.columns[col],
            fontSize: Math.min(12, headerSize),
            fontWeight: 700,
            fill: c('ink'),
          }),
          ...(['bottom', 'middle'] as const).map((lineAnchor) =>
            Plot.text(
              labels.filter((l) => l.anchor === lineAnchor),
              { ...DECOR, x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor, lineHeight: lineH / 11.5, fontSize: 11.5, fill: c('ink') },
            ),
          ),
          Plot.rect(emptyBoxes, { ...DECOR, x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'none', stroke: c('grid') }),
          Plot.rect(drawn, {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: (d: Drawn) => (d.first ? c('series-1') : c('surface')),
            stroke: c('series-1'),
            strokeWidth: 1,
            render: tagMarks(drawn, {
              key: (d) => d.key,
              group: (d) => d.key,
              tip: (d) => cellTip(d, locale),
              order: (d) => rowIndex.get(d.key)! * 10 + BREADTH_COLUMNS.indexOf(d.column),
              attrs: (d) => ({ column: d.column, first: String(d.first) }),
            }),
          }),
          ...[true, false].map((first) =>
            Plot.text(
              drawn.filter((d) => d.first === first),
              {
                ...DECOR,
                x: (d: Drawn) => (d.x1 + d.x2) / 2,
                y: (d: Drawn) => (d.y1 + d.y2) / 2,
                text: (d: Drawn) => String(d.row.year),
                fontSize: narrow ? 11 : 12,
                fontWeight: first ? 700 : 400,
                fill: first ? c('bg') : c('ink'),
              },
            ),
          ),
        ],
      },
    },
  ];
}

export const breadthChart: ChartDefinition = {
  id: 'breadth',
  data: ['events.json', 'sources.json', 'meta.json'],
  spec: breadthSpec,
  notes: (_ds, locale) => [...chartStrings(locale).breadth.notes],
  sources: (ds) => rankSources(breadthRows(ds).map((r) => r.event)),
  summary: (ds, locale) => {
    const s = chartStrings(locale).breadth;
    const rows = breadthRows(ds);
    const reached = new Set(rows.flatMap((r) => r.cells.map((c) => c.column)));
    const widest = rows.reduce<BreadthRow | undefined>((a, b) => (!a || b.cells.length > a.cells.length ? b : a), undefined);
    return s.summary({
      measures: rows.length,
      first: rows[0] ? formatPartialDate(rows[0].event.date, locale) : '—',
      firstN: rows[0]?.cells.length ?? 0,
      last: rows.length ? (locale === 'en' ? String(rows[rows.length - 1]!.year) : `${rows[rows.length - 1]!.year}年`) : '—',
      reached: reached.size,
      total: BREADTH_COLUMNS.length,
      widest: widest ? widest.event.title[locale] : '—',
      widestN: widest ? widest.cells.length : 0,
    });
  },
};
