/**
 * "How wide is the gap": how many years China's chipmaking trails the leading
 * foundry's roadmap, 2023–2032, on a DUV-only path with a ceiling and on a
 * hypothetical path with EUV access.
 *
 * Leader: for each generation (the comparable ordinal of roadmaps.json), the
 * year it was achieved, or for a plan its latest target year plus the slip;
 * years are made non-decreasing and joined by straight lines, and extended
 * past the ends at the leader's own pace over its achieved nodes.
 * China: starts from the follower's latest achieved node by the start year.
 * With EUV it advances 1 generation every `euv` years. On the DUV-only path
 * each step towards the ceiling takes longer than the last (more patterning
 * per layer, lower yield): the distance left to the ceiling halves every
 * `duv` years, g(t) = ceil − (ceil − g0) × 2^(−(t − t0) / duv). If the
 * ceiling lifts in year L (say, domestic EUV), the path moves on from g(L)
 * at the EUV pace.
 * Gap in year t = t − (the year the leader reached China's generation of year t);
 * generations behind = the leader's generation in year t − China's.
 */
import type { RoadmapNode } from '../schema';
import type { GapSettings } from './keys';

/** Within this many generations of its ceiling, the DUV path counts as at the ceiling: the pace no longer matters. */
export const AT_CEILING = 0.1;
import { finite } from './scenario';

export interface GapOptions {
  /** Company id of the leading foundry in roadmaps.json. */
  leader: string;
  /** Company id whose nodes are China's starting point and observed record. */
  follower: string;
  startYear: number;
  endYear: number;
}

export const GAP_OPTIONS: GapOptions = { leader: 'tsmc', follower: 'smic', startYear: 2023, endYear: 2032 };

/** The highest generation ordinal the schema allows; the EUV path stops there. */
const MAX_GENERATION = 10;
/** Pace used when the leader's record is too thin to measure one, years per generation. */
const FALLBACK_PACE = 2;

export interface LeaderPoint {
  generation: number;
  year: number;
  /** False for a plan (target year, slip added). */
  achieved: boolean;
  node: string;
  id: string;
}

export interface GapYear {
  year: number;
  duvGeneration: number;
  euvGeneration: number;
  duvGap: number;
  euvGap: number;
  /** The leader's generation that year, and how many generations the DUV-only path trails it. */
  leaderGeneration: number;
  duvGenerationsBehind: number;
}

export interface ObservedPoint {
  year: number;
  generation: number;
  gap: number;
  node: string;
  id: string;
}

export type GapResult =
  | {
      ok: true;
      years: GapYear[];
      leader: LeaderPoint[];
      /** Leader's pace over its achieved nodes, years per generation. */
      leaderPace: number;
      start: { year: number; generation: number; node: string; id: string };
      observed: ObservedPoint[];
      /** DUV-only gap in the end year: the number the sensitivity is measured on. */
      headline: number;
      /** DUV-only path's generations behind the leader in the end year. */
      headlineGenerations: number;
      startGap: number;
      endEuvGap: number;
      /**
       * Years from the follower's starting node until the DUV-only path is within
       * AT_CEILING of its ceiling (0 when it starts there), or null when that is
       * after the end year or the ceiling lifts first.
       */
      ceilingAfter: number | null;
      /** True when the end-year result is set by the ceiling: the path is at it and it has not lifted. */
      ceilingSets: boolean;
      /** Year the ceiling lifts, or null. */
      liftYear: number | null;
      options: GapOptions;
    }
  | { ok: false; reason: 'no-leader' | 'no-follower'; options: GapOptions };

