/** Shared by the model tests: the real scenarios.json records, validated, and fast-check arbitraries over their inputs. */
import fc from 'fast-check';
import raw from '../../../content/data/scenarios.json';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/lib/models/scenario-schema';
import type { ScenarioId } from '../../../src/lib/models/keys';
import { constantValues } from '../../../src/lib/models/scenario';
import { defaultSettings, type Settings } from '../../../src/lib/url-state';

export function scenario(id: ScenarioId): Scenario {
  const record = (raw as unknown[]).find((r) => (r as { id?: string }).id === id);
  return scenarioSchema.parse(record);
}

export function defaultsOf<T>(id: ScenarioId): T {
  return defaultSettings(scenario(id).inputs) as unknown as T;
}

export function constantsOf<T>(id: ScenarioId): T {
  return constantValues(scenario(id)) as unknown as T;
}

/** Any value an input can take: on its step grid, anywhere in the range, or exactly at an end. */
export function valueArb(input: ScenarioInput): fc.Arbitrary<number | string> {
  if (input.kind === 'choice') return fc.constantFrom(...input.options.map((o) => o.value));
  const steps = Math.round((input.max - input.min) / input.step);
  return fc.oneof(
    fc.integer({ min: 0, max: steps }).map((n) => Number((input.min + n * input.step).toFixed(6))),
    fc.double({ min: input.min, max: input.max, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(input.min, input.max),
  );
}

export function settingsArb<T>(id: ScenarioId): fc.Arbitrary<T> {
  const inputs = scenario(id).inputs;
  return fc.record(Object.fromEntries(inputs.map((i) => [i.key, valueArb(i)]))) as unknown as fc.Arbitrary<T>;
}

export function rangeOf(id: ScenarioId, key: string) {
  const input = scenario(id).inputs.find((i) => i.key === key);
  if (!input || input.kind !== 'range') throw new Error(`no range input ${key}`);
  return input;
}

export type { Settings };
