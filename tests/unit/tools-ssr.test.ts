/**
 * The three scenario islands rendered on the server (what a reader without
 * JavaScript sees): the default result in words, the SVG chart, the
 * assumptions table with sources, in both languages, and never NaN.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ServicingTool from '../../src/islands/ServicingTool.svelte';
import MultipatterningTool from '../../src/islands/MultipatterningTool.svelte';
import GapTool from '../../src/islands/GapTool.svelte';
import type { Locale, Source } from '../../src/lib/schema';
import sourcesRaw from '../../content/data/sources.json';
import { scenario } from './models/helpers';
import { ROADMAP } from './models/roadmap-fixture';
import realRoadmaps from '../../content/data/roadmaps.json';
import { backTestLine } from '../../src/lib/i18n/model-card';

const SOURCES = sourcesRaw as Source[];
const LANGS: Locale[] = ['en', 'zh-hant'];

function html(component: any, props: Record<string, unknown>): string {
  return render(component, { props }).body;
}

/** Visible text, tags removed and entities decoded enough to compare sentences. */
function text(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function common(body: string) {
  expect(body).toContain('<svg');
  expect(body).toMatch(/<table class="[^"]*\bsvelte-[a-z0-9]+"|<table/);
  expect(body).toContain('aria-live="polite"');
  expect(body).toContain('role="status"');
  expect(body).toContain('type="range"');
  const visible = text(body);
  expect(visible).not.toMatch(/\bNaN\b|undefined|Infinity|\[object Object\]/);
}

describe('ServicingTool on the server', () => {
  const sc = scenario('servicing');

  it('English: default sentence, chart, table, sources', () => {
    const body = html(ServicingTool, { lang: 'en', scenario: sc, sources: SOURCES });
    common(body);
    const t = text(body);
    // hand-computed in tests/unit/models/servicing.test.ts: 95 + 5 × 0.57908 = 97.9 in 2028, 97.4 in 2030
    expect(t).toContain('With 5% of the fleet cut off, usable capacity falls to 97.9% of the 2024 level by 2028, against 100% with full service; by 2030 it is 97.4%.');
    expect(t).toContain('would keep half its availability after 4.3 years'); // ln 0.5 ÷ ln 0.85
    expect(t).toContain('NXT:1980Di and newer immersion scanners in China'); // the fleet, defined on the page
    expect(t).toContain('NXT:2000i-class tools only'); // a preset
    expect(body).toContain('aria-pressed="true"'); // the default is that preset
    expect(t).toContain('If servicing stops');
    expect(t).toContain('Illustrative model');
    expect(t).toContain('Our assumption');
    expect(body).toContain('href="https://trendforce.com/news/2024/08/30/');
    expect(body).toMatch(/<input type="range" id="[^"]+-cut" min="0" max="100" step="5" value="5"/);
    // the no-cut-off baseline is drawn and labelled beside the cut-off line
    expect(t).toContain('Full service');
    expect(t).toContain('With the cut-off');
    expect(body).toContain('<details');
  });

  it('Traditional Chinese: the same result in Chinese', () => {
    const body = html(ServicingTool, { lang: 'zh-hant', scenario: sc, sources: SOURCES });
    common(body);
    const t = text(body);
    expect(t).toContain('機隊5%失去維修時，可用產能到2028年降至2024年水準的97.9%（維修正常則為100%）；到2030年為97.4%。');
    expect(t).toContain('如果維修服務中斷');
    expect(t).toContain('我們的假設');
  });

  it('renders the setting passed as `initial`, clamped, and ignores garbage', () => {
    const full = text(html(ServicingTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { cut: 250, decay: 20, repair: 0 } }));
    // cut clamps to 100: index = 100 × 0.8^4 in 2028, 100 × 0.8^6 in 2030
    expect(full).toContain('With 100% of the fleet cut off, usable capacity falls to 41.0% of the 2024 level by 2028');
    expect(full).toContain('by 2030 it is 26.2%');
    const junk = html(ServicingTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { cut: '<script>alert(1)</script>', start: 'NaN' } });
    expect(junk).not.toContain('<script');
    expect(text(junk)).toContain('falls to 97.9% of the 2024 level by 2028');
  });
});

