/**
 * "The multi-patterning bill": the cost of a good wafer made with DUV
 * immersion multi-patterning against the same wafer made with EUV, for a
 * 7 nm-class or 5 nm-class layer mix.
 *
 * A node is a list of critical layer groups (content/data/scenarios.json,
 * `layerMix`), each with its pitch, its number of layers and the DUV scheme
 * fabs use for it. The EUV route exposes each group once where the pitch is
 * at or above the EUV single-exposure limit, twice where it is not. A DUV
 * scheme is offered for a group only where every exposure it makes prints a
 * pitch above the ArF-immersion limit (see `offeredDuvSchemes`).
 *
 * Everything is priced in units of one DUV exposure's scanner time:
 *   scanner time per exposure = price ÷ (throughput × availability)
 *   (both tools are written off over the same years, so that period cancels
 *   in the ratio; it only sets the euro figures shown beside it)
 *   critical cost = Σ groups layers × (exposures × (scanner + mask) + other steps × step)
 *   shared cost   = shared × the EUV route's critical cost (the same for both routes)
 *   wafer yield   = (1 − scrap)^(exposures), applied to the whole wafer
 *   cost per good wafer = (critical + shared) ÷ wafer yield
 * and the headline is the DUV route's cost per good wafer ÷ the EUV route's.
 */
import { DUV_SCHEMES, type DuvScheme, type MultipatterningSettings, type NodeClass, type Scheme } from './keys';
import { clamp, finite } from './scenario';

export interface MultipatterningConstants {
  /** Cut (block) exposures after the SADP core exposure. */
  sadpCuts: number;
  /** Cut (block) exposures after the SAQP core exposure. */
  saqpCuts: number;
  /** DUV immersion scanner availability, %. */
  duvAvail: number;
  /** Years both scanners are written off over (only the euro figures use it). */
  depYears: number;
  /** Smallest pitch one ArF-immersion exposure prints, nm: an exposure must print a pitch above it. */
  arfLimit: number;
  /** Smallest pitch one EUV exposure prints, nm: below it the EUV route double-patterns. */
  euvLimit: number;
}

/** One group of critical layers of a node, as in scenarios.json's `layerMix`. */
export interface LayerGroup {
  node: NodeClass;
  id: string;
  /** Tightest pitch of the group, nm. */
  pitch: number;
  /** Layers in the group. */
  layers: number;
  /** The DUV scheme fabs use for it. */
  duv: DuvScheme;
}

export interface SchemeSteps {
  tool: 'duv' | 'euv';
  /** Scanner exposures per layer (each with its own mask). */
  exposures: number;
  /** Deposition and etch steps per layer (one etch per exposure, plus spacer steps). */
  otherSteps: number;
  /** How many times the scheme divides the pitch one exposure prints. */
  split: number;
}

/**
 * Textbook sequences (fab practice differs):
 *   EUV: 1 exposure + 1 etch; EUV double patterning: 2 + 2.  LELE: 2 + 2.  LELELE: 3 + 3.
 *   SADP: core exposure, core etch, spacer deposition, spacer etch, mandrel pull, then cuts (1 exposure + 1 etch each).
 *   SAQP: as SADP with the spacer cycle (deposition, etch, pull) done twice, then cuts.
 */
export function schemeSteps(scheme: Scheme, c: Pick<MultipatterningConstants, 'sadpCuts' | 'saqpCuts'>): SchemeSteps {
  const sadpCuts = Math.max(0, Math.round(finite(c.sadpCuts, 1)));
  const saqpCuts = Math.max(0, Math.round(finite(c.saqpCuts, 2)));
  switch (scheme) {
    case 'euv':
      return { tool: 'euv', exposures: 1, otherSteps: 1, split: 1 };
    case 'euv2':
      return { tool: 'euv', exposures: 2, otherSteps: 2, split: 2 };
    case 'lele':
      return { tool: 'duv', exposures: 2, otherSteps: 2, split: 2 };
    case 'lelele':
      return { tool: 'duv', exposures: 3, otherSteps: 3, split: 3 };
    case 'sadp':
      return { tool: 'duv', exposures: 1 + sadpCuts, otherSteps: 4 + sadpCuts, split: 2 };
    case 'saqp':
      return { tool: 'duv', exposures: 1 + saqpCuts, otherSteps: 7 + saqpCuts, split: 4 };
  }
}

/**
 * The DUV schemes that can pattern a group: each exposure prints the group's
 * pitch times the scheme's split, and that must lie above the ArF-immersion
 * limit. A litho-etch mask printed right at the limit has no margin left for
 * the overlay error that becomes spacing error, so "at" does not count.
 */
export function offeredDuvSchemes(pitch: number, c: Pick<MultipatterningConstants, 'arfLimit' | 'sadpCuts' | 'saqpCuts'>): DuvScheme[] {
  return DUV_SCHEMES.filter((s) => pitch * schemeSteps(s, c).split > c.arfLimit);
}

/** The EUV route's scheme for a pitch: one exposure at or above the EUV limit, two below it. */
export function euvScheme(pitch: number, c: Pick<MultipatterningConstants, 'euvLimit'>): 'euv' | 'euv2' {
  return pitch >= c.euvLimit ? 'euv' : 'euv2';
}

