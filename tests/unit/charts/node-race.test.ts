import { describe, expect, it } from 'vitest';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import { chartContract } from './chart-contract';
import { gapAt, gapYears, nodeRows } from '../../../src/lib/charts/node-race';
import { renderChart } from '../../../src/lib/charts/render';
import { datasets, textOf } from './helpers';

const s = CHART_STRINGS.en;
const z = CHART_STRINGS['zh-hant'];
const h = CHART_STRINGS['zh-hans'];

chartContract('node-race', { probes: { en: [s.nodeRace.generations[3]!], 'zh-hant': [z.nodeRace.generations[3]!], 'zh-hans': [h.nodeRace.generations[3]!] } });

describe('node race', () => {
  const { ds } = datasets()[0]!;
  it('measures the gap between the leader and SMIC in years', () => {
    // Fixture: SMIC N+2 (7 nm class) in 2023; TSMC N7 and Samsung 7LPP in 2018.
    expect(gapAt(ds, 2023)).toMatchObject({ years: 5, leaderYear: 2018, generation: 3 });
    expect(gapYears(nodeRows(ds))).toEqual([2023, 2025]);
    const en = textOf(renderChart('node-race', ds, { locale: 'en', width: 960 })[0]!.svg);
    expect(en).toContain('2023: SMIC 5 years behind');
    const zh = textOf(renderChart('node-race', ds, { locale: 'zh-hant', width: 960 })[0]!.svg);
    expect(zh).toContain('2023年：中芯落後 5 年');
  });

  it('marks EUV and High-NA arrival', () => {
    const en = textOf(renderChart('node-race', ds, { locale: 'en', width: 960 })[0]!.svg);
    expect(en).toContain('EUV in production (2018)');
    expect(en).toContain('High-NA EUV planned (2027)');
  });
});
