/**
 * Strings and number formats of the scenario tools ("what if" sliders), in
 * both languages. Labels, notes and the "how this works" text of each tool
 * live with its data in content/data/scenarios.json; this file holds the
 * chrome, the units and the result sentences.
 */
import type { Locale, WrittenLocale } from '../schema';
import { byScript, withHans } from './with-hans';
import type { Unit, ScenarioInput } from '../models/scenario-schema';
import type { ScenarioId, Scheme } from '../models/keys';
import type { ServicingResult } from '../models/servicing';
import type { MultipatterningResult } from '../models/multipatterning';
import type { GapResult } from '../models/gap';
import { stepDecimals } from '../models/scenario';

export const TOOL_UI = withHans({
  en: {
    badge: 'Illustrative model',
    claim: 'The claim',
    controls: 'Assumptions you can change',
    result: 'Result',
    howItWorks: 'How this works',
    assumptions: 'Assumptions and sources',
    colAssumption: 'Assumption',
    colDefault: 'Default',
    colRange: 'Range',
    colSource: 'Source',
    fixed: 'fixed',
    ourAssumption: 'Our assumption',
    informedBy: 'informed by',
    estimate: 'estimate',
    noUrl: 'no canonical link',
    reset: 'Reset to defaults',
    copyLink: 'Copy link to this scenario',
    linkCopied: 'Link copied',
    copyManually: 'Link selected: copy it with Ctrl+C (⌘C on a Mac)',
    linkField: 'Link to this scenario',
    sensitivity: 'What moves the result most',
    sensitivityIntro: (what: string) => `Change in ${what} when one input at a time moves a tenth of its range from the current setting.`,
    sensitivityTop: (label: string) => `Right now the result is most sensitive to: ${label}.`,
    sensitivityNone: 'At this setting no single input moves the result.',
    data: 'Data behind the chart',
    year: 'Year',
    noData: 'No roadmap data was given, so the gap cannot be drawn.',
    presets: 'Which tools lose service',
    fleet: 'The fleet',
    oldLink: 'Older link',
  },
  'zh-hant': {
    badge: '示意模型',
    claim: '要檢驗的說法',
    controls: '可調整的假設',
    result: '結果',
    howItWorks: '運作方式',
    assumptions: '假設與資料來源',
    colAssumption: '假設',
    colDefault: '預設值',
    colRange: '範圍',
    colSource: '來源',
    fixed: '固定',
    ourAssumption: '我們的假設',
    informedBy: '參考',
    estimate: '估計值',
    noUrl: '無正式連結',
    reset: '恢復預設值',
    copyLink: '複製此情境的連結',
    linkCopied: '已複製連結',
    copyManually: '已選取連結，請按Ctrl+C（Mac請按⌘C）複製',
    linkField: '此情境的連結',
    sensitivity: '哪個因素影響最大',
    sensitivityIntro: (what: string) => `每次只讓一項假設自目前設定上下移動其範圍的十分之一時，${what}的變化。`,
    sensitivityTop: (label: string) => `在目前設定下，結果對這項假設最敏感：${label}。`,
    sensitivityNone: '在目前設定下，沒有任何單一假設會改變結果。',
    data: '圖表數據',
    year: '年份',
    noData: '缺少製程路線資料，無法繪出差距。',
    presets: '哪些機台失去維修',
    fleet: '機隊',
    oldLink: '舊版連結',
  },
} as const satisfies Record<WrittenLocale, Record<string, unknown>>);

export type ToolStrings = (typeof TOOL_UI)[Locale];

const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', 'zh-hant': 'zh-TW', 'zh-hans': 'zh-CN' };

/** A number at a fixed number of decimals, in the page's locale, never "-0". */
export function formatNumber(lang: Locale, value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const factor = 10 ** decimals;
  let v = Math.round(value * factor) / factor;
  if (Object.is(v, -0) || v === 0) v = 0;
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v);
}

export function decimalsForStep(step: number): number {
  return Math.min(4, stepDecimals(step));
}

