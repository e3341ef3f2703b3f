/**
 * Shareable state for every scenario tool: query string ⇄ typed settings.
 *
 * Parsing never throws and never passes a raw value on: a number must be
 * written as a plain decimal (no exponent, no "NaN", no "Infinity"), is
 * clamped to the input's range and snapped to its step; a choice must be one
 * of its options exactly. Unknown keys are ignored; for a repeated key the
 * first valid value wins; anything else falls back to the default.
 *
 * Links carry a version key (v=2). When the meaning of a parameter changes,
 * bump URL_VERSION and add a migration from the old version to MIGRATIONS, so
 * that old links keep working. Links are written in a canonical order: the
 * version, then every tool's keys in ALL_URL_KEYS order, then any other
 * parameters (embed ids, campaign tags) as they were.
 */
import { ALL_URL_KEYS } from './models/keys';
import { stepDecimals } from './models/scenario';
import type { ChoiceInput, RangeInput, ScenarioInput } from './models/scenario-schema';

export const URL_VERSION = 2;
export const VERSION_KEY = 'v';

export type SettingValue = number | string;
export type Settings = Record<string, SettingValue>;

/** Rewrites the parameters of a link written at version n into version n + 1. */
export type Migration = (params: URLSearchParams) => URLSearchParams;

/** Keys that links of an older version set and that no tool reads any more, by tool. */
export const RETIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  // Version 1 applied one scheme to a chosen number of layers at a chosen exposure yield.
  multipatterning: ['scheme', 'layers', 'yield'],
};

/**
 * Version 1 → 2 (issue 15). The multi-patterning tool now takes its layers
 * and schemes from the node, so its scheme, layer-count and yield keys go.
 * The gap tool's `duv` was a fixed pace in years per generation; it is now
 * the years the DUV path takes to halve its distance to the ceiling. A fixed
 * pace p covers half the distance from SMIC's N+2 (generation 3, where the
 * tool starts) to the ceiling c in p × (c − 3) ÷ 2 years: that is the nearest
 * half-life. Ceilings below N+3 (3.5) are raised to it by the parser.
 */
function v1to2(params: URLSearchParams): URLSearchParams {
  for (const key of RETIRED_KEYS.multipatterning!) params.delete(key);
  const pace = params.get('duv');
  if (pace !== null && DECIMAL.test(pace.trim())) {
    const ceilText = params.get('ceil');
    const ceil = ceilText !== null && DECIMAL.test(ceilText.trim()) ? Math.max(3.5, Number(ceilText)) : 4;
    params.set('duv', String(Number(((Number(pace) * (ceil - 3)) / 2).toFixed(1))));
  }
  return params;
}

/** Migrations by the version they migrate from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1to2 };

export interface VersionOptions {
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

/** Longest raw value looked at; anything longer is malformed. */
const MAX_RAW = 24;
/** Plain decimal: optional sign, digits with an optional fraction, or a bare fraction. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

const decimalsOf = stepDecimals;

/** Clamp to [min, max] and snap to the step grid from min. */
export function clampToInput(value: number, input: Pick<RangeInput, 'min' | 'max' | 'step'>): number {
  const clamped = Math.min(input.max, Math.max(input.min, value));
  const n = Math.round((clamped - input.min) / input.step);
  const snapped = Number((input.min + n * input.step).toFixed(Math.max(decimalsOf(input.step), decimalsOf(Math.abs(input.min)))));
  return Math.min(input.max, Math.max(input.min, snapped));
}

/** A range value from its raw query text, or undefined when malformed. */
export function parseRangeValue(raw: string, input: RangeInput): number | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_RAW || !DECIMAL.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return clampToInput(value, input);
}

/** A choice value from its raw query text, or undefined when it is not an option. */
export function parseChoiceValue(raw: string, input: ChoiceInput): string | undefined {
  const text = raw.trim();
  if (text.length > MAX_RAW) return undefined;
  return input.options.some((o) => o.value === text) ? text : undefined;
}

export function parseValue(raw: string, input: ScenarioInput): SettingValue | undefined {
  return input.kind === 'range' ? parseRangeValue(raw, input) : parseChoiceValue(raw, input);
}

export function defaultSettings(inputs: readonly ScenarioInput[]): Settings {
  const out: Settings = {};
  for (const input of inputs) out[input.key] = input.default;
  return out;
}

function toParams(query: URLSearchParams | string | null | undefined): URLSearchParams {
  if (query instanceof URLSearchParams) return new URLSearchParams(query);
  try {
    return new URLSearchParams(typeof query === 'string' ? query : '');
  } catch {
    return new URLSearchParams();
  }
}

/** The link's version: a small whole number, or the current version when absent or malformed. */
export function linkVersion(params: URLSearchParams, current = URL_VERSION): number {
  const raw = params.get(VERSION_KEY);
  if (raw === null || !/^\d{1,3}$/.test(raw)) return current;
  const v = Number(raw);
  return v >= 1 && v <= current ? v : current;
}

