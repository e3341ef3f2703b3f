/**
 * Schema of one record in content/data/scenarios.json: a scenario tool's
 * question, its inputs (ranges, defaults, units) and fixed assumptions, each
 * with the sources it rests on or marked as our own assumption.
 *
 * The id, kebab-case and two-language text rules repeat those of ../schema.ts
 * on purpose: schema.ts imports this file, so importing it back would make a
 * module cycle.
 */
import { z } from 'zod';
import { DUV_SCHEMES, MODEL_CONSTANTS, MODEL_INPUTS, NODES, SCENARIO_IDS, type ScenarioId } from './keys';

import { addHans } from '../i18n/hans';

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
const localized = z
  .object({
    en: nonEmpty,
    'zh-hant': nonEmpty.refine(hasHan, 'must be written in Traditional Chinese (no Han characters found)'),
  })
  .strict()
  // The Simplified edition, derived (src/lib/i18n/hans.ts); the data file never writes it.
  .transform(addHans);

/** Units the tools know how to print (strings in src/lib/i18n/tools.ts). */
export const UNITS = [
  'percent',
  'percent-per-year',
  'points-per-year',
  'year',
  'years-per-node',
  'years',
  'generation',
  'layers',
  'eur-m',
  'wph',
  'per-duv-exposure',
  'exposures',
  'pitch-split',
  'nm',
  'tools',
  'times-euv-critical',
  'half-life',
] as const;
export type Unit = (typeof UNITS)[number];

/** URL parameter name: short, lower-case, safe to print. */
const urlKey = z.string().regex(/^[a-z][a-z0-9]{0,11}$/, 'must be a short lower-case URL key (a-z, 0-9, up to 12)');

/** Where a value comes from. Either it cites sources, or it is ours (or both: ours, informed by sources). */
const provenance = {
  sources: z.array(idSchema).default([]),
  /** True when the value is our assumption rather than a published figure. */
  assumption: z.boolean(),
  /** True when a sourced value is itself an estimate or derived. */
  estimate: z.boolean().optional(),
  /** What the reader should know about the value and its source. */
  note: localized.optional(),
};

const rangeInputSchema = z
  .object({
    kind: z.literal('range'),
    key: urlKey,
    label: localized,
    unit: z.enum(UNITS),
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    default: z.number(),
    ...provenance,
  })
  .strict();

const choiceOptionSchema = z
  .object({
    value: z.string().regex(/^[a-z0-9-]{1,16}$/, 'must be a short lower-case value'),
    label: localized,
  })
  .strict();

const choiceInputSchema = z
  .object({
    kind: z.literal('choice'),
    key: urlKey,
    label: localized,
    options: z.array(choiceOptionSchema).min(2, 'needs at least two options'),
    default: z.string(),
    ...provenance,
  })
  .strict();

export const scenarioInputSchema = z.discriminatedUnion('kind', [rangeInputSchema, choiceInputSchema]);

export const scenarioConstantSchema = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase key'),
    label: localized,
    value: z.number(),
    unit: z.enum(UNITS),
    ...provenance,
  })
  .strict();

/** One group of critical layers of a node (multi-patterning tool): its pitch, count and the DUV scheme fabs use. */
export const layerGroupSchema = z
  .object({
    node: z.enum(NODES),
    id: idSchema,
    label: localized,
    /** Tightest pitch in the group, nm. */
    pitch: z.number().positive(),
    layers: z.number().int().positive(),
    duv: z.enum(DUV_SCHEMES),
    ...provenance,
  })
  .strict();

/** A named setting a reader can apply with one button (servicing tool: which tools lose service). */
export const presetSchema = z
  .object({
    id: idSchema,
    label: localized,
    /** Input key → value; each must be a range input's value on its grid. */
    values: z.record(z.string(), z.number().finite()),
    ...provenance,
  })
  .strict();

/** The short model card shown under each tool. */
export const modelCardSchema = z
  .object({
    computes: localized,
    leavesOut: localized,
    backTest: localized,
  })
  .strict();

/** True when (value − min) is a whole number of steps, within float noise. */
export function onStep(value: number, min: number, step: number): boolean {
  const n = (value - min) / step;
  return Math.abs(n - Math.round(n)) < 1e-6;
}