const GENERATION_NM: Record<number, string> = { 1: '14/16', 2: '10', 3: '7', 4: '5', 5: '3', 6: '2', 7: '1.4' };

/** "5 nm class", "between 5 and 3 nm", "1.4 nm class". */
export const generationLabel = byScript(function generationLabel(lang: Locale, g: number): string {
  const whole = Math.floor(g + 1e-9);
  const nm = GENERATION_NM[whole];
  const next = GENERATION_NM[whole + 1];
  if (Math.abs(g - whole) < 1e-9 && nm) return lang === 'en' ? `${nm} nm class` : `${nm}奈米等級`;
  if (nm && next) return lang === 'en' ? `between ${nm} and ${next} nm` : `介於${nm}與${next}奈米之間`;
  if (whole >= 7) return lang === 'en' ? 'beyond 1.4 nm' : '超越1.4奈米';
  return lang === 'en' ? `generation ${formatNumber(lang, g, 1)}` : `第${formatNumber(lang, g, 1)}代`;
});

/** A value with its unit, as a reader sees it. */
export const formatWithUnit = byScript(function formatWithUnit(lang: Locale, unit: Unit, value: number, decimals = 0): string {
  const n = formatNumber(lang, value, decimals);
  const en = lang === 'en';
  const one = Math.abs(value - 1) < 1e-9;
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'percent-per-year':
      return en ? `${n}% a year` : `每年${n}%`;
    case 'points-per-year':
      return en ? `${n} ${one ? 'point' : 'points'} a year` : `每年${n}個百分點`;
    case 'year':
      return String(Math.round(value));
    case 'years-per-node':
      return en ? `${n} ${one ? 'year' : 'years'} per generation` : `每世代${n}年`;
    case 'years':
      return en ? `${n} ${one ? 'year' : 'years'}` : `${n}年`;
    case 'generation':
      return generationLabel(lang, value);
    case 'layers':
      return en ? `${n} ${one ? 'layer' : 'layers'}` : `${n}層`;
    case 'eur-m':
      return en ? `€${n} m` : `${n}百萬歐元`;
    case 'wph':
      return en ? `${n} wafers an hour` : `每小時${n}片`;
    case 'per-duv-exposure':
      return en ? `${n} × one DUV exposure` : `一次DUV曝光的${n}倍`;
    case 'exposures':
      return en ? `${n} per layer` : `每層${n}次`;
    case 'pitch-split':
      return en ? `pitch ÷ ${n}` : `線距÷${n}`;
    case 'nm':
      return en ? `${n} nm` : `${n}奈米`;
    case 'tools':
      return en ? `${n} tools` : `${n}台`;
    case 'times-euv-critical':
      return en ? `${n} × the EUV route's critical layers` : `EUV路線關鍵層的${n}倍`;
    case 'half-life':
      return en ? `${n} ${one ? 'year' : 'years'} to halve` : `${n}年減半`;
  }
});

/** The text of an input's value: the option label of a choice, the number and unit of a range. */
export function formatInput(lang: Locale, input: ScenarioInput, value: number | string): string {
  if (input.kind === 'choice') return input.options.find((o) => o.value === value)?.label[lang] ?? String(value);
  return formatWithUnit(lang, input.unit, Number(value), decimalsForStep(input.step));
}

/** "0–50% a year", "€20–150 m", "7 nm class – 1.4 nm class": the unit written once where it can be. */
export function rangeText(lang: Locale, input: ScenarioInput): string {
  if (input.kind === 'choice') return input.options.map((o) => o.label[lang]).join(lang === 'en' ? ' / ' : '／');
  const d = decimalsForStep(input.step);
  const lo = formatWithUnit(lang, input.unit, input.min, d);
  const hi = formatWithUnit(lang, input.unit, input.max, d);
  if (input.unit === 'year') return `${lo}–${hi}`;
  // Same text around the two numbers: keep the prefix and suffix once.
  const a = formatNumber(lang, input.min, d);
  const b = formatNumber(lang, input.max, d);
  const i = lo.indexOf(a);
  const j = hi.indexOf(b);
  if (input.unit !== 'generation' && i >= 0 && j >= 0) {
    const prefix = lo.slice(0, i);
    const suffix = hi.slice(j + b.length);
    // the suffix is taken from the upper end, which carries the plural ("1–30 layers")
    if (prefix === hi.slice(0, j)) {
      return `${prefix}${a}–${b}${suffix}`;
    }
  }
  return `${lo} – ${hi}`;
}

