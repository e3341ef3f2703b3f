/**
 * "The multi-patterning bill": what it costs to pattern a wafer's critical
 * layers with DUV immersion multi-patterning instead of one EUV exposure per
 * layer, counting scanner time, the extra deposition and etch steps, and the
 * wafers lost because every exposure can fail.
 *
 * Per route, with L critical layers, e exposures and k other steps per layer:
 *   scanner cost  = L × e × (price ÷ throughput of the scanner used)
 *   other cost    = L × k × step × (DUV price ÷ DUV throughput)
 *   litho yield   = y^(L × e)
 *   cost per good wafer = (scanner + other) ÷ yield
 * and the headline is the ratio of the chosen route to the EUV route.
 * Scanner cost stands for capital per wafer pass: both tools are assumed to be
 * written off over the same years at the same utilisation, so only the ratio
 * of price to throughput matters. Masks, metrology and EUV's lower
 * availability are left out.
 */
import type { MultipatterningSettings, NodeClass, Scheme } from './keys';
import { clamp, finite } from './scenario';

export interface MultipatterningConstants {
  /** Cut (block) exposures after the SADP core exposure. */
  sadpCuts: number;
  /** Cut (block) exposures after the SAQP core exposure. */
  saqpCuts: number;
  /** Pitch division a DUV scheme needs for the tightest 7 nm-class layers. */
  split7: number;
  /** Pitch division a DUV scheme needs for the tightest 5 nm-class layers. */
  split5: number;
}

export interface SchemeSteps {
  tool: 'duv' | 'euv';
  /** Scanner exposures per layer. */
  exposures: number;
  /** Deposition and etch steps per layer (one etch per exposure, plus spacer steps). */
  otherSteps: number;
  /** How many times the scheme divides the pitch one exposure can print (EUV: not limiting). */
  split: number;
}

/**
 * Textbook sequences (fab practice differs):
 *   EUV: 1 exposure + 1 etch.  LELE: 2 + 2.  LELELE: 3 + 3.
 *   SADP: core exposure, core etch, spacer deposition, spacer etch, mandrel pull, then cuts (1 exposure + 1 etch each).
 *   SAQP: as SADP with the spacer cycle (deposition, etch, pull) done twice, then cuts.
 */
export function schemeSteps(scheme: Scheme, c: MultipatterningConstants): SchemeSteps {
  const sadpCuts = Math.max(0, Math.round(finite(c.sadpCuts, 1)));
  const saqpCuts = Math.max(0, Math.round(finite(c.saqpCuts, 2)));
  switch (scheme) {
    case 'euv':
      return { tool: 'euv', exposures: 1, otherSteps: 1, split: Infinity };
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

export interface RouteResult {
  scheme: Scheme;
  tool: 'duv' | 'euv';
  exposuresPerLayer: number;
  /** Pitch division the scheme reaches (Infinity for EUV, which is not limiting here). */
  split: number;
  /** Scanner exposures for all critical layers of one wafer. */
  exposures: number;
  /** Deposition and etch steps for all critical layers of one wafer. */
  otherSteps: number;
  scannerCost: number;
  otherCost: number;
  costPerWafer: number;
  /** Compound lithography yield, 0–1. */
  yield: number;
  costPerGoodWafer: number;
  /** What the wafers lost to yield add to each good wafer. */
  yieldLossCost: number;
}

export interface CostShares {
  scanner: number;
  other: number;
  yieldLoss: number;
  total: number;
}

export interface MultipatterningResult {
  chosen: RouteResult;
  euv: RouteResult;
  /** Chosen route's cost per good wafer ÷ EUV route's. */
  ratio: number;
  /** Both routes' costs per good wafer as multiples of the EUV route's. */
  breakdown: { chosen: CostShares; euv: CostShares };
  /** Pitch division the node needs, and whether the chosen scheme reaches it. */
  requiredSplit: number;
  feasible: boolean;
}

function route(scheme: Scheme, s: MultipatterningSettings, c: MultipatterningConstants): RouteResult {
  const steps = schemeSteps(scheme, c);
  const layers = Math.max(0, finite(s.layers));
  const y = clamp(finite(s.yield, 100) / 100, 1e-6, 1);
  const duvUnit = Math.max(0, finite(s.duvp)) / Math.max(1e-9, finite(s.duvt, 1));
  const euvUnit = Math.max(0, finite(s.euvp)) / Math.max(1e-9, finite(s.euvt, 1));
  const stepCost = Math.max(0, finite(s.step));

  const exposures = layers * steps.exposures;
  const otherSteps = layers * steps.otherSteps;
  const scannerCost = exposures * (steps.tool === 'euv' ? euvUnit : duvUnit);
  const otherCost = otherSteps * stepCost * duvUnit;
  const costPerWafer = scannerCost + otherCost;
  const litho = y ** exposures;
  const costPerGoodWafer = costPerWafer / litho;
  return {
    scheme,
    tool: steps.tool,
    exposuresPerLayer: steps.exposures,
    split: steps.split,
    exposures,
    otherSteps,
    scannerCost,
    otherCost,
    costPerWafer,
    yield: litho,
    costPerGoodWafer,
    yieldLossCost: costPerGoodWafer - costPerWafer,
  };
}

export function requiredSplit(node: NodeClass, c: MultipatterningConstants): number {
  return node === '5' ? finite(c.split5, 3) : finite(c.split7, 2);
}

export function runMultipatterning(s: MultipatterningSettings, c: MultipatterningConstants): MultipatterningResult {
  const chosen = route(s.scheme, s, c);
  const euv = route('euv', s, c);
  const norm = euv.costPerGoodWafer > 0 ? euv.costPerGoodWafer : 1;
  const shares = (r: RouteResult): CostShares => ({
    scanner: r.scannerCost / norm,
    other: r.otherCost / norm,
    yieldLoss: r.yieldLossCost / norm,
    total: r.costPerGoodWafer / norm,
  });
  const ratio = euv.costPerGoodWafer > 0 ? chosen.costPerGoodWafer / euv.costPerGoodWafer : 1;
  const need = requiredSplit(s.node, c);
  return {
    chosen,
    euv,
    ratio,
    breakdown: { chosen: shares(chosen), euv: shares(euv) },
    requiredSplit: need,
    feasible: chosen.split >= need,
  };
}

export function multipatterningHeadline(s: MultipatterningSettings, c: MultipatterningConstants): number {
  return runMultipatterning(s, c).ratio;
}
