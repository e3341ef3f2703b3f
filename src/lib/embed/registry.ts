/**
 * Everything that can be embedded: the five charts of the chart registry and
 * the three scenario tools. Embed pages, oEmbed files, snippets, downloads
 * and preview images are all generated from this list.
 */
import type { Dataset } from '../data';
import type { Localized } from '../schema';
import { CHARTS } from '../charts/registry';
import type { ChartId } from '../charts/types';
import { SCENARIO_IDS, type ScenarioId } from '../models/keys';

export type EmbedItem =
  | { kind: 'chart'; id: ChartId; title: Localized; subtitle: Localized; anchor: string; height: number }
  | { kind: 'tool'; id: ScenarioId; title: Localized; subtitle: Localized; anchor: string; height: number };

/**
 * Height in CSS px of a plain iframe (no loader script), 640 px wide: enough
 * for the whole embed at that width so no scroll bar appears. Measured in
 * Chromium from the built embed pages and rounded up; the loader and the
 * newsroom scripts replace it with the exact height.
 */
export const PLAIN_IFRAME_HEIGHT: Record<ChartId | ScenarioId, number> = {
  ratchet: 1000,
  thresholds: 1500,
  allies: 1500,
  'node-race': 950,
  breadth: 1020,
  servicing: 3850,
  multipatterning: 6400,
  gap: 4000,
};

export function embedItems(ds: Dataset): EmbedItem[] {
  const charts: EmbedItem[] = CHARTS.map((c) => ({
    kind: 'chart',
    id: c.id,
    title: c.title,
    subtitle: c.subtitle,
    anchor: `fig-${c.id}`,
    height: PLAIN_IFRAME_HEIGHT[c.id],
  }));
  const tools: EmbedItem[] = SCENARIO_IDS.map((id) => {
    const s = ds.scenarios.find((x) => x.id === id);
    if (!s) throw new Error(`scenario "${id}" is missing from content/data/scenarios.json`);
    return { kind: 'tool', id, title: s.title, subtitle: s.claim, anchor: `tool-${id}`, height: PLAIN_IFRAME_HEIGHT[id] };
  });
  return [...charts, ...tools];
}
