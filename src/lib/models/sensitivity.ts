/**
 * Which input moves the result most: for each slider, the change in the
 * headline number when that input alone moves a tenth of its range down and
 * up from the current setting (kept inside the range, on a whole step).
 */
import type { RangeInput, ScenarioInput } from './scenario-schema';
import { stepDecimals } from './scenario';

export interface SensitivityRow {
  key: string;
  /** Headline with this input moved down / up; null when the model has no answer there. */
  low: number | null;
  high: number | null;
  /** The input values tried. */
  lowValue: number;
  highValue: number;
  /** Largest absolute change from the current headline. */
  swing: number;
}

export interface Sensitivity {
  base: number | null;
  /** Range inputs, largest swing first (ties keep the scenario's order). */
  rows: SensitivityRow[];
}

/** Round to the step grid from min, without float dust. */
export function snapToStep(value: number, input: Pick<RangeInput, 'min' | 'max' | 'step'>): number {
  const n = Math.round((value - input.min) / input.step);
  const snapped = input.min + n * input.step;
  const decimals = Math.max(stepDecimals(input.step), stepDecimals(Math.abs(input.min)));
  const rounded = Number(snapped.toFixed(decimals));
  return Math.min(input.max, Math.max(input.min, rounded));
}

export function sensitivity<S extends Record<string, number | string>>(
  inputs: readonly ScenarioInput[],
  settings: S,
  headline: (s: S) => number | null,
  fraction = 0.1,
): Sensitivity {
  const ok = (x: number | null): x is number => typeof x === 'number' && Number.isFinite(x);
  const base = headline(settings);
  const rows: SensitivityRow[] = [];
  for (const input of inputs) {
    if (input.kind !== 'range') continue;
    const current = settings[input.key];
    if (typeof current !== 'number' || !Number.isFinite(current)) continue;
    const delta = Math.max(input.step, Math.round((fraction * (input.max - input.min)) / input.step) * input.step);
    const lowValue = snapToStep(current - delta, input);
    const highValue = snapToStep(current + delta, input);
    const low = headline({ ...settings, [input.key]: lowValue });
    const high = headline({ ...settings, [input.key]: highValue });
    const swing = ok(base) ? Math.max(ok(low) ? Math.abs(low - base) : 0, ok(high) ? Math.abs(high - base) : 0) : 0;
    rows.push({ key: input.key, low: ok(low) ? low : null, high: ok(high) ? high : null, lowValue, highValue, swing });
  }
  const order = new Map(rows.map((r, i) => [r.key, i]));
  rows.sort((a, b) => b.swing - a.swing || order.get(a.key)! - order.get(b.key)!);
  return { base: ok(base) ? base : null, rows };
}
