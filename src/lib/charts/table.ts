/**
 * The data behind each chart as tables: exactly the rows the chart draws,
 * keyed like its marks (a table row's `key` is the `data-key` of the marks it
 * stands for). One function feeds the <details> table under each figure and,
 * through `values`, CSV/JSON downloads.
 */
import type { Dataset } from '../data';
import type { Locale } from '../schema';
import { chartStrings } from '../i18n/charts';
import { lagText, licenceEvents, measureRows, salesCorrectionNote, salesRows } from './allies';
import { BREADTH_COLUMNS, breadthRows } from './breadth';
import { formatEurMillions, formatNumber, formatPartialDate, formatShare } from './format';
import { nodeRows } from './node-race';
import { actorOf, ratchetRows } from './ratchet';
import { chipRows, thresholdRows } from './thresholds';
import type { ChartId } from './types';

export type CellValue = string | number | boolean | null;

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface TableRow {
  /** Equals the data-key of the marks this row is drawn as. */
  key: string;
  /** Display text per column, in the page's language. */
  cells: Record<string, string>;
  /** Machine values per column, for downloads (ISO dates, plain numbers, ids). */
  values: Record<string, CellValue>;
  /** Source ids behind the row. */
  sources: string[];
}

export interface ChartTable {
  /** Stable within the chart: "measures", "sales"… */
  id: string;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** True when the rows are drawn as tagged marks (tests compare the keys). */
  drawnAsMarks: boolean;
}

const dash = (locale: Locale) => chartStrings(locale).figure.none;

function ratchetTables(ds: Dataset, locale: Locale): ChartTable[] {
  const s = chartStrings(locale).ratchet;
  const f = chartStrings(locale).figure;
  return [
    {
      id: 'measures',
      caption: f.dataTableCaption(s.title),
      drawnAsMarks: true,
      columns: [
        { key: 'date', label: s.columns.date },
        { key: 'measure', label: s.columns.measure },
        { key: 'lane', label: s.columns.lane },
        { key: 'actor', label: s.columns.actor },
        { key: 'direction', label: s.columns.direction },
        { key: 'effective', label: s.columns.effective },
        { key: 'entities', label: s.columns.entities, numeric: true },
      ],
      rows: ratchetRows(ds).map((r) => ({
        key: r.key,
        sources: r.event.sources,
        cells: {
          date: formatPartialDate(r.event.date, locale),
          measure: r.event.title[locale],
          lane: s.lanes[r.lane],
          actor: s.actors[actorOf(r.event)],
          direction: s.direction[r.event.direction],
          effective: r.event.effective ? formatPartialDate(r.event.effective, locale) : dash(locale),
          entities: r.lane === 'entities' && r.event.entitiesAdded ? formatNumber(r.event.entitiesAdded, locale) : dash(locale),
        },
        values: {
          date: r.event.date,
          measure: r.event.title[locale],
          lane: r.lane,
          actor: actorOf(r.event),
          direction: r.event.direction,
          effective: r.event.effective ?? null,
          entities: r.lane === 'entities' ? (r.event.entitiesAdded ?? null) : null,
          event: r.event.id,
        },
      })),
    },
  ];
}