/** The leader's (generation, year) points with the slip applied to plans. */
export function leaderCurve(roadmaps: readonly RoadmapNode[], leader: string, slip: number): LeaderPoint[] {
  const best = new Map<number, LeaderPoint>();
  for (const r of roadmaps) {
    if (r.company !== leader || r.status === 'cancelled') continue;
    const target = r.revisedFor ?? r.announcedFor;
    const achieved = r.achieved !== undefined;
    const year = achieved ? r.achieved! : target !== undefined ? target + Math.max(0, finite(slip)) : undefined;
    if (year === undefined || !Number.isFinite(r.generation)) continue;
    const prev = best.get(r.generation);
    if (!prev || year < prev.year) best.set(r.generation, { generation: r.generation, year, achieved, node: r.node, id: r.id });
  }
  const points = [...best.values()].sort((a, b) => a.generation - b.generation);
  // A later generation cannot arrive before an earlier one.
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.year < points[i - 1]!.year) points[i] = { ...points[i]!, year: points[i - 1]!.year };
  }
  return points;
}

/** Years per generation over the leader's achieved nodes (plans would make it depend on the slip). */
export function leaderPace(points: readonly LeaderPoint[]): number {
  const done = points.filter((p) => p.achieved);
  const use = done.length >= 2 ? done : points;
  if (use.length < 2) return FALLBACK_PACE;
  const first = use[0]!;
  const last = use[use.length - 1]!;
  const pace = (last.year - first.year) / (last.generation - first.generation);
  return Number.isFinite(pace) && pace > 0 ? pace : FALLBACK_PACE;
}

/** The leader's (fractional) generation in year t: the inverse of yearAtGeneration. */
export function generationAtYear(points: readonly LeaderPoint[], t: number, pace: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (t <= first.year) return first.generation - (first.year - t) / pace;
  if (t >= last.year) return last.generation + (t - last.year) / pace;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (t <= b.year) return b.year > a.year ? a.generation + ((t - a.year) / (b.year - a.year)) * (b.generation - a.generation) : b.generation;
  }
  return last.generation;
}

/** The DUV-only path's generation `elapsed` years after its start at g0: halving the distance to the ceiling every `halfLife` years. */
export function duvGenerationAt(g0: number, ceiling: number, halfLife: number, elapsed: number): number {
  if (ceiling <= g0) return g0;
  return ceiling - (ceiling - g0) * 2 ** (-Math.max(0, elapsed) / halfLife);
}

/** The (fractional) year the leader reached generation g: non-decreasing in g. */
export function yearAtGeneration(points: readonly LeaderPoint[], g: number, pace: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (g <= first.generation) return first.year - (first.generation - g) * pace;
  if (g >= last.generation) return last.year + (g - last.generation) * pace;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (g <= b.generation) return a.year + ((g - a.generation) / (b.generation - a.generation)) * (b.year - a.year);
  }
  return last.year;
}

