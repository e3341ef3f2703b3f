import { describe, expect, it } from 'vitest';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import { chartContract } from './chart-contract';
import { BREADTH_COLUMNS, breadthRows } from '../../../src/lib/charts/breadth';
import { datasets } from './helpers';

const s = CHART_STRINGS.en;
const z = CHART_STRINGS['zh-hant'];
const h = CHART_STRINGS['zh-hans'];

chartContract('breadth', { probes: { en: [s.breadth.columns.chips, s.breadth.columns.servicing], 'zh-hant': [z.breadth.columns.chips, z.breadth.columns.servicing], 'zh-hans': [h.breadth.columns.chips, h.breadth.columns.servicing] } });

describe('breadth', () => {
  const { ds } = datasets()[0]!;
  it('flags the first measure to reach each kind, once per kind', () => {
    const firsts = breadthRows(ds).flatMap((r) => r.cells.filter((c) => c.first).map((c) => c.column));
    expect(new Set(firsts).size).toBe(firsts.length);
    const reached = new Set(breadthRows(ds).flatMap((r) => r.cells.map((c) => c.column)));
    expect(firsts.sort()).toEqual([...reached].sort());
    expect(BREADTH_COLUMNS.filter((c) => reached.has(c)).length).toBeGreaterThan(2);
  });

  it('rows are in date order', () => {
    const dates = breadthRows(ds).map((r) => r.event.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
