/**
 * What each scenario model reads: its input keys (which are also its URL
 * parameter names), the allowed values of its choice inputs, and the keys of
 * its fixed assumptions. Shared by the data schema, the URL state and the
 * islands; no runtime dependencies, so it costs nothing in a client bundle.
 */

export const SCENARIO_IDS = ['servicing', 'multipatterning', 'gap'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Patterning schemes for one critical layer. */
export const SCHEMES = ['euv', 'lele', 'lelele', 'sadp', 'saqp'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Target node classes of the multi-patterning tool ("7" = 7 nm class, "5" = 5 nm class). */
export const NODES = ['7', '5'] as const;
export type NodeClass = (typeof NODES)[number];

/** 'range' = a number on a slider; a tuple = a choice among exactly these values. */
export const MODEL_INPUTS = {
  servicing: { cut: 'range', start: 'range', decay: 'range', repair: 'range' },
  multipatterning: {
    node: NODES,
    scheme: SCHEMES,
    layers: 'range',
    yield: 'range',
    duvp: 'range',
    duvt: 'range',
    euvp: 'range',
    euvt: 'range',
    step: 'range',
  },
  gap: { duv: 'range', euv: 'range', ceil: 'range', slip: 'range' },
} as const satisfies Record<ScenarioId, Record<string, 'range' | readonly string[]>>;

/** Fixed assumptions (not on a slider) that each model reads from scenarios.json. */
export const MODEL_CONSTANTS = {
  servicing: ['baselineGrowth'],
  multipatterning: ['sadpCuts', 'saqpCuts', 'split7', 'split5'],
  gap: [],
} as const satisfies Record<ScenarioId, readonly string[]>;

/** Every URL key a tool owns, tools in SCENARIO_IDS order: the canonical order links are written in. */
export const ALL_URL_KEYS: readonly string[] = SCENARIO_IDS.flatMap((id) => Object.keys(MODEL_INPUTS[id]));

export interface ServicingSettings {
  /** Share of China's advanced immersion-DUV fleet cut off from the maker's service, %. */
  cut: number;
  /** First year without service. */
  start: number;
  /** Yearly loss of availability of an unserviced tool, % of what it still had. */
  decay: number;
  /** Percentage points of the maker's service that local or grey-market repair takes over each year. */
  repair: number;
}

export interface MultipatterningSettings {
  node: NodeClass;
  scheme: Scheme;
  /** Critical layers patterned with the chosen scheme. */
  layers: number;
  /** Yield of one exposure step, %. */
  yield: number;
  /** DUV immersion scanner price, EUR millions. */
  duvp: number;
  /** DUV immersion scanner throughput, wafers per hour. */
  duvt: number;
  /** EUV scanner price, EUR millions. */
  euvp: number;
  /** EUV scanner throughput, wafers per hour. */
  euvt: number;
  /** Cost of one deposition or etch step, as a multiple of one DUV exposure. */
  step: number;
}

export interface GapSettings {
  /** China's years per node without EUV. */
  duv: number;
  /** China's years per node with EUV access. */
  euv: number;
  /** Highest generation a DUV-only path reaches (generation ordinal, see schema.ts). */
  ceil: number;
  /** Years added to every node the leader has not yet reached. */
  slip: number;
}

export interface SettingsById {
  servicing: ServicingSettings;
  multipatterning: MultipatterningSettings;
  gap: GapSettings;
}