const COMPANY: Record<Locale, Record<string, string>> = withHans({
  en: { tsmc: 'TSMC', smic: 'SMIC', samsung: 'Samsung', intel: 'Intel', rapidus: 'Rapidus' },
  'zh-hant': { tsmc: '台積電', smic: '中芯', samsung: '三星', intel: '英特爾', rapidus: 'Rapidus' },
});

export function companyName(lang: Locale, id: string): string {
  return COMPANY[lang][id] ?? id.toUpperCase();
}

export const schemeName = byScript(function schemeName(lang: Locale, scheme: Scheme): string {
  if (scheme === 'euv') return lang === 'en' ? 'EUV, one exposure' : 'EUV單次曝光';
  if (scheme === 'euv2') return lang === 'en' ? 'EUV, two exposures' : 'EUV兩次曝光';
  return scheme.toUpperCase();
});

/* ----------------------------------------------------------------- charts */

export const CHART_TEXT = withHans({
  en: {
    servicingTitle: 'Usable advanced-node lithography capacity (2024 = 100)',
    withCut: 'With the cut-off',
    fullService: 'Full service',
    capacity: 'Capacity index',
    gapTitle: (leader: string) => `Years China trails ${leader}`,
    gapAxis: (leader: string) => `Years behind ${leader}`,
    duvOnly: 'DUV only',
    withEuv: 'With EUV',
    seen: (follower: string) => `${follower} node seen`,
    mpTitle: 'Cost of a good wafer (EUV route = 1)',
    scanner: 'Scanner time',
    mask: 'Masks',
    other: 'Deposition and etch',
    shared: 'Shared layers',
    scrap: 'Scrapped wafers',
    euvRoute: 'EUV route',
    duvRoute: 'DUV route',
    exposures: 'Exposures (and masks) per wafer',
    yield: 'Wafers surviving exposure',
    cost: 'Cost per good wafer',
    euroPerExposure: 'Scanner time per exposure',
    layerMix: 'Layer mix',
    group: 'Layer group',
    pitch: 'Pitch',
    layers: 'Layers',
    generationsBehind: 'Generations behind (DUV only)',
  },
  'zh-hant': {
    servicingTitle: '先進製程微影可用產能（2024年＝100）',
    withCut: '維修中斷',
    fullService: '維修正常',
    capacity: '產能指數',
    gapTitle: (leader: string) => `中國落後${leader}的年數`,
    gapAxis: (leader: string) => `落後${leader}（年）`,
    duvOnly: '只用DUV',
    withEuv: '可取得EUV',
    seen: (follower: string) => `${follower}實際製程`,
    mpTitle: '每片良品晶圓的成本（EUV路線＝1）',
    scanner: '曝光機時間',
    mask: '光罩',
    other: '沉積與蝕刻',
    shared: '共用各層',
    scrap: '報廢晶圓',
    euvRoute: 'EUV路線',
    duvRoute: 'DUV路線',
    exposures: '每片晶圓曝光次數（與光罩數）',
    yield: '曝光後留存的晶圓',
    cost: '每片良品晶圓成本',
    euroPerExposure: '每次曝光的機台時間',
    layerMix: '層別組合',
    group: '層別',
    pitch: '線距',
    layers: '層數',
    generationsBehind: '落後世代數（只用DUV）',
  },
} as const);

/* -------------------------------------------------------------- sentences */

