/** The sensitivity helper: ±10 % of each range, kept in range and on a step, ranked by swing. */
import { describe, expect, it } from 'vitest';
import { sensitivity, snapToStep } from '../../../src/lib/models/sensitivity';
import type { ScenarioInput } from '../../../src/lib/models/scenario-schema';

const range = (key: string, min: number, max: number, step: number, def: number): ScenarioInput => ({
  kind: 'range',
  key,
  label: { en: key, 'zh-hant': '測', 'zh-hans': '测' },
  unit: 'percent',
  min,
  max,
  step,
  default: def,
  sources: [],
  assumption: true,
});

const inputs = [range('a', 0, 100, 1, 50), range('b', 0, 10, 0.5, 5), range('c', 2025, 2030, 1, 2025)];
const headline = (s: Record<string, number | string>) => 2 * Number(s.a) + 30 * Number(s.b) + Number(s.c);

describe('sensitivity', () => {
  it('moves each input by a tenth of its range, both ways, and reports the larger change', () => {
    const sens = sensitivity(inputs, { a: 50, b: 5, c: 2027 }, headline);
    const row = (k: string) => sens.rows.find((r) => r.key === k)!;
    expect(row('a')).toMatchObject({ lowValue: 40, highValue: 60, swing: 20 }); // ±10 × 2
    expect(row('b')).toMatchObject({ lowValue: 4, highValue: 6, swing: 30 }); // ±1 × 30
    // a tenth of 2025–2030 is 0.5 year: rounded to one whole step
    expect(row('c')).toMatchObject({ lowValue: 2026, highValue: 2028, swing: 1 });
    expect(sens.rows.map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(sens.base).toBe(headline({ a: 50, b: 5, c: 2027 }));
  });

  it('stays inside the range at an end', () => {
    const sens = sensitivity(inputs, { a: 100, b: 0, c: 2025 }, headline);
    const a = sens.rows.find((r) => r.key === 'a')!;
    expect(a.highValue).toBe(100);
    expect(a.swing).toBe(20);
    expect(sens.rows.find((r) => r.key === 'b')!.lowValue).toBe(0);
  });

  it('ignores choices and survives a headline with no answer', () => {
    const choice: ScenarioInput = {
      kind: 'choice',
      key: 'k',
      label: { en: 'k', 'zh-hant': '選', 'zh-hans': '选' },
      options: [
        { value: 'x', label: { en: 'x', 'zh-hant': '甲', 'zh-hans': '甲' } },
        { value: 'y', label: { en: 'y', 'zh-hant': '乙', 'zh-hans': '乙' } },
      ],
      default: 'x',
      sources: [],
      assumption: true,
    };
    const sens = sensitivity([...inputs, choice], { a: 1, b: 1, c: 2025, k: 'x' }, () => null);
    expect(sens.base).toBeNull();
    expect(sens.rows).toHaveLength(3);
    for (const r of sens.rows) expect(r.swing).toBe(0);
  });

  it('snaps without float dust', () => {
    expect(snapToStep(0.30000000000000004, { min: 0, max: 1, step: 0.05 })).toBe(0.3);
    expect(snapToStep(97.96, { min: 90, max: 100, step: 0.1 })).toBe(98);
    expect(snapToStep(-3, { min: 0, max: 1, step: 0.05 })).toBe(0);
  });
});