function thresholdsTables(ds: Dataset, locale: Locale): ChartTable[] {
  const s = chartStrings(locale).thresholds;
  const f = chartStrings(locale).figure;
  const { main, strip } = chipRows(ds);
  const rows = [...main.map((r) => ({ ...r, where: 'main' as const })), ...strip.map((r) => ({ ...r, where: 'strip' as const }))];
  const range = (lo: number | undefined, hi: number | undefined, fmt: (v: number) => string, isTpp: boolean) =>
    isTpp ? s.tppRange(fmt(lo ?? 0), hi !== undefined ? fmt(hi) : undefined) : s.pdRange(lo !== undefined ? fmt(lo) : undefined, hi !== undefined ? fmt(hi) : undefined);
  return [
    {
      id: 'chips',
      caption: f.dataTableCaption(s.title),
      drawnAsMarks: true,
      columns: [
        { key: 'chip', label: s.columns.chip },
        { key: 'vendor', label: s.columns.vendor },
        { key: 'class', label: s.columns.class },
        { key: 'year', label: s.columns.year, numeric: true },
        { key: 'tpp', label: s.columns.tpp, numeric: true },
        { key: 'die', label: s.columns.die, numeric: true },
        { key: 'pd', label: s.columns.pd, numeric: true },
        { key: 'where', label: s.columns.where },
        { key: 'estimate', label: s.columns.estimate },
        { key: 'method', label: s.columns.method },
      ],
      rows: rows.map((r) => ({
        key: r.key,
        sources: r.chip.sources,
        cells: {
          chip: r.chip.name,
          vendor: ds.companyById.get(r.chip.vendor)?.name[locale] ?? r.chip.vendor,
          class: s.classes[r.chip.class],
          year: String(r.chip.year),
          tpp: formatNumber(r.chip.tpp, locale),
          die: r.chip.dieAreaMm2 ? formatNumber(r.chip.dieAreaMm2, locale, 1) : dash(locale),
          pd: r.pd !== undefined ? formatNumber(r.pd, locale, 2) : dash(locale),
          where: r.where === 'main' ? s.whereMain : s.whereStrip,
          estimate: r.chip.estimate ? f.yes : dash(locale),
          method: [r.chip.method[locale], r.chip.note?.[locale]].filter(Boolean).join(' '),
        },
        values: {
          chip: r.chip.name,
          vendor: r.chip.vendor,
          class: r.chip.class,
          year: r.chip.year,
          tpp: r.chip.tpp,
          die: r.chip.dieAreaMm2 ?? null,
          pd: r.pd ?? null,
          where: r.where,
          estimate: r.chip.estimate,
          method: r.chip.method[locale],
          note: r.chip.note?.[locale] ?? null,
          id: r.chip.id,
        },
      })),
    },
    {
      id: 'thresholds',
      caption: s.thresholdsCaption,
      drawnAsMarks: false,
      columns: [
        { key: 'threshold', label: s.thresholdColumns.threshold },
        { key: 'rule', label: s.thresholdColumns.rule },
        { key: 'effect', label: s.thresholdColumns.effect },
        { key: 'tpp', label: s.thresholdColumns.tpp },
        { key: 'pd', label: s.thresholdColumns.pd },
      ],
      rows: thresholdRows(ds).flatMap(({ threshold, date }) =>
        threshold.regions.map((region, i) => ({
          key: `${threshold.id}#${i}`,
          sources: threshold.sources,
          cells: {
            threshold: threshold.label[locale],
            rule: formatPartialDate(date, locale),
            effect: s.effect[threshold.effect],
            tpp: range(region.tppMin, region.tppMax, (v) => formatNumber(v, locale), true),
            pd: range(region.pdMin, region.pdMax, (v) => formatNumber(v, locale, 2), false),
          },
          values: {
            threshold: threshold.id,
            rule: threshold.event,
            effect: threshold.effect,
            tppMin: region.tppMin,
            tppMax: region.tppMax ?? null,
            pdMin: region.pdMin ?? null,
            pdMax: region.pdMax ?? null,
          },
        })),
      ),
    },
  ];
}

function alliesTables(ds: Dataset, locale: Locale): ChartTable[] {
  const s = chartStrings(locale).allies;
  const f = chartStrings(locale).figure;
  return [
    {
      id: 'measures',
      caption: f.dataTableCaption(s.lanesHeading),
      drawnAsMarks: true,
      columns: [
        { key: 'ally', label: s.columns.ally },
        { key: 'ask', label: s.columns.ask },
        { key: 'askedOn', label: s.columns.askedOn },
        { key: 'action', label: s.columns.action },
        { key: 'actedOn', label: s.columns.actedOn },
        { key: 'lag', label: s.columns.lag },
        { key: 'status', label: s.columns.status },
        { key: 'note', label: s.columns.note },
      ],
      rows: measureRows(ds).map((r) => ({
        key: r.key,
        sources: r.measure.sources,
        cells: {
          ally: s.allies[r.ally]!,
          ask: r.measure.ask[locale],
          askedOn: formatPartialDate(r.measure.askedOn, locale),
          action: r.measure.action?.[locale] ?? dash(locale),
          actedOn: r.measure.actedOn ? formatPartialDate(r.measure.actedOn, locale) : dash(locale),
          lag: r.lag ? lagText(r, locale) : dash(locale),
          status: s.status[r.measure.status],
          note: r.measure.note?.[locale] ?? '',
        },
        values: {
          ally: r.ally,
          asker: r.measure.asker,
          ask: r.measure.ask[locale],
          askedOn: r.measure.askedOn,
          action: r.measure.action?.[locale] ?? null,
          actedOn: r.measure.actedOn ?? null,
          lagMonths: r.lag?.months ?? null,
          status: r.measure.status,
          id: r.measure.id,
        },
      })),
    },
    {
      id: 'sales',
      caption: s.salesCaption,
      drawnAsMarks: true,
      columns: [
        { key: 'year', label: s.salesColumns.year, numeric: true },
        { key: 'china', label: s.salesColumns.china, numeric: true },
        { key: 'share', label: s.salesColumns.share, numeric: true },
        { key: 'total', label: s.salesColumns.total, numeric: true },
        { key: 'estimate', label: s.salesColumns.estimate },
        { key: 'note', label: s.salesColumns.note },
        { key: 'correction', label: s.salesColumns.correction },
      ],
      rows: salesRows(ds).map((r) => ({
        key: r.id,
        sources: r.sources,
        cells: {
          year: String(r.year),
          china: formatEurMillions(r.chinaSystemSalesEurM, locale),
          share: formatShare(r.chinaShareOfSystemSales, locale),
          total: formatEurMillions(r.systemSalesEurM, locale),
          estimate: r.estimate ? f.yes : dash(locale),
          note: r.note?.[locale] ?? '',
          correction: salesCorrectionNote(ds, r, locale) ?? dash(locale),
        },
        values: {
          year: r.year,
          chinaSystemSalesEurM: r.chinaSystemSalesEurM,
          chinaShareOfSystemSales: r.chinaShareOfSystemSales,
          systemSalesEurM: r.systemSalesEurM,
          estimate: r.estimate,
          note: r.note?.[locale] ?? null,
          correction: salesCorrectionNote(ds, r, locale) ?? null,
          id: r.id,
        },
      })),
    },
    {
      id: 'licence-events',
      caption: s.eventsCaption,
      drawnAsMarks: true,
      columns: [
        { key: 'n', label: s.eventColumns.n, numeric: true },
        { key: 'date', label: s.eventColumns.date },
        { key: 'event', label: s.eventColumns.event },
      ],
      rows: licenceEvents(ds).map((e, i) => ({
        key: e.id,
        sources: e.sources,
        cells: { n: String(i + 1), date: formatPartialDate(e.date, locale), event: e.title[locale] },
        values: { n: i + 1, date: e.date, event: e.title[locale], id: e.id },
      })),
    },
  ];
}