describe('MultipatterningTool on the server', () => {
  const sc = scenario('multipatterning');

  it.each(LANGS)('%s: default sentence, bars, breakdown, layer mix, model card', (lang) => {
    const body = html(MultipatterningTool, { lang, scenario: sc, sources: SOURCES });
    common(body);
    const t = text(body);
    if (lang === 'en') {
      // 7 nm mix: fins SAQP 3 + gates SADP 2 + 4 metal SAQP × 3 + 4 vias LELELE × 3 = 29 exposures; EUV 10
      expect(t).toContain('Its 10 critical layers take 29 exposures and masks instead of 10');
      expect(t).toContain('2.9% of wafers are scrapped during exposure against 1.0%'); // 1 − 0.999^29, 1 − 0.999^10
      expect(t).toMatch(/On DUV a good 7 nm-class wafer costs 1\.\d\d times as much as on EUV/);
      expect(t).toContain('Scrapped wafers');
      expect(t).toContain('Layer mix');
      expect(t).toContain('Tightest metal 40 nm 4 SAQP EUV, one exposure');
    } else {
      expect(t).toContain('其10個關鍵層需曝光29次、用29片光罩，EUV只需10次');
    }
    expect(body).toContain('type="radio"');
    expect(body).toContain('href="https://asiatimes.com/2024/02/smic-to-sell-huawei-costly-inefficient-5nm-chips"');
  });

  it('the node changes the layer mix and the cost', () => {
    const t = text(html(MultipatterningTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { node: '5' } }));
    // 5 nm mix: 3 + 2 + 6 × 3 + 6 × 3 = 41 exposures; EUV 14
    expect(t).toContain('Its 14 critical layers take 41 exposures and masks instead of 14');
    expect(t).toContain('Tightest metal 32.5 nm 6 SAQP');
  });
});

describe('GapTool on the server', () => {
  const sc = scenario('gap');

  it.each(LANGS)('%s: default sentence from the roadmap, lines, observed dots, roadmap rows', (lang) => {
    const body = html(GapTool, { lang, scenario: sc, sources: SOURCES, roadmaps: ROADMAP });
    common(body);
    const t = text(body);
    if (lang === 'en') {
      // hand-computed in tests/unit/models/gap.test.ts
      // 2032: 4 − 2^(−9 / 2.2) = 3.941, leader there in 2019.88; generations 9 − 3.94; within 0.1 after 2.2 × log2 10 = 7.3 years
      expect(t).toContain('On a DUV-only path China is 5.0 years behind TSMC in 2023 and 12.1 years behind by 2032, or 5.1 generations. It comes within a tenth of a generation of its ceiling 7.3 years after its 2023 node, so by then the ceiling, not the pace, sets this number. With EUV access it would be 5.6 years behind in 2032.');
      expect(t).toContain('Generations behind (DUV only)');
      expect(t).toContain("TSMC's roadmap");
      expect(t).toContain('L1.4 2028 (plan)');
    } else {
      expect(t).toContain('只用DUV時，中國在2023年落後台積電5.0年，到2032年落後12.1年，即落後5.1個世代。在2023年的節點之後7.3年，距上限已不到十分之一個世代，因此這個數字由上限而非速度決定。若能取得EUV，2032年將落後5.6年。');
    }
    expect(body).toContain('<circle');
  });

  it('says when the ceiling lifts, and that the ceiling then no longer sets the number', () => {
    const t = text(html(GapTool, { lang: 'en', scenario: sc, sources: SOURCES, roadmaps: ROADMAP, initial: { lift: '2029' } }));
    expect(t).toContain('The ceiling lifts in 2029; from then the path moves at the EUV pace.');
    expect(t).not.toContain('the ceiling, not the pace, sets this number');
  });

  it('without roadmap data: says so, draws no NaN', () => {
    const body = html(GapTool, { lang: 'en', scenario: sc, sources: SOURCES });
    expect(text(body)).toContain('No roadmap data was given');
    expect(text(body)).not.toMatch(/NaN|Infinity/);
  });
});

describe('model cards (rendered by ModelCard.astro, outside the islands)', () => {
  it('are not in the islands’ markup, which stays lighter', () => {
    const body = html(GapTool, { lang: 'en', scenario: scenario('gap'), sources: SOURCES, roadmaps: ROADMAP });
    expect(text(body)).not.toContain(scenario('gap').modelCard.backTest.en);
  });

  it('give the gap back-test on the real roadmap data, real beside modelled, in both languages', () => {
    const en = backTestLine('en', scenario('gap'), realRoadmaps as never);
    expect(en).toMatch(/^Years behind TSMC: 2019 \(14 nm FinFET\): 5\.7 real, 5\.7 modelled; 2021 \(N\+1\): 4\.2 real, \d\.\d modelled; 2023 \(N\+2\): 5\.0 real, \d\.\d modelled; 2025 \(N\+3\): 6\.0 real, \d\.\d modelled\.$/);
    expect(backTestLine('zh-hant', scenario('gap'), realRoadmaps as never)).toContain('2023年（N+2）：實際5.0年');
    expect(backTestLine('en', scenario('gap'), [])).toBe('');
  });

  it('give the multi-patterning ratio at the defaults for both nodes', () => {
    expect(backTestLine('en', scenario('multipatterning'))).toMatch(/^At the defaults the DUV route costs 1\.\d\d times the EUV route at 7 nm class and 1\.\d\d times at 5 nm class\.$/);
    expect(backTestLine('zh-hant', scenario('multipatterning'))).toContain('在7奈米等級為EUV路線的');
    expect(backTestLine('en', scenario('servicing'))).toBe('');
  });
});
