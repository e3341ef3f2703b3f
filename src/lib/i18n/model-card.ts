/**
 * The model card under each scenario tool (server only: it is static, so it
 * is rendered by src/components/story/ModelCard.astro and never travels in
 * an island's props). Headings, and the back-test line computed from the
 * models at their published defaults.
 */
import type { Locale, RoadmapNode, WrittenLocale } from '../schema';
import { withHans } from './with-hans';
import type { Scenario } from '../models/scenario-schema';
import type { GapSettings, MultipatterningSettings } from '../models/keys';
import { backTest, GAP_OPTIONS } from '../models/gap';
import { multipatterningHeadline, type LayerGroup, type MultipatterningConstants } from '../models/multipatterning';
import { constantValues } from '../models/scenario';
import { defaultSettings } from '../url-state';
import { companyName, formatNumber } from './tools';

export const MODEL_CARD_UI = withHans({
  en: {
    title: 'Model card',
    computes: 'What it computes',
    leavesOut: 'What it leaves out, and which way that pushes the result',
    basis: 'Where the layer mix and presets come from',
    backTest: 'Checked against the record',
    sources: 'Sources',
  },
  'zh-hant': {
    title: '模型說明卡',
    computes: '計算什麼',
    leavesOut: '未計入什麼，以及因此使結果偏向哪一邊',
    basis: '層別組合與預設情境的依據',
    backTest: '與實際紀錄比對',
    sources: '資料來源',
  },
} as const satisfies Record<WrittenLocale, Record<string, string>>);

/** Years the gap tool's back-test runs over: from SMIC's 14 nm node to its N+3. */
export const GAP_BACKTEST_YEARS = [2019, 2025] as const;

/** The computed part of a tool's back-test, in words (empty when the tool has none). */
export function backTestLine(lang: Locale, scenario: Scenario, roadmaps: readonly RoadmapNode[] = []): string {
  const en = lang === 'en';
  if (scenario.id === 'multipatterning') {
    const d = defaultSettings(scenario.inputs) as unknown as MultipatterningSettings;
    const c = constantValues(scenario) as unknown as MultipatterningConstants;
    const mix = (scenario.layerMix ?? []) as LayerGroup[];
    const r7 = formatNumber(lang, multipatterningHeadline({ ...d, node: '7' }, c, mix), 2);
    const r5 = formatNumber(lang, multipatterningHeadline({ ...d, node: '5' }, c, mix), 2);
    return en
      ? `At the defaults the DUV route costs ${r7} times the EUV route at 7 nm class and ${r5} times at 5 nm class.`
      : `採預設值時，DUV路線的成本在7奈米等級為EUV路線的${r7}倍，在5奈米等級為${r5}倍。`;
  }
  if (scenario.id === 'gap') {
    const points = backTest(defaultSettings(scenario.inputs) as unknown as GapSettings, roadmaps, ...GAP_BACKTEST_YEARS);
    if (!points.length) return '';
    const leader = companyName(lang, GAP_OPTIONS.leader);
    const list = points
      .map((p) =>
        en
          ? `${p.year} (${p.node}): ${formatNumber(lang, p.observed, 1)} real, ${formatNumber(lang, p.modelled, 1)} modelled`
          : `${p.year}年（${p.node}）：實際${formatNumber(lang, p.observed, 1)}年，模型${formatNumber(lang, p.modelled, 1)}年`,
      )
      .join(en ? '; ' : '；');
    return en ? `Years behind ${leader}: ${list}.` : `落後${leader}的年數：${list}。`;
  }
  return '';
}