export const scenarioSchema = z
  .object({
    id: z.enum(SCENARIO_IDS),
    title: localized,
    /** The article's claim the tool lets a reader test, in our words. */
    claim: localized,
    claimSources: z.array(idSchema).min(1, 'needs at least one source id'),
    /** The short "how this works" text shown next to the tool. */
    howItWorks: localized,
    /** Says plainly that this is an illustrative model and what it leaves out. */
    caveat: localized,
    inputs: z.array(scenarioInputSchema).min(1),
    constants: z.array(scenarioConstantSchema).default([]),
    /** What the base of the tool's index is (servicing: which tools make up the fleet). */
    denominator: localized.optional(),
    layerMix: z.array(layerGroupSchema).optional(),
    presets: z.array(presetSchema).optional(),
    /** Shown to readers whose link was written for an earlier version of the tool. */
    oldLinkNote: localized.optional(),
    modelCard: modelCardSchema,
  })
  .strict()
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const wanted: Record<string, 'range' | readonly string[]> = MODEL_INPUTS[s.id as ScenarioId];
    const seen = new Set<string>();

    s.inputs.forEach((input, i) => {
      if (seen.has(input.key)) issue(['inputs', i, 'key'], `duplicate key "${input.key}"`);
      seen.add(input.key);
      if (!input.assumption && input.sources.length === 0) {
        issue(['inputs', i, 'sources'], 'needs a source id, or "assumption": true');
      }
      const want = wanted[input.key];
      if (want === undefined) {
        issue(['inputs', i, 'key'], `the ${s.id} model does not read an input "${input.key}"`);
        return;
      }
      if (input.kind === 'range') {
        if (want !== 'range') return issue(['inputs', i, 'kind'], `"${input.key}" must be a choice`);
        if (!(input.min < input.max)) issue(['inputs', i, 'max'], 'must be greater than min');
        if (input.default < input.min || input.default > input.max) issue(['inputs', i, 'default'], `${input.default} is outside ${input.min}–${input.max}`);
        if (!onStep(input.default, input.min, input.step)) issue(['inputs', i, 'default'], `${input.default} is not on a step of ${input.step} from ${input.min}`);
        if (!onStep(input.max, input.min, input.step)) issue(['inputs', i, 'step'], `the range ${input.min}–${input.max} is not a whole number of steps of ${input.step}`);
      } else {
        if (want === 'range') return issue(['inputs', i, 'kind'], `"${input.key}" must be a range`);
        const values = input.options.map((o) => o.value);
        if (new Set(values).size !== values.length) issue(['inputs', i, 'options'], 'option values must be unique');
        const missing = want.filter((v) => !values.includes(v));
        const extra = values.filter((v) => !want.includes(v));
        if (missing.length || extra.length) issue(['inputs', i, 'options'], `options must be exactly ${want.map((v) => `"${v}"`).join(', ')}`);
        if (!values.includes(input.default)) issue(['inputs', i, 'default'], `"${input.default}" is not one of the options`);
      }
    });
    for (const key of Object.keys(wanted)) {
      if (!seen.has(key)) issue(['inputs'], `the ${s.id} model needs an input "${key}"`);
    }

    const wantedConstants: readonly string[] = MODEL_CONSTANTS[s.id as ScenarioId];
    const seenConstants = new Set<string>();
    s.constants.forEach((c, i) => {
      if (seenConstants.has(c.key)) issue(['constants', i, 'key'], `duplicate key "${c.key}"`);
      seenConstants.add(c.key);
      if (!wantedConstants.includes(c.key)) issue(['constants', i, 'key'], `the ${s.id} model does not read a constant "${c.key}"`);
      if (!c.assumption && c.sources.length === 0) issue(['constants', i, 'sources'], 'needs a source id, or "assumption": true');
    });
    for (const key of wantedConstants) {
      if (!seenConstants.has(key)) issue(['constants'], `the ${s.id} model needs a constant "${key}"`);
    }

    (s.layerMix ?? []).forEach((g, i) => {
      if (!g.assumption && g.sources.length === 0) issue(['layerMix', i, 'sources'], 'needs a source id, or "assumption": true');
    });
    if (s.id === 'multipatterning') {
      for (const node of NODES) {
        if (!(s.layerMix ?? []).some((g) => g.node === node)) issue(['layerMix'], `needs at least one layer group for node "${node}"`);
      }
    }
    (s.presets ?? []).forEach((p, i) => {
      if (!p.assumption && p.sources.length === 0) issue(['presets', i, 'sources'], 'needs a source id, or "assumption": true');
      for (const [key, value] of Object.entries(p.values)) {
        const input = s.inputs.find((x) => x.key === key);
        if (!input || input.kind !== 'range') issue(['presets', i, 'values', key], `"${key}" is not a range input of ${s.id}`);
        else if (value < input.min || value > input.max || !onStep(value, input.min, input.step)) issue(['presets', i, 'values', key], `${value} is not a value of the slider`);
      }
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;
export type RangeInput = Extract<ScenarioInput, { kind: 'range' }>;
export type ChoiceInput = Extract<ScenarioInput, { kind: 'choice' }>;
export type ScenarioConstant = z.infer<typeof scenarioConstantSchema>;
export type LayerGroupRecord = z.infer<typeof layerGroupSchema>;
export type Preset = z.infer<typeof presetSchema>;
