/**
 * The chart registry: every chart once, with what a figure, an embed, a
 * download or a preview image needs to show it with its context. Add a chart
 * by adding one entry; every place that shows charts reads CHARTS.
 */
import type { Dataset } from '../data';
import type { Locale, Localized, Source } from '../schema';
import { CHART_STRINGS, chartStrings } from '../i18n/charts';
import { alliesChart } from './allies';
import { breadthChart } from './breadth';
import { nodeRaceChart } from './node-race';
import { ratchetChart } from './ratchet';
import { thresholdsChart } from './thresholds';
import { CHART_IDS, type ChartDefinition, type ChartId } from './types';

export type { ChartDefinition };

export interface ChartEntry extends ChartDefinition {
  title: Localized;
  subtitle: Localized;
  /** "BIS, Reuters and 4 more": the publishers behind `sources`, most used first. */
  sourceLine: (ds: Dataset, locale: Locale) => string;
}

type StringsKey = 'ratchet' | 'thresholds' | 'allies' | 'nodeRace' | 'breadth';
const STRINGS_KEY: Record<ChartId, StringsKey> = {
  ratchet: 'ratchet',
  thresholds: 'thresholds',
  allies: 'allies',
  'node-race': 'nodeRace',
  breadth: 'breadth',
};

const localized = (id: ChartId, field: 'title' | 'subtitle'): Localized => ({
  en: CHART_STRINGS.en[STRINGS_KEY[id]][field],
  'zh-hant': CHART_STRINGS['zh-hant'][STRINGS_KEY[id]][field],
  'zh-hans': CHART_STRINGS['zh-hans'][STRINGS_KEY[id]][field],
});

export function publisherLine(sources: readonly Source[], locale: Locale, max = 4): string {
  const publishers: string[] = [];
  for (const s of sources) if (!publishers.includes(s.publisher)) publishers.push(s.publisher);
  const shown = publishers.slice(0, max);
  const more = publishers.length - shown.length;
  const sep = locale === 'en' ? ', ' : '、';
  if (more <= 0) return shown.join(sep);
  return locale === 'en' ? `${shown.join(sep)} and ${more} more` : `${shown.join(sep)}等 ${publishers.length} 家`;
}

function entry(def: ChartDefinition): ChartEntry {
  return {
    ...def,
    title: localized(def.id, 'title'),
    subtitle: localized(def.id, 'subtitle'),
    sourceLine: (ds, locale) =>
      publisherLine(
        def.sources(ds).flatMap((id) => ds.sourceById.get(id) ?? []),
        locale,
      ),
  };
}

export const CHARTS: readonly ChartEntry[] = [ratchetChart, thresholdsChart, alliesChart, nodeRaceChart, breadthChart].map(entry);

const byId = new Map(CHARTS.map((c) => [c.id, c] as const));

export function chartEntry(id: ChartId): ChartEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`unknown chart id "${id}"`);
  return e;
}

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

export { chartStrings };