export function runGap(s: GapSettings, roadmaps: readonly RoadmapNode[] = [], options: GapOptions = GAP_OPTIONS): GapResult {
  const leader = leaderCurve(roadmaps, options.leader, s.slip);
  if (leader.length < 2) return { ok: false, reason: 'no-leader', options };
  const pace = leaderPace(leader);

  const followerDone = roadmaps
    .filter((r) => r.company === options.follower && r.achieved !== undefined && Number.isFinite(r.generation))
    .sort((a, b) => a.achieved! - b.achieved! || a.generation - b.generation);
  const before = followerDone.filter((r) => r.achieved! <= options.startYear);
  if (before.length === 0) return { ok: false, reason: 'no-follower', options };
  const top = before.reduce((m, r) => (r.generation > m.generation || (r.generation === m.generation && r.achieved! < m.achieved!) ? r : m));
  const g0 = top.generation;
  const t0 = top.achieved!;

  const halfLife = Math.max(0.1, finite(s.duv, 2));
  const euvPace = Math.max(0.1, finite(s.euv, 2.5));
  const ceiling = finite(s.ceil, g0);
  const lift = /^\d{4}$/.test(String(s.lift)) ? Number(s.lift) : null;
  // A lift before the start node changes nothing the model can show: treat it as lifting at the start.
  const liftAt = lift === null ? null : Math.max(lift, t0);

  const duvAt = (year: number): number => {
    const capped = duvGenerationAt(g0, ceiling, halfLife, year - t0);
    if (liftAt === null || year <= liftAt) return capped;
    // Once the ceiling lifts the path moves at whichever is faster, its DUV approach or the EUV pace, so an
    // earlier lift never leaves China further behind. The approach is faster until its rate,
    // ln 2 ÷ halfLife × (ceiling − g), falls to 1 ÷ euvPace, at generation gSwitch.
    const gSwitch = ceiling - halfLife / (euvPace * Math.LN2);
    const atLift = duvGenerationAt(g0, ceiling, halfLife, liftAt - t0);
    let from = liftAt;
    let g = atLift;
    if (atLift < gSwitch) {
      const tSwitch = t0 + halfLife * Math.log2((ceiling - g0) / (ceiling - gSwitch));
      if (year <= tSwitch) return capped;
      from = tSwitch;
      g = gSwitch;
    }
    return Math.min(MAX_GENERATION, g + (year - from) / euvPace);
  };

  const years: GapYear[] = [];
  for (let year = options.startYear; year <= options.endYear; year++) {
    const elapsed = Math.max(0, year - t0);
    const duvGeneration = duvAt(year);
    const euvGeneration = Math.min(MAX_GENERATION, g0 + elapsed / euvPace);
    const leaderGeneration = generationAtYear(leader, year, pace);
    years.push({
      year,
      duvGeneration,
      euvGeneration,
      duvGap: year - yearAtGeneration(leader, duvGeneration, pace),
      euvGap: year - yearAtGeneration(leader, euvGeneration, pace),
      leaderGeneration,
      duvGenerationsBehind: leaderGeneration - duvGeneration,
    });
  }
  const room = Math.max(0, ceiling - g0);
  const reach = room <= AT_CEILING ? 0 : halfLife * Math.log2(room / AT_CEILING);
  const reachYear = t0 + reach;
  const ceilingAfter = reachYear <= options.endYear && (liftAt === null || reachYear <= liftAt) ? reach : null;

  const observed: ObservedPoint[] = followerDone
    .filter((r) => r.achieved! >= options.startYear && r.achieved! <= options.endYear)
    .map((r) => ({ year: r.achieved!, generation: r.generation, gap: r.achieved! - yearAtGeneration(leader, r.generation, pace), node: r.node, id: r.id }));

  const last = years[years.length - 1]!;
  return {
    ok: true,
    years,
    leader,
    leaderPace: pace,
    start: { year: t0, generation: g0, node: top.node, id: top.id },
    observed,
    headline: last.duvGap,
    headlineGenerations: last.duvGenerationsBehind,
    startGap: years[0]!.duvGap,
    endEuvGap: last.euvGap,
    ceilingAfter,
    ceilingSets: (liftAt === null || liftAt >= options.endYear) && ceiling - last.duvGeneration < AT_CEILING,
    liftYear: lift,
    options,
  };
}

export interface BackTestPoint {
  year: number;
  node: string;
  observed: number;
  modelled: number;
}

/**
 * Run the model from the follower's node of `fromYear` and set each later
 * observed node's real gap beside the modelled gap of that year: how well the
 * settings reproduce the record they are meant to describe.
 */
export function backTest(s: GapSettings, roadmaps: readonly RoadmapNode[], fromYear: number, toYear: number, options: GapOptions = GAP_OPTIONS): BackTestPoint[] {
  const r = runGap({ ...s, lift: 'off' }, roadmaps, { ...options, startYear: fromYear, endYear: toYear });
  if (!r.ok) return [];
  return r.observed
    .filter((o) => o.year >= fromYear)
    .map((o) => ({ year: o.year, node: o.node, observed: o.gap, modelled: r.years.find((y) => y.year === o.year)!.duvGap }));
}

/** DUV-only gap in the end year, or null without enough roadmap data. */
export function gapHeadline(s: GapSettings, roadmaps: readonly RoadmapNode[], options?: GapOptions): number | null {
  const r = runGap(s, roadmaps, options);
  return r.ok ? r.headline : null;
}