/** What the sensitivity measures, per tool. */
export const headlineName = byScript(function headlineName(lang: Locale, id: ScenarioId, year: number): string {
  const en = lang === 'en';
  if (id === 'servicing') return en ? `the ${year} capacity index` : `${year}年產能指數`;
  if (id === 'multipatterning') return en ? 'the DUV route’s cost as a multiple of the EUV route’s' : 'DUV路線相對EUV路線的成本倍數';
  return en ? `the ${year} gap` : `${year}年的差距`;
});

/** A change in the headline number, with its unit. */
export const swingText = byScript(function swingText(lang: Locale, id: ScenarioId, swing: number): string {
  const en = lang === 'en';
  if (id === 'servicing') return en ? `±${formatNumber(lang, swing, 1)} points` : `±${formatNumber(lang, swing, 1)}點`;
  if (id === 'multipatterning') return `±${formatNumber(lang, swing, 2)}×`;
  return en ? `±${formatNumber(lang, swing, 1)} years` : `±${formatNumber(lang, swing, 1)}年`;
});

export const servicingSentence = byScript(function servicingSentence(lang: Locale, r: ServicingResult, cut: number): string {
  const { baseYear, endYear, headlineYear } = r.frame;
  const x = formatNumber(lang, r.headline, 1);
  const b = formatNumber(lang, r.headlineBaseline, 0);
  const e = formatNumber(lang, r.end, 1);
  const same = x === formatNumber(lang, r.headlineBaseline, 1);
  const share = formatNumber(lang, cut, 0);
  const lostText = formatNumber(lang, r.lostCapacityYears, 2);
  const half = r.halfLife === null ? null : formatNumber(lang, r.halfLife, 1);
  const en = lang === 'en';
  const first = en
    ? same
      ? `With ${share}% of the fleet cut off, usable capacity in ${headlineYear} is still ${x}% of the ${baseYear} level, as with full service; by ${endYear} it is ${e}%.`
      : `With ${share}% of the fleet cut off, usable capacity falls to ${x}% of the ${baseYear} level by ${headlineYear}, against ${b}% with full service; by ${endYear} it is ${e}%.`
    : same
      ? `機隊${share}%失去維修時，${headlineYear}年的可用產能仍為${baseYear}年水準的${x}%，與維修正常時相同；到${endYear}年為${e}%。`
      : `機隊${share}%失去維修時，可用產能到${headlineYear}年降至${baseYear}年水準的${x}%（維修正常則為${b}%）；到${endYear}年為${e}%。`;
  const lost = r.lostCapacityYears >= 0.005
    ? en
      ? ` Over ${baseYear + 1}–${endYear} the shortfall adds up to about ${lostText} years of the whole fleet's output.`
      : `${baseYear + 1}至${endYear}年間，短少的產能累計約相當於整個機隊${lostText}年的產出。`
    : '';
  const decay = half === null
    ? en
      ? ' Unserviced tools do not decay at this setting.'
      : '在此設定下，未獲維修的機台不會衰退。'
    : en
      ? ` From ${r.decayStart}, an unserviced tool without local repair would keep half its availability after ${half} years.`
      : `自${r.decayStart}年起，未獲維修又無本地修復的機台，${half}年後只剩一半可用度。`;
  return first + lost + decay;
});