export interface GroupResult {
  id: string;
  pitch: number;
  layers: number;
  duv: DuvScheme;
  euv: 'euv' | 'euv2';
  /** False when the data's DUV scheme cannot print this pitch on ArF immersion. */
  printable: boolean;
}

export interface RouteResult {
  tool: 'duv' | 'euv';
  /** Scanner exposures (and masks) for all critical layers of one wafer. */
  exposures: number;
  /** Deposition and etch steps for all critical layers of one wafer. */
  otherSteps: number;
  scannerCost: number;
  maskCost: number;
  otherCost: number;
  sharedCost: number;
  costPerWafer: number;
  /** Share of wafers that survive every exposure, 0–1. */
  yield: number;
  costPerGoodWafer: number;
  /** What the wafers lost to scrap add to each good wafer. */
  yieldLossCost: number;
}

export interface CostShares {
  scanner: number;
  mask: number;
  other: number;
  shared: number;
  yieldLoss: number;
  total: number;
}

export interface MultipatterningResult {
  node: NodeClass;
  groups: GroupResult[];
  duv: RouteResult;
  euv: RouteResult;
  /** DUV route's cost per good wafer ÷ EUV route's: the headline. */
  ratio: number;
  /** Both routes' costs per good wafer as multiples of the EUV route's. */
  breakdown: { duv: CostShares; euv: CostShares };
  /** Scanner time of one exposure in euros, over the write-off period at full use. */
  euroPerExposure: { duv: number; euv: number };
  /** True when every group's DUV scheme prints on ArF immersion. */
  printable: boolean;
}

const HOURS_PER_YEAR = 8760;

export function runMultipatterning(s: MultipatterningSettings, c: MultipatterningConstants, mix: readonly LayerGroup[]): MultipatterningResult {
  const node: NodeClass = s.node === '5' ? '5' : '7';
  const groups: GroupResult[] = mix
    .filter((g) => g.node === node)
    .map((g) => ({
      id: g.id,
      pitch: g.pitch,
      layers: Math.max(0, finite(g.layers)),
      duv: g.duv,
      euv: euvScheme(g.pitch, c),
      printable: offeredDuvSchemes(g.pitch, c).includes(g.duv),
    }));

  // Scanner time per wafer pass, EUR m per wafer-hour of output; one DUV exposure is the unit.
  const perPass = (price: number, wph: number, availability: number) =>
    Math.max(0, finite(price)) / Math.max(1e-9, finite(wph, 1) * clamp(finite(availability, 100) / 100, 0.01, 1));
  const duvPass = perPass(s.duvp, s.duvt, c.duvAvail);
  const euvPass = perPass(s.euvp, s.euvt, s.euva);
  const unit = duvPass > 0 ? duvPass : 1;
  const scanner = { duv: duvPass / unit, euv: euvPass / unit };
  const step = Math.max(0, finite(s.step));
  const mask = Math.max(0, finite(s.mask));
  const survive = 1 - clamp(finite(s.scrap) / 100, 0, 0.99);

  const critical = (tool: 'duv' | 'euv') => {
    let exposures = 0;
    let otherSteps = 0;
    for (const g of groups) {
      const st = schemeSteps(tool === 'duv' ? g.duv : g.euv, c);
      exposures += g.layers * st.exposures;
      otherSteps += g.layers * st.otherSteps;
    }
    return { tool, exposures, otherSteps, scannerCost: exposures * scanner[tool], maskCost: exposures * mask, otherCost: otherSteps * step };
  };
  const duvCritical = critical('duv');
  const euvCritical = critical('euv');
  const sharedCost = Math.max(0, finite(s.shared)) * (euvCritical.scannerCost + euvCritical.maskCost + euvCritical.otherCost);

  const route = (r: ReturnType<typeof critical>): RouteResult => {
    const costPerWafer = r.scannerCost + r.maskCost + r.otherCost + sharedCost;
    const y = survive ** r.exposures;
    const costPerGoodWafer = costPerWafer / y;
    return { ...r, sharedCost, costPerWafer, yield: y, costPerGoodWafer, yieldLossCost: costPerGoodWafer - costPerWafer };
  };
  const duv = route(duvCritical);
  const euv = route(euvCritical);
  const norm = euv.costPerGoodWafer > 0 ? euv.costPerGoodWafer : 1;
  const shares = (r: RouteResult): CostShares => ({
    scanner: r.scannerCost / norm,
    mask: r.maskCost / norm,
    other: r.otherCost / norm,
    shared: r.sharedCost / norm,
    yieldLoss: r.yieldLossCost / norm,
    total: r.costPerGoodWafer / norm,
  });
  // EUR m per wafer-hour ÷ hours of use → EUR per exposure.
  const hours = Math.max(1, finite(c.depYears, 5)) * HOURS_PER_YEAR;
  return {
    node,
    groups,
    duv,
    euv,
    ratio: euv.costPerGoodWafer > 0 ? duv.costPerGoodWafer / euv.costPerGoodWafer : 1,
    breakdown: { duv: shares(duv), euv: shares(euv) },
    euroPerExposure: { duv: (duvPass * 1e6) / hours, euv: (euvPass * 1e6) / hours },
    printable: groups.every((g) => g.printable),
  };
}

export function multipatterningHeadline(s: MultipatterningSettings, c: MultipatterningConstants, mix: readonly LayerGroup[]): number {
  return runMultipatterning(s, c, mix).ratio;
}
