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
    // hand-computed in tests/unit/models/servicing.test.ts: 78.95 → 79, 74.37 → 74
    expect(t).toContain('By 2028 usable capacity falls to 79% of the 2024 level, against 100% with full service; by 2030 it is 74%.');
    expect(t).toContain('If servicing stops');
    expect(t).toContain('Illustrative model');
    expect(t).toContain('Our assumption');
    expect(body).toContain('href="https://trendforce.com/news/2024/08/30/');
    expect(body).toMatch(/<input type="range" id="[^"]+-cut" min="0" max="100" step="5" value="50"/);
    // the no-cut-off baseline is drawn and labelled beside the cut-off line
    expect(t).toContain('Full service');
    expect(t).toContain('With the cut-off');
    expect(body).toContain('<details');
  });

  it('Traditional Chinese: the same result in Chinese', () => {
    const body = html(ServicingTool, { lang: 'zh-hant', scenario: sc, sources: SOURCES });
    common(body);
    const t = text(body);
    expect(t).toContain('到2028年，可用產能降至2024年水準的79%（維修正常則為100%）；到2030年為74%。');
    expect(t).toContain('如果維修服務中斷');
    expect(t).toContain('我們的假設');
  });

  it('renders the setting passed as `initial`, clamped, and ignores garbage', () => {
    const full = text(html(ServicingTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { cut: 250, decay: 20, repair: 0 } }));
    // cut clamps to 100: index = 100 × 0.8^4 in 2028, 100 × 0.8^6 in 2030
    expect(full).toContain('By 2028 usable capacity falls to 41% of the 2024 level');
    expect(full).toContain('by 2030 it is 26%');
    const junk = html(ServicingTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { cut: '<script>alert(1)</script>', start: 'NaN' } });
    expect(junk).not.toContain('<script');
    expect(text(junk)).toContain('By 2028 usable capacity falls to 79%');
  });
});

describe('MultipatterningTool on the server', () => {
  const sc = scenario('multipatterning');

  it.each(LANGS)('%s: default sentence, bars, breakdown, table', (lang) => {
    const body = html(MultipatterningTool, { lang, scenario: sc, sources: SOURCES });
    common(body);
    const t = text(body);
    if (lang === 'en') {
      expect(t).toContain('SAQP on 10 critical layers takes 30 exposures per wafer against 10 with EUV.');
      expect(t).toContain('Lithography yield is 55% against 82%');
      expect(t).toContain('cost 1.64 times as much as on the EUV route');
      expect(t).toContain('Scrapped wafers');
    } else {
      expect(t).toContain('以SAQP處理10個關鍵層，每片晶圓需曝光30次，EUV只需10次。');
      expect(t).toContain('是EUV路線的1.64倍');
    }
    expect(body).toContain('type="radio"');
    expect(body).toContain('href="https://asiatimes.com/2024/02/smic-to-sell-huawei-costly-inefficient-5nm-chips"');
  });

  it('warns when the scheme cannot reach the node', () => {
    const t = text(html(MultipatterningTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { node: '5', scheme: 'lele' } }));
    expect(t).toContain('LELE cannot print the tightest pitches on DUV');
  });

  it('EUV chosen: the EUV route itself, one bar', () => {
    const body = html(MultipatterningTool, { lang: 'en', scenario: sc, sources: SOURCES, initial: { scheme: 'euv' } });
    expect(text(body)).toContain('this is the EUV route itself');
    common(body);
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
      expect(t).toContain('On a DUV-only path China is 5.0 years behind TSMC in 2023 and 12.0 years behind by 2032, at its ceiling 4.0 years after its 2023 node. With EUV access it would be 5.6 years behind in 2032.');
      expect(t).toContain("TSMC's roadmap");
      expect(t).toContain('L1.4 2028 (plan)');
    } else {
      expect(t).toContain('只用DUV時，中國在2023年落後台積電5.0年，到2032年落後12.0年，在2023年的節點之後4.0年觸及上限；若能取得EUV，2032年將落後5.6年。');
    }
    expect(body).toContain('<circle');
  });

  it('without roadmap data: says so, draws no NaN', () => {
    const body = html(GapTool, { lang: 'en', scenario: sc, sources: SOURCES });
    expect(text(body)).toContain('No roadmap data was given');
    expect(text(body)).not.toMatch(/NaN|Infinity/);
  });
});
