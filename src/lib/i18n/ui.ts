/** Interface strings for the site chrome, in every edition. Story prose lives in MDX. */
import { LOCALES, type Locale, type WrittenLocale } from '../schema';
import { withHans } from './with-hans';

/**
 * Each edition's language tag, Open Graph locale and its name as its own readers write it (the language
 * switch shows each name in its own script, and marks it with `lang`).
 */
export const LOCALE_META: Record<Locale, { htmlLang: string; ogLocale: string; label: string; intl: string }> = {
  en: { htmlLang: 'en', ogLocale: 'en_US', label: 'English', intl: 'en-GB' },
  'zh-hant': { htmlLang: 'zh-Hant', ogLocale: 'zh_TW', label: '繁體中文', intl: 'zh-Hant-TW' },
  'zh-hans': { htmlLang: 'zh-Hans', ogLocale: 'zh_CN', label: '简体中文', intl: 'zh-Hans-CN' },
};

/**
 * The written language behind an edition, for text a page template keeps inline (`{ en, 'zh-hant' }`
 * labels in an .astro file): a Simplified page is rendered from the Traditional text and converted as a
 * whole on its way out (src/middleware.ts).
 */
export function writtenLocale(lang: Locale): WrittenLocale {
  return lang === 'en' ? 'en' : 'zh-hant';
}

/** The other editions of a page, in the site's order. */
export function otherLocales(lang: Locale): Locale[] {
  return LOCALES.filter((l) => l !== lang);
}

export const UI = withHans({
  en: {
    siteTitle: 'The chip ratchet',
    siteDek: 'How US export controls on chips have tightened since 2018, and why China’s gap keeps widening',
    skip: 'Skip to content',
    theme: 'Theme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    timelineHeading: 'Timeline of the escalation',
    timelineIntro: 'Every event in our dataset, oldest first, with the documents it rests on.',
    sources: 'Sources',
    source: 'Source',
    noUrl: 'no canonical link',
    inArticle: 'In the April 2024 VOA report',
    effective: 'in force',
    asOf: 'Data as of',
    coverage: 'Coverage',
    licence: 'Data and charts licensed',
    byline: 'Data desk',
    published: 'Published',
    updated: 'Updated',
    estimate: 'estimate',
    note: 'Note',
    ends: 'Ran until',
    followUp: 'What happened next',
    events: 'events',
    categories: {
      'us-rule': 'US rule',
      'entity-list': 'Entity List',
      'ally-alignment': 'Allies',
      diplomacy: 'Diplomacy',
      'china-response': 'China’s response',
      'industry-milestone': 'Industry',
    },
    chooseLanguage: 'Choose a language',
    notFound: 'Page not found',
    nav: { label: 'Site', story: 'Story', charts: 'Charts', glossary: 'Glossary', sources: 'Sources', data: 'Data' },
    corrections: 'Corrections',
    editions: 'Other editions',
  },
  'zh-hant': {
    siteTitle: '晶片棘輪',
    siteDek: '美國晶片出口管制自2018年以來如何一路收緊，以及中國的差距為何仍在擴大',
    skip: '跳至主要內容',
    theme: '佈景主題',
    themeAuto: '自動',
    themeLight: '淺色',
    themeDark: '深色',
    language: '語言',
    timelineHeading: '管制升級時間軸',
    timelineIntro: '資料集中的每一起事件，由舊到新排列，並附上所依據的文件。',
    sources: '資料來源',
    source: '來源',
    noUrl: '無正式連結',
    inArticle: '見於2024年4月美國之音報導',
    effective: '生效',
    asOf: '資料截至',
    coverage: '涵蓋期間',
    licence: '資料與圖表授權',
    byline: '數據新聞組',
    published: '發布',
    updated: '更新',
    estimate: '估計值',
    note: '附註',
    ends: '有效至',
    followUp: '後續',
    events: '起事件',
    categories: {
      'us-rule': '美國法規',
      'entity-list': '實體清單',
      'ally-alignment': '盟友',
      diplomacy: '外交',
      'china-response': '中國回應',
      'industry-milestone': '產業',
    },
    chooseLanguage: '選擇語言',
    notFound: '找不到頁面',
    nav: { label: '網站', story: '報導', charts: '圖表', glossary: '詞彙', sources: '來源', data: '資料' },
    corrections: '更正紀錄',
    editions: '其他版本',
  },
} as const satisfies Record<WrittenLocale, unknown>);

export type UiStrings = (typeof UI)[Locale];

export function ui(locale: Locale): UiStrings {
  return UI[locale];
}

/** Path of the same page in another edition: /en/x/ → /zh-hans/x/. */
export function localizedPath(path: string, to: Locale): string {
  const rest = path.replace(/^\/(en|zh-hant|zh-hans)(?=\/|$)/, '');
  return `/${to}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
