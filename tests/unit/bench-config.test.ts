/**
 * The bench moves one slider per scenario tool (scripts/bench/tools.mjs). When a model's inputs change, the
 * bench must follow, or its latency figure silently stops being measured (it once named a removed input).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { TOOLS } from '../../scripts/bench/tools.mjs';

type Input = { key: string; kind: string; min?: number; max?: number };
const scenarios = JSON.parse(readFileSync('content/data/scenarios.json', 'utf8')) as { id: string; inputs: Input[] }[];

describe('bench tool sliders', () => {
  it('measures every scenario tool', () => {
    expect(TOOLS.map((t: { id: string }) => t.id).sort()).toEqual(scenarios.map((s) => s.id).sort());
  });
  for (const tool of TOOLS as { id: string; key: string }[]) {
    it(`${tool.id}: "${tool.key}" is a range input with room to move`, () => {
      const input = scenarios.find((s) => s.id === tool.id)?.inputs.find((i) => i.key === tool.key);
      expect(input, `${tool.id} has no input "${tool.key}"`).toBeDefined();
      expect(input?.kind).toBe('range');
      expect(input!.max! - input!.min!).toBeGreaterThan(0);
    });
  }
});
