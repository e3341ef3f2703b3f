/** scenarios.json: the real records pass; broken ones fail with a message naming the field. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import raw from '../../../content/data/scenarios.json';
import { scenarioSchema } from '../../../src/lib/models/scenario-schema';
import { MODEL_CONSTANTS, MODEL_INPUTS, SCENARIO_IDS } from '../../../src/lib/models/keys';
import { readRawDataset } from '../../../src/lib/load-data';
import { formatProblem, validateDataset } from '../../../src/lib/validate';

const records = raw as any[];
const issues = (r: unknown) => {
  const p = scenarioSchema.safeParse(r);
  return p.success ? [] : p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const copy = (id: string) => structuredClone(records.find((r) => r.id === id));

describe('scenarios.json', () => {
  it('holds one valid record per tool, with every input and constant the models read', () => {
    expect(records.map((r) => r.id).sort()).toEqual([...SCENARIO_IDS].sort());
    for (const r of records) {
      expect(issues(r)).toEqual([]);
      expect(r.inputs.map((i: any) => i.key).sort()).toEqual(Object.keys(MODEL_INPUTS[r.id as keyof typeof MODEL_INPUTS]).sort());
      expect(r.constants.map((c: any) => c.key).sort()).toEqual([...MODEL_CONSTANTS[r.id as keyof typeof MODEL_CONSTANTS]].sort());
    }
  });

  it('keeps URL keys unique across all tools (they share one query string)', () => {
    const keys = records.flatMap((r) => r.inputs.map((i: any) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('v');
  });

  it('labels every input and constant without a source as our assumption', () => {
    const sourceless = records.flatMap((r) => [...r.inputs, ...r.constants]).filter((i) => !(i.sources?.length > 0));
    expect(sourceless.length).toBeGreaterThan(0);
    for (const i of sourceless) expect(i.assumption).toBe(true);
  });

  it.each([
    ['a default outside the range', (r: any) => (r.inputs[0].default = 120), 'inputs.0.default: 120 is outside 0–100'],
    ['a default off the step grid', (r: any) => (r.inputs[0].default = 52), 'inputs.0.default: 52 is not on a step of 5 from 0'],
    ['min above max', (r: any) => (r.inputs[0].min = 200), 'inputs.0.max: must be greater than min'],
    ['no source and not marked as ours', (r: any) => ((r.inputs[1].sources = []), (r.inputs[1].assumption = false)), 'inputs.1.sources: needs a source id, or "assumption": true'],
    ['an input the model does not read', (r: any) => (r.inputs[0].key = 'share'), 'inputs.0.key: the servicing model does not read an input "share"'],
    ['a missing input', (r: any) => r.inputs.pop(), 'inputs: the servicing model needs an input "repair"'],
    ['a missing constant', (r: any) => (r.constants = []), 'constants: the servicing model needs a constant "baselineGrowth"'],
    ['English in the Chinese slot', (r: any) => (r.howItWorks['zh-hant'] = 'English only'), 'howItWorks.zh-hant: must be written in Traditional Chinese'],
    ['an unsafe URL key', (r: any) => (r.inputs[0].key = '<script>'), 'inputs.0.key: must be a short lower-case URL key'],
  ])('rejects %s', (_name, mutate, message) => {
    const r = copy('servicing');
    mutate(r);
    expect(issues(r).join('\n')).toContain(message);
  });

  it('rejects a choice whose options differ from what the model knows', () => {
    const r = copy('gap');
    const i = r.inputs.findIndex((x: any) => x.key === 'lift');
    r.inputs[i].options.pop();
    expect(issues(r).join('\n')).toContain(`inputs.${i}.options: options must be exactly "off", "2027", "2029", "2031"`);
  });

  it.each([
    ['a layer group without a source that is not marked as ours', (r: any) => ((r.layerMix[0].sources = []), (r.layerMix[0].assumption = false)), 'layerMix.0.sources: needs a source id'],
    ['a node with no layer groups', (r: any) => (r.layerMix = r.layerMix.filter((g: any) => g.node !== '5')), 'layerMix: needs at least one layer group for node "5"'],
    ['an unknown DUV scheme', (r: any) => (r.layerMix[0].duv = 'euv'), 'layerMix.0.duv'],
    ['no model card', (r: any) => delete r.modelCard, 'modelCard'],
  ])('rejects %s (multi-patterning)', (_name, mutate, message) => {
    const r = copy('multipatterning');
    mutate(r);
    expect(issues(r).join('\n')).toContain(message);
  });

  it('rejects a preset off its slider', () => {
    const r = copy('servicing');
    r.presets[0].values.cut = 7;
    expect(issues(r).join('\n')).toContain('presets.0.values.cut: 7 is not a value of the slider');
  });

  it('is checked by validateDataset: unknown source ids are reported with file, record and field', () => {
    const fixture = fileURLToPath(new URL('../../fixtures/data/valid/', import.meta.url));
    const { raw: data } = readRawDataset(fixture);
    const record = copy('servicing');
    data['scenarios.json'] = [record];
    const result = validateDataset(data, { today: '2026-01-01' });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages).toContain(`content/data/scenarios.json: record "servicing", field "claimSources[0]": unknown source id "${record.claimSources[0]}"`);
    expect(messages).toContain(`content/data/scenarios.json: record "servicing", field "inputs[1].sources[0]": unknown source id "${record.inputs[1].sources[0]}"`);
  });

  it('is required: a dataset without scenarios.json is reported', () => {
    const fixture = fileURLToPath(new URL('../../fixtures/data/valid/', import.meta.url));
    const { raw: data } = readRawDataset(fixture);
    delete data['scenarios.json'];
    const result = validateDataset(data, { today: '2026-01-01' });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain('content/data/scenarios.json: record "(file)", field "(file)": file is missing');
  });
});
