/**
 * Shared types for the chart specs. A spec is a pure function of the joined
 * dataset and a render context; it returns Plot options for one or more
 * panels (most charts have one; "thresholds" and "allies" have two). Nothing
 * here touches the DOM or the file system: render.ts does that at build time.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Dataset } from '../data';
import type { DataFileName, Locale } from '../schema';

/**
 * How colours are written into the SVG.
 * - "css": `var(--series-1, <light hex>)`, follows the page's theme (the default for pages).
 * - "light" / "dark": that theme's hex values, for SVG files lifted out of the page
 *   (downloads, preview images) where no stylesheet applies.
 */
export type ThemeName = 'css' | 'light' | 'dark';

export interface ChartContext {
  locale: Locale;
  /** Width in CSS pixels the SVG is drawn for (its viewBox width). */
  width: number;
  theme?: ThemeName;
}

export interface ChartPanel {
  /** Stable within the chart: "main", "strip", "lanes", "sales"… */
  id: string;
  /** Heading shown above the panel when a chart has more than one. */
  heading?: string;
  options: PlotOptions;
}

export type ChartSpec<D> = (data: D, ctx: ChartContext) => ChartPanel[];

export const CHART_IDS = ['ratchet', 'thresholds', 'allies', 'node-race', 'breadth'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** What each chart module exports; registry.ts adds titles and the source line. */
export interface ChartDefinition {
  id: ChartId;
  /** The data files the chart reads. */
  data: DataFileName[];
  /** Pure: dataset + context → Plot options per panel. */
  spec: (ds: Dataset, ctx: ChartContext) => ChartPanel[];
  /** Notes under the chart: fixed method notes plus any the data carries. */
  notes: (ds: Dataset, locale: Locale) => string[];
  /** Ids of the source records behind what the chart draws, most cited first. */
  sources: (ds: Dataset) => string[];
  /** The text alternative: a few sentences for a reader who cannot see the chart. */
  summary: (ds: Dataset, locale: Locale) => string;
}

/** Source ids from records, most cited first, ties in first-seen order. */
export function rankSources(records: Iterable<{ sources: readonly string[] }>): string[] {
  const count = new Map<string, number>();
  for (const r of records) for (const s of r.sources) count.set(s, (count.get(s) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
