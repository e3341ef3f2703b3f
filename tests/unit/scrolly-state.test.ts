import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeStepIndex, stepTarget } from '../../src/lib/scrolly-state';

describe('activeStepIndex', () => {
  it('is -1 before the first step reaches the line', () => {
    expect(activeStepIndex([500, 900, 1300], 400)).toBe(-1);
  });
  it('is the last step whose top has passed the line', () => {
    expect(activeStepIndex([-800, -100, 350, 900], 400)).toBe(2);
  });
  it('lands on the right step after a jump that skipped several', () => {
    // A fast scroll moved every step 2000 px up between two frames.
    expect(activeStepIndex([100, 600, 1100, 1600, 2100].map((t) => t - 2000), 400)).toBe(4);
  });
  it('is monotone: scrolling further down never activates an earlier step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 2000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (heights, scroll, more) => {
          const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0));
          const at = (s: number) => activeStepIndex(tops.map((t) => t - s), 450);
          return at(scroll + more) >= at(scroll);
        },
      ),
    );
  });
});

describe('stepTarget', () => {
  it('moves by one and stays inside the list', () => {
    expect(stepTarget(2, 1, 5)).toBe(3);
    expect(stepTarget(4, 1, 5)).toBe(4);
    expect(stepTarget(0, -1, 5)).toBe(0);
  });
  it('starts at the first step from before the scrolly', () => {
    expect(stepTarget(-1, 1, 5)).toBe(0);
  });
});
