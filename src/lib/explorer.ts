/**
 * The timeline explorer's logic, pure: which events match a filter, how many
 * each filter value would show, and the filter as URL parameters (parsed
 * defensively: unknown values are dropped, years clamped, text cut short, so
 * a malformed link shows the full list rather than breaking).
 *
 * Facets combine as readers expect: values within one facet widen the
 * selection (Netherlands or Japan), facets narrow it (Netherlands and
 * servicing). A value's count is how many events have it among those
 * that pass the other filters.
 */
import { CONTROL_SCOPES, EVENT_CATEGORIES } from './vocab';

/** Who acted: the countries the explorer offers, and "companies" for any event with a company among its actors. */
export const EXPLORER_ACTORS = ['US', 'NL', 'JP', 'KR', 'CN', 'companies'] as const;
export type ExplorerActor = (typeof EXPLORER_ACTORS)[number];

export const FACETS = {
  actor: EXPLORER_ACTORS,
  cat: EVENT_CATEGORIES,
  touch: CONTROL_SCOPES,
} as const;
export type Facet = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as Facet[];

/** What the explorer knows of one event (read from the server-rendered list's data attributes). */
export interface ExplorerItem {
  id: string;
  year: number;
  actor: string[];
  cat: string[];
  touch: string[];
  /** The entry's text in the page's language, lower-cased. */
  text: string;
}

export interface ExplorerState {
  actor: string[];
  cat: string[];
  touch: string[];
  from?: number;
  to?: number;
  q: string;
}

export const EMPTY_STATE: ExplorerState = { actor: [], cat: [], touch: [], q: '' };
export const MAX_QUERY = 100;

/** Lower-cased, width-folded (full-width Latin to ASCII) and space-collapsed, so "ＡＳＭＬ" finds "ASML". */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function matchesExcept(item: ExplorerItem, state: ExplorerState, skip?: Facet): boolean {
  for (const facet of FACET_KEYS) {
    if (facet === skip || state[facet].length === 0) continue;
    if (!state[facet].some((v) => item[facet].includes(v))) return false;
  }
  if (state.from !== undefined && item.year < state.from) return false;
  if (state.to !== undefined && item.year > state.to) return false;
  if (state.q) {
    // Every word must appear (in any order); Chinese has no spaces, so a phrase is one word.
    const words = normalizeText(state.q).split(' ').filter(Boolean);
    if (!words.every((w) => item.text.includes(w))) return false;
  }
  return true;
}

export function matches(item: ExplorerItem, state: ExplorerState): boolean {
  return matchesExcept(item, state);
}

/** For each facet value, how many events have it among those that pass every other filter. */
export function facetCounts(items: readonly ExplorerItem[], state: ExplorerState): Record<Facet, Record<string, number>> {
  const out = Object.fromEntries(FACET_KEYS.map((f) => [f, Object.fromEntries(FACETS[f].map((v) => [v, 0]))])) as Record<Facet, Record<string, number>>;
  for (const facet of FACET_KEYS) {
    for (const item of items) {
      if (!matchesExcept(item, state, facet)) continue;
      for (const v of item[facet]) if (v in out[facet]) out[facet][v]! += 1;
    }
  }
  return out;
}

/** The filter read from a query string; anything malformed falls back to "no filter" for that part. */
export function parseExplorerState(params: URLSearchParams, years: { min: number; max: number }): ExplorerState {
  const list = (facet: Facet) => {
    const allowed = FACETS[facet] as readonly string[];
    const values = (params.get(facet) ?? '').slice(0, 200).split(',').filter((v) => allowed.includes(v));
    return [...new Set(values)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
  };
  const year = (key: string) => {
    const raw = params.get(key);
    if (!raw || !/^\d{4}$/.test(raw)) return undefined;
    return Math.min(years.max, Math.max(years.min, Number(raw)));
  };
  let from = year('from');
  let to = year('to');
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from === years.min) from = undefined;
  if (to === years.max) to = undefined;
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f]/g, ' ').slice(0, MAX_QUERY).trim();
  return { actor: list('actor'), cat: list('cat'), touch: list('touch'), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), q };
}

/** The filter as query parameters in a fixed order; empty parts are left out, so no filter is an empty string. */
export function explorerQuery(state: ExplorerState): string {
  const p = new URLSearchParams();
  for (const facet of FACET_KEYS) if (state[facet].length > 0) p.set(facet, state[facet].join(','));
  if (state.from !== undefined) p.set('from', String(state.from));
  if (state.to !== undefined) p.set('to', String(state.to));
  if (state.q.trim()) p.set('q', state.q.trim());
  return p.toString();
}

export function isEmptyState(state: ExplorerState): boolean {
  return explorerQuery(state) === '';
}

/** An event's facet values, as the timeline page writes them into data attributes. */
export function eventFacets(e: { date: string; category: string; actors: { countries: readonly string[]; companies: readonly string[] }; touches?: readonly string[] }) {
  const actor = [
    ...EXPLORER_ACTORS.filter((a) => a !== 'companies' && e.actors.countries.includes(a)),
    ...(e.actors.companies.length > 0 ? ['companies'] : []),
  ];
  return { year: Number(e.date.slice(0, 4)), actor, cat: [e.category], touch: [...(e.touches ?? [])] };
}
