/**
 * What each scenario model reads: its input keys (which are also its URL
 * parameter names), the allowed values of its choice inputs, and the keys of
 * its fixed assumptions. Shared by the data schema, the URL state and the
 * islands; no runtime dependencies, so it costs nothing in a client bundle.
 */

export const SCENARIO_IDS = ['servicing', 'multipatterning', 'gap'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Patterning schemes for one critical layer: EUV single or double exposure, or a DUV immersion scheme. */
export const SCHEMES = ['euv', 'euv2', 'lele', 'lelele', 'sadp', 'saqp'] as const;
export type Scheme = (typeof SCHEMES)[number];
/** The DUV immersion schemes, fewest exposures first. */
export const DUV_SCHEMES = ['lele', 'lelele', 'sadp', 'saqp'] as const;
export type DuvScheme = (typeof DUV_SCHEMES)[number];

/** Years the gap tool's ceiling can lift in ("off": it never does). */
export const LIFT_YEARS = ['off', '2027', '2029', '2031'] as const;
export type LiftYear = (typeof LIFT_YEARS)[number];

/** Target node classes of the multi-patterning tool ("7" = 7 nm class, "5" = 5 nm class). */
export const NODES = ['7', '5'] as const;
export type NodeClass = (typeof NODES)[number];

/** 'range' = a number on a slider; a tuple = a choice among exactly these values. */
export const MODEL_INPUTS = {
  servicing: { cut: 'range', start: 'range', grace: 'range', decay: 'range', repair: 'range' },
  multipatterning: {
    node: NODES,
    duvp: 'range',
    duvt: 'range',
    euvp: 'range',
    euvt: 'range',
    euva: 'range',
    step: 'range',
    mask: 'range',
    scrap: 'range',
    shared: 'range',
  },
  gap: { duv: 'range', euv: 'range', ceil: 'range', lift: LIFT_YEARS, slip: 'range' },
} as const satisfies Record<ScenarioId, Record<string, 'range' | readonly string[]>>;

/** Fixed assumptions (not on a slider) that each model reads from scenarios.json. */
export const MODEL_CONSTANTS = {
  servicing: ['baselineGrowth', 'fleetMax'],
  multipatterning: ['sadpCuts', 'saqpCuts', 'duvAvail', 'depYears', 'arfLimit', 'euvLimit'],
  gap: [],
} as const satisfies Record<ScenarioId, readonly string[]>;

/** Every URL key a tool owns, tools in SCENARIO_IDS order: the canonical order links are written in. */
export const ALL_URL_KEYS: readonly string[] = SCENARIO_IDS.flatMap((id) => Object.keys(MODEL_INPUTS[id]));

export interface ServicingSettings {
  /** Share of China's advanced immersion-DUV fleet cut off from the maker's service, %. */
  cut: number;
  /** First year without service. */
  start: number;
  /** Years stockpiled spare parts keep a cut-off tool as good as serviced. */
  grace: number;
  /** Yearly loss of availability of an unserviced tool, % of what it still had. */
  decay: number;
  /** Percentage points of the maker's service that local or grey-market repair takes over each year. */
  repair: number;
}

export interface MultipatterningSettings {
  node: NodeClass;
  /** DUV immersion scanner price, EUR millions. */
  duvp: number;
  /** DUV immersion scanner throughput, wafers per hour. */
  duvt: number;
  /** EUV scanner price, EUR millions. */
  euvp: number;
  /** EUV scanner throughput, wafers per hour. */
  euvt: number;
  /** EUV scanner availability, %. */
  euva: number;
  /** Cost of one deposition or etch step, as a multiple of one DUV exposure's scanner time. */
  step: number;
  /** Mask cost per wafer for one exposure, as a multiple of one DUV exposure's scanner time. */
  mask: number;
  /** Wafers scrapped per exposure after rework, %. */
  scrap: number;
  /** Cost of the layers and steps both routes share, as a multiple of the EUV route's critical layers. */
  shared: number;
}

export interface GapSettings {
  /** Years China's DUV-only path takes to halve its remaining distance to the ceiling. */
  duv: number;
  /** China's years per node with EUV access. */
  euv: number;
  /** Highest generation a DUV-only path reaches (generation ordinal, see schema.ts). */
  ceil: number;
  /** Year from which the ceiling no longer holds (e.g. domestic EUV), or "off". */
  lift: LiftYear;
  /** Years added to every node the leader has not yet reached. */
  slip: number;
}

export interface SettingsById {
  servicing: ServicingSettings;
  multipatterning: MultipatterningSettings;
  gap: GapSettings;
}