function nodeRaceTables(ds: Dataset, locale: Locale): ChartTable[] {
  const s = chartStrings(locale).nodeRace;
  const f = chartStrings(locale).figure;
  const name = (id: string) => ds.companyById.get(id)?.name[locale] ?? id;
  return [
    {
      id: 'nodes',
      caption: f.dataTableCaption(s.title),
      drawnAsMarks: true,
      columns: [
        { key: 'company', label: s.columns.company },
        { key: 'node', label: s.columns.node },
        { key: 'generation', label: s.columns.generation, numeric: true },
        { key: 'year', label: s.columns.year, numeric: true },
        { key: 'status', label: s.columns.status },
        { key: 'lithography', label: s.columns.lithography },
        { key: 'note', label: s.columns.note },
      ],
      rows: nodeRows(ds).map((r) => ({
        key: r.key,
        sources: r.node.sources,
        cells: {
          company: name(r.company),
          node: r.node.node,
          generation: formatNumber(r.node.generation, locale, 1),
          year: String(r.year) + (r.node.estimate ? ` (${f.estimate})` : ''),
          status: s.status[r.node.status],
          lithography: s.lithography[r.node.lithography],
          note: r.node.note?.[locale] ?? '',
        },
        values: {
          company: r.company,
          node: r.node.node,
          generation: r.node.generation,
          year: r.year,
          status: r.node.status,
          lithography: r.node.lithography,
          estimate: r.node.estimate ?? false,
          id: r.node.id,
        },
      })),
    },
  ];
}

function breadthTables(ds: Dataset, locale: Locale): ChartTable[] {
  const s = chartStrings(locale).breadth;
  const f = chartStrings(locale).figure;
  return [
    {
      id: 'measures',
      caption: f.dataTableCaption(s.title),
      drawnAsMarks: true,
      columns: [
        { key: 'date', label: s.tableColumns.date },
        { key: 'measure', label: s.tableColumns.measure },
        ...BREADTH_COLUMNS.map((c) => ({ key: c, label: s.columns[c], numeric: true })),
      ],
      rows: breadthRows(ds).map((r) => {
        const cell = (c: (typeof BREADTH_COLUMNS)[number]) => r.cells.find((x) => x.column === c);
        return {
          key: r.key,
          sources: r.event.sources,
          cells: {
            date: formatPartialDate(r.event.date, locale),
            measure: r.event.title[locale],
            ...Object.fromEntries(
              BREADTH_COLUMNS.map((c) => {
                const x = cell(c);
                return [c, x ? `${r.year}${x.first ? ` (${s.firstTime})` : ''}` : ''];
              }),
            ),
          },
          values: {
            date: r.event.date,
            measure: r.event.title[locale],
            inForce: r.year,
            ...Object.fromEntries(BREADTH_COLUMNS.map((c) => [c, cell(c) ? (cell(c)!.first ? 'first' : 'yes') : null])),
            event: r.event.id,
          },
        };
      }),
    },
  ];
}

const TABLES: Record<ChartId, (ds: Dataset, locale: Locale) => ChartTable[]> = {
  ratchet: ratchetTables,
  thresholds: thresholdsTables,
  allies: alliesTables,
  'node-race': nodeRaceTables,
  breadth: breadthTables,
};

export function chartTables(id: ChartId, ds: Dataset, locale: Locale): ChartTable[] {
  return TABLES[id](ds, locale);
}

/** How many marks a table row is drawn as (tests use this to count marks). */
export function marksPerRow(id: ChartId, table: ChartTable, row: TableRow): number {
  if (id === 'allies' && table.id === 'measures') return row.values.actedOn ? 2 : 1;
  if (id === 'breadth') return BREADTH_COLUMNS.filter((c) => row.values[c] !== null).length;
  return 1;
}

