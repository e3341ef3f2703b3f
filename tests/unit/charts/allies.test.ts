import { describe, expect, it } from 'vitest';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import { chartContract } from './chart-contract';
import { licenceEvents, measureRows } from '../../../src/lib/charts/allies';
import { renderChart } from '../../../src/lib/charts/render';
import { monthsBetween } from '../../../src/lib/charts/format';
import { datasets, marksIn } from './helpers';

const s = CHART_STRINGS.en;
const z = CHART_STRINGS['zh-hant'];
const h = CHART_STRINGS['zh-hans'];

chartContract('allies', { probes: { en: [s.allies.allies.NL!, s.allies.ask], 'zh-hant': [z.allies.allies.NL!, z.allies.ask], 'zh-hans': [h.allies.allies.NL!, h.allies.ask] } });

describe('allies', () => {
  it('counts lags in months, approximately for coarse dates', () => {
    expect(monthsBetween('2022-10', '2023-06-30')).toEqual({ months: 8, approx: false });
    expect(monthsBetween('2018', '2019')).toEqual({ months: 12, approx: true });
  });

  const { ds } = datasets()[0]!;
  it('draws an ask for every measure and an action only where there is one', () => {
    const marks = marksIn(renderChart('allies', ds, { locale: 'en', width: 640 })[0]!.svg);
    for (const row of measureRows(ds)) {
      const mine = marks.filter((m) => m.key === row.key);
      expect(mine.map((m) => m.attrs['data-part']).sort()).toEqual(row.measure.actedOn ? ['action', 'ask'] : ['ask']);
    }
  });

  it('numbers the licence events in the sales panel', () => {
    const panel = renderChart('allies', ds, { locale: 'en', width: 640 })[1]!;
    const events = marksIn(panel.svg).filter((m) => m.attrs['data-part'] === 'licence-event');
    expect(events.map((m) => m.key)).toEqual(licenceEvents(ds).map((e) => e.id));
    expect(events[0]!.title).toMatch(/^1\. /);
  });
});