/** Bring a link's parameters up to the current version. A failing migration leaves them as they were. */
export function migrate(params: URLSearchParams, options: VersionOptions = {}): URLSearchParams {
  const current = options.version ?? URL_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  let out = new URLSearchParams(params);
  for (let v = linkVersion(params, current); v < current; v++) {
    const step = migrations[v];
    if (!step) continue;
    try {
      out = step(new URLSearchParams(out));
    } catch {
      /* keep what we had: the parser defaults anything it cannot read */
    }
  }
  if (out.has(VERSION_KEY)) out.set(VERSION_KEY, String(current));
  return out;
}

/** Typed settings for one tool from a query string; always complete, always in range. */
export function parseSettings(
  inputs: readonly ScenarioInput[],
  query: URLSearchParams | string | null | undefined,
  options: VersionOptions = {},
): Settings {
  const params = migrate(toParams(query), options);
  const out = defaultSettings(inputs);
  for (const input of inputs) {
    for (const raw of params.getAll(input.key)) {
      const value = parseValue(raw, input);
      if (value !== undefined) {
        out[input.key] = value;
        break;
      }
    }
  }
  return out;
}

/**
 * True when the query is a link of an older version that set something in
 * this tool (one of its keys, or a key it no longer reads): the tool then
 * says that the link opened the nearest equivalent setting.
 */
export function isOlderLink(inputs: readonly ScenarioInput[], toolId: string, query: URLSearchParams | string | null | undefined): boolean {
  const params = toParams(query);
  if (!params.has(VERSION_KEY) || linkVersion(params) >= URL_VERSION) return false;
  const keys = [...inputs.map((i) => i.key), ...(RETIRED_KEYS[toolId] ?? [])];
  return keys.some((k) => params.has(k));
}

/** True when the query sets at least one of these inputs to a readable value. */
export function hasSettings(inputs: readonly ScenarioInput[], query: URLSearchParams | string | null | undefined): boolean {
  const params = migrate(toParams(query));
  return inputs.some((input) => params.getAll(input.key).some((raw) => parseValue(raw, input) !== undefined));
}

/**
 * Complete, in-range settings from a props object (the page's `initial`
 * setting): numbers, or numeric strings written as in a link.
 */
export function sanitizeSettings(inputs: readonly ScenarioInput[], partial: unknown): Settings {
  const out = defaultSettings(inputs);
  if (partial === null || typeof partial !== 'object') return out;
  const given = partial as Record<string, unknown>;
  for (const input of inputs) {
    if (!Object.prototype.hasOwnProperty.call(given, input.key)) continue;
    const raw = given[input.key];
    let value: SettingValue | undefined;
    if (input.kind === 'range' && typeof raw === 'number') value = Number.isFinite(raw) ? clampToInput(raw, input) : undefined;
    else if (typeof raw === 'string') value = parseValue(raw, input);
    if (value !== undefined) out[input.key] = value;
  }
  return out;
}

/** Text of one value as written in a link: numbers at their step's precision. */
export function formatValue(value: SettingValue, input: ScenarioInput): string {
  if (input.kind === 'choice') return String(value);
  const n = typeof value === 'number' ? value : Number(value);
  const safe = Number.isFinite(n) ? clampToInput(n, input) : input.default;
  return String(Number(safe.toFixed(decimalsOf(input.step))));
}

/** One tool's settings as query parameters: the version first, then the inputs in the scenario's order. */
export function serializeSettings(inputs: readonly ScenarioInput[], settings: Settings): URLSearchParams {
  const params = new URLSearchParams();
  params.set(VERSION_KEY, String(URL_VERSION));
  const clean = sanitizeSettings(inputs, settings);
  for (const input of inputs) params.append(input.key, formatValue(clean[input.key]!, input));
  return params;
}

/**
 * The page's query with this tool's keys replaced by `settings` (or removed,
 * when `settings` is null: back to defaults). Other tools' keys and unrelated
 * parameters are kept; the result is in canonical order.
 */
export function mergeIntoQuery(inputs: readonly ScenarioInput[], settings: Settings | null, currentQuery: string): string {
  const current = migrate(toParams(currentQuery));
  const own = new Set(inputs.map((i) => i.key));
  const ours = settings ? serializeSettings(inputs, settings) : new URLSearchParams();

  const known = new Map<string, string>();
  const foreign: [string, string][] = [];
  for (const [k, v] of current) {
    if (k === VERSION_KEY || own.has(k)) continue;
    if (ALL_URL_KEYS.includes(k)) {
      if (!known.has(k)) known.set(k, v);
    } else foreign.push([k, v]);
  }
  for (const [k, v] of ours) if (k !== VERSION_KEY) known.set(k, v);

  const out = new URLSearchParams();
  if (known.size > 0) out.set(VERSION_KEY, String(URL_VERSION));
  for (const k of ALL_URL_KEYS) {
    const v = known.get(k);
    if (v !== undefined) out.append(k, v);
  }
  for (const [k, v] of foreign) out.append(k, v);
  const text = out.toString();
  return text ? `?${text}` : '';
}

/** Settings equal to the defaults? */
export function isDefault(inputs: readonly ScenarioInput[], settings: Settings): boolean {
  return inputs.every((i) => settings[i.key] === i.default);
}