export const multipatterningSentence = byScript(function multipatterningSentence(lang: Locale, r: MultipatterningResult): string {
  const en = lang === 'en';
  const ratio = formatNumber(lang, r.ratio, 2);
  const criticalRatio = formatNumber(lang, (r.breakdown.duv.scanner + r.breakdown.duv.mask + r.breakdown.duv.other) / Math.max(1e-12, r.breakdown.euv.scanner + r.breakdown.euv.mask + r.breakdown.euv.other), 2);
  const layers = formatNumber(lang, r.groups.reduce((n, g) => n + g.layers, 0), 0);
  const xd = formatNumber(lang, r.duv.exposures, 0);
  const xe = formatNumber(lang, r.euv.exposures, 0);
  const sd = formatNumber(lang, (1 - r.duv.yield) * 100, 1);
  const se = formatNumber(lang, (1 - r.euv.yield) * 100, 1);
  const ed = formatNumber(lang, r.euroPerExposure.duv, 1);
  const ee = formatNumber(lang, r.euroPerExposure.euv, 1);
  const node = en ? `${r.node} nm-class` : `${r.node}奈米等級`;
  return en
    ? `On DUV a good ${node} wafer costs ${ratio} times as much as on EUV. Its ${layers} critical layers take ${xd} exposures and masks instead of ${xe}, and ${sd}% of wafers are scrapped during exposure against ${se}%; the critical layers alone cost ${criticalRatio} times as much. One exposure's scanner time costs about €${ed} on DUV and €${ee} on EUV.`
    : `以DUV製造一片${node}良品晶圓，成本是EUV的${ratio}倍。其${layers}個關鍵層需曝光${xd}次、用${xd}片光罩，EUV只需${xe}次；曝光時報廢的晶圓為${sd}%，EUV為${se}%；單看關鍵層，成本是${criticalRatio}倍。每次曝光的機台時間約${ed}歐元（DUV）與${ee}歐元（EUV）。`;
});

/** "5.0 years behind TSMC", "1.5 years ahead", "level with TSMC"; the leader is named only when given. */
const behind = byScript(function behind(lang: Locale, years: number, leader?: string): string {
  const n = formatNumber(lang, Math.abs(years), 1);
  const level = formatNumber(lang, years, 1) === formatNumber(lang, 0, 1);
  if (lang === 'en') {
    if (level) return leader ? `level with ${leader}` : 'level';
    return years > 0 ? `${n} years behind${leader ? ` ${leader}` : ''}` : `${n} years ahead${leader ? ` of ${leader}` : ''}`;
  }
  if (level) return leader ? `與${leader}並駕齊驅` : '並駕齊驅';
  return years > 0 ? `落後${leader ?? ''}${n}年` : `領先${leader ?? ''}${n}年`;
});

export const gapSentence = byScript(function gapSentence(lang: Locale, r: GapResult): string {
  if (!r.ok) return TOOL_UI[lang].noData;
  const leader = companyName(lang, r.options.leader);
  const { startYear, endYear } = r.options;
  const after = r.ceilingAfter === null ? null : formatNumber(lang, r.ceilingAfter, 1);
  const gens = formatNumber(lang, r.headlineGenerations, 1);
  const from = r.start.year;
  const en = lang === 'en';
  const lift = r.liftYear === null ? '' : en ? ` The ceiling lifts in ${r.liftYear}; from then the path moves at the EUV pace.` : `上限於${r.liftYear}年解除，此後以EUV的速度前進。`;
  if (en) {
    const wall =
      r.ceilingAfter === 0
        ? 'It starts at its ceiling'
        : after === null
          ? `It is not yet at its ceiling in ${endYear}`
          : `It comes within a tenth of a generation of its ceiling ${after} years after its ${from} node`;
    const sets = r.ceilingSets ? ', so by then the ceiling, not the pace, sets this number.' : ', so the pace still moves this number.';
    return `On a DUV-only path China is ${behind(lang, r.startGap, leader)} in ${startYear} and ${behind(lang, r.headline)} by ${endYear}, or ${gens} generations. ${wall}${sets}${lift} With EUV access it would be ${behind(lang, r.endEuvGap)} in ${endYear}.`;
  }
  const wall = r.ceilingAfter === 0 ? '一開始即已觸頂' : after === null ? `到${endYear}年仍未到達上限` : `在${from}年的節點之後${after}年，距上限已不到十分之一個世代`;
  const sets = r.ceilingSets ? '，因此這個數字由上限而非速度決定。' : '，因此速度仍會改變這個數字。';
  return `只用DUV時，中國在${startYear}年${behind(lang, r.startGap, leader)}，到${endYear}年${behind(lang, r.headline)}，即落後${gens}個世代。${wall}${sets}${lift}若能取得EUV，${endYear}年將${behind(lang, r.endEuvGap)}。`;
});
