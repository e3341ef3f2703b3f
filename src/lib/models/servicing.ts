/**
 * "If servicing stops": an index of China's usable advanced-node lithography
 * capacity (base year = 100) when part of its ASML immersion-DUV fleet loses
 * the maker's service. No published count of that fleet or rate of decay
 * exists, so the model works in an index and the decay is our assumption.
 *
 * The fleet (the index's base) is defined in scenarios.json (`denominator`):
 * ASML's NXT:1980Di and newer immersion scanners in China.
 *
 * For each year t (values are year-end):
 *   A(t) = 1 before the cut-off year plus the grace years that stockpiled
 *   spare parts buy; from then on
 *   A(t) = A(t−1) × (1 − d × (1 − c(t))),   c(t) = min(1, r × (t − start))
 *   index(t) = baseline(t) × ((1 − s) + s × A(t)),  baseline(t) = 100 × (1 + g)^(t − base)
 * with s = share cut off, d = yearly loss of availability without service,
 * r = share of the maker's service that local repair takes over per year,
 * g = fleet growth without a cut-off (a fixed assumption, 0 by default).
 */
import type { ServicingSettings } from './keys';
import { clamp, finite } from './scenario';

export const SERVICING_FRAME = { baseYear: 2024, endYear: 2030, headlineYear: 2028 } as const;
export type ServicingFrame = { baseYear: number; endYear: number; headlineYear: number };

export interface ServicingConstants {
  /** Yearly growth of the serviced fleet, % (0: no new advanced immersion tools arrive). */
  baselineGrowth: number;
  /** Upper bound of the fleet's size, tools (shown with the index; the model works in shares). */
  fleetMax: number;
}

export interface ServicingYear {
  year: number;
  /** Usable capacity with the cut-off, base year = 100. */
  index: number;
  /** Usable capacity without a cut-off. */
  baseline: number;
  /** Availability of a cut-off tool relative to a serviced one, 0–1. */
  availability: number;
  /** Share of the maker's service replaced by local repair that year, 0–1. */
  repairCover: number;
}

export interface ServicingResult {
  years: ServicingYear[];
  frame: ServicingFrame;
  /** Index in the headline year, and the baseline beside it. */
  headline: number;
  headlineBaseline: number;
  /** Index in the last year, and the baseline beside it. */
  end: number;
  endBaseline: number;
  /** Sum over the years after the base year of (baseline − index) / 100: years of full capacity lost. */
  lostCapacityYears: number;
  /** Years an unserviced tool takes to lose half its availability without local repair (null: never). */
  halfLife: number | null;
  /** First year a cut-off tool loses availability (cut-off year + grace years). */
  decayStart: number;
}

/** Years to halve at a yearly loss of `decay` (a fraction): the yearly loss said another way. */
export function halfLifeOf(decay: number): number | null {
  if (!(decay > 0)) return null;
  if (decay >= 1) return 0;
  return Math.log(0.5) / Math.log(1 - decay);
}

export function runServicing(
  s: ServicingSettings,
  c: ServicingConstants,
  frame: ServicingFrame = SERVICING_FRAME,
): ServicingResult {
  const share = clamp(finite(s.cut) / 100, 0, 1);
  const decay = clamp(finite(s.decay) / 100, 0, 1);
  const repair = Math.max(0, finite(s.repair) / 100);
  const start = Math.round(finite(s.start, frame.endYear + 1));
  const grace = Math.max(0, Math.round(finite(s.grace)));
  const decayStart = start + grace;
  const growth = Math.max(-0.99, finite(c.baselineGrowth) / 100);

  const years: ServicingYear[] = [];
  let availability = 1;
  for (let year = frame.baseYear; year <= frame.endYear; year++) {
    let repairCover = 0;
    // The base year is the reference (100): a cut-off can only start after it.
    // Spares bought before the cut-off keep tools running as if serviced for the grace years.
    if (year > frame.baseYear && year >= decayStart) {
      repairCover = Math.min(1, repair * (year - start));
      availability *= 1 - decay * (1 - repairCover);
    }
    const baseline = 100 * (1 + growth) ** (year - frame.baseYear);
    const index = baseline * (1 - share + share * availability);
    years.push({ year, index, baseline, availability, repairCover });
  }

  const at = (y: number) => years.find((r) => r.year === y) ?? years[years.length - 1]!;
  const head = at(frame.headlineYear);
  const last = years[years.length - 1]!;
  const lostCapacityYears = years
    .filter((r) => r.year > frame.baseYear)
    .reduce((sum, r) => sum + (r.baseline - r.index) / 100, 0);

  return {
    years,
    frame,
    headline: head.index,
    headlineBaseline: head.baseline,
    end: last.index,
    endBaseline: last.baseline,
    lostCapacityYears,
    halfLife: halfLifeOf(decay),
    decayStart,
  };
}

/** The headline number the sensitivity is measured on: the index in the headline year. */
export function servicingHeadline(s: ServicingSettings, c: ServicingConstants, frame?: ServicingFrame): number {
  return runServicing(s, c, frame).headline;
}
