/**
 * The story's lede graphic: it counts the US and allied measures that tightened controls (no China
 * countermeasure, no report or ask, no easing), climbs only, marks the April 2024 rule, and names
 * itself for screen readers in each language.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ledeSteps, ledeSvg } from '../../../src/lib/charts/lede';
import { APRIL_2024_RULE } from '../../../src/lib/charts/ratchet';
import { LOCALES } from '../../../src/lib/schema';
import { badValues, datasets } from './helpers';

describe.each(datasets())('lede ($name)', ({ ds }) => {
  it('counts only tightening measures of the US and its allies, oldest first', () => {
    const steps = ledeSteps(ds);
    expect(steps.length).toBeGreaterThan(0);
    for (const e of steps) {
      expect(['us-rule', 'entity-list', 'ally-alignment']).toContain(e.category);
      expect(e.stage).toBe('measure');
      expect(e.direction).toBe('tighten');
    }
    expect(steps.map((e) => e.date)).toEqual([...steps.map((e) => e.date)].sort());
  });

  it.each(LOCALES)('draws a named, described SVG with the count and no bad values (%s)', (locale) => {
    for (const width of [360, 1100]) {
      const svg = ledeSvg(ds, locale, { width, height: 250, idPrefix: 'x' });
      const { document } = parseHTML(`<div>${svg}</div>`);
      const root = document.querySelector('svg')!;
      expect(root.getAttribute('role')).toBe('img');
      expect(document.getElementById(root.getAttribute('aria-labelledby')!)?.textContent).toContain(String(ledeSteps(ds).length));
      expect(document.getElementById(root.getAttribute('aria-describedby')!)?.textContent?.length).toBeGreaterThan(20);
      expect(badValues(svg)).toEqual([]);
      const marksApril = ledeSteps(ds).some((e) => e.id === APRIL_2024_RULE);
      if (marksApril) expect(root.querySelector('line[stroke-dasharray]')).not.toBeNull();
    }
  });
});
