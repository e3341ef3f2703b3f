/**
 * "Cite this" (src/lib/cite.ts): every format in both languages against
 * citations written out by hand, for a fixed access date; the story (title
 * equal to the site's) and a chart (a part of the site, updated after it was
 * published).
 */
import { describe, expect, it } from 'vitest';
import { bibKey, cite, citeFormats, citeParts, CITE_FORMATS, formatCiteDate, localIsoDate, texEscape, titleCase, type CiteWork } from '../../src/lib/cite';

const SITE = 'https://example.test';
const ACCESSED = '2026-12-10';

const NAMES = {
  en: { title: 'The chip ratchet', author: 'Data desk', chart: 'Where the line falls' },
  'zh-hant': { title: '晶片棘輪', author: '數據新聞組', chart: '管制線畫在哪裡' },
  'zh-hans': { title: '芯片棘轮', author: '数据新闻组', chart: '管制线画在哪里' },
};

const story = (lang: keyof typeof NAMES): CiteWork => ({
  lang,
  kind: 'story',
  title: NAMES[lang].title,
  siteTitle: NAMES[lang].title,
  author: NAMES[lang].author,
  url: `${SITE}/${lang}/`,
  published: '2026-11-26',
  updated: '2026-11-26',
  key: 'chipratchet',
});

const chart = (lang: keyof typeof NAMES): CiteWork => ({
  ...story(lang),
  kind: 'chart',
  title: NAMES[lang].chart,
  url: `${SITE}/${lang}/#fig-thresholds`,
  updated: '2026-12-03',
  key: 'thresholds',
});

const EXPECTED = {
  en: {
    story: {
      apa: 'Data desk. (2026, November 26). The chip ratchet. Retrieved December 10, 2026, from https://example.test/en/',
      mla: 'Data desk. The Chip Ratchet. 26 Nov. 2026, example.test/en/. Accessed 10 Dec. 2026.',
      'chicago-note': 'Data desk, “The Chip Ratchet,” November 26, 2026, accessed December 10, 2026, https://example.test/en/.',
      'chicago-bib': 'Data desk. “The Chip Ratchet.” November 26, 2026. Accessed December 10, 2026. https://example.test/en/.',
      bibtex: [
        '@misc{datadesk2026chipratchet,',
        '  author   = {{Data desk}},',
        '  title    = {{The chip ratchet}},',
        '  year     = {2026},',
        '  month    = nov,',
        '  url      = {https://example.test/en/},',
        '  urldate  = {2026-12-10},',
        '  note     = {Accessed 2026-12-10}',
        '}',
      ].join('\n'),
    },
    chart: {
      apa: 'Data desk. (2026, December 3). Where the line falls [Chart]. The chip ratchet. Retrieved December 10, 2026, from https://example.test/en/#fig-thresholds',
      mla: 'Data desk. “Where the Line Falls.” The Chip Ratchet, 3 Dec. 2026, example.test/en/#fig-thresholds. Accessed 10 Dec. 2026.',
      'chicago-note':
        'Data desk, “Where the Line Falls,” The Chip Ratchet, November 26, 2026, last modified December 3, 2026, accessed December 10, 2026, https://example.test/en/#fig-thresholds.',
      'chicago-bib':
        'Data desk. “Where the Line Falls.” The Chip Ratchet, November 26, 2026, last modified December 3, 2026. Accessed December 10, 2026. https://example.test/en/#fig-thresholds.',
      bibtex: [
        '@misc{datadesk2026thresholds,',
        '  author   = {{Data desk}},',
        '  title    = {{Where the line falls}},',
        '  year     = {2026},',
        '  month    = dec,',
        '  url      = {https://example.test/en/#fig-thresholds},',
        '  urldate  = {2026-12-10},',
        '  note     = {Chart in \\emph{The chip ratchet}. Accessed 2026-12-10}',
        '}',
      ].join('\n'),
    },
  },
  'zh-hant': {
    story: {
      apa: '數據新聞組（2026年11月26日）。晶片棘輪。檢索日期：2026年12月10日，取自 https://example.test/zh-hant/',
      mla: '數據新聞組。《晶片棘輪》，2026年11月26日，example.test/zh-hant/。檢索日期：2026年12月10日。',
      'chicago-note': '數據新聞組，《晶片棘輪》，2026年11月26日，檢索日期：2026年12月10日，https://example.test/zh-hant/',
      'chicago-bib': '數據新聞組。《晶片棘輪》。2026年11月26日。檢索日期：2026年12月10日。https://example.test/zh-hant/',
      bibtex: [
        '@misc{datadesk2026chipratchetzh,',
        '  author   = {{數據新聞組}},',
        '  title    = {{晶片棘輪}},',
        '  year     = {2026},',
        '  month    = nov,',
        '  url      = {https://example.test/zh-hant/},',
        '  urldate  = {2026-12-10},',
        '  note     = {檢索日期：2026-12-10},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    },
    chart: {
      apa: '數據新聞組（2026年12月3日）。管制線畫在哪裡［圖表］。晶片棘輪。檢索日期：2026年12月10日，取自 https://example.test/zh-hant/#fig-thresholds',
      mla: '數據新聞組。〈管制線畫在哪裡〉。《晶片棘輪》，2026年12月3日，example.test/zh-hant/#fig-thresholds。檢索日期：2026年12月10日。',
      'chicago-note':
        '數據新聞組，〈管制線畫在哪裡〉，《晶片棘輪》，2026年11月26日，最後更新於2026年12月3日，檢索日期：2026年12月10日，https://example.test/zh-hant/#fig-thresholds',
      'chicago-bib':
        '數據新聞組。〈管制線畫在哪裡〉。《晶片棘輪》，2026年11月26日，最後更新於2026年12月3日。檢索日期：2026年12月10日。https://example.test/zh-hant/#fig-thresholds',
      bibtex: [
        '@misc{datadesk2026thresholdszh,',
        '  author   = {{數據新聞組}},',
        '  title    = {{管制線畫在哪裡}},',
        '  year     = {2026},',
        '  month    = dec,',
        '  url      = {https://example.test/zh-hant/#fig-thresholds},',
        '  urldate  = {2026-12-10},',
        '  note     = {圖表，收錄於《晶片棘輪》。檢索日期：2026-12-10},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    },
  },
} as const;

describe.each(['en', 'zh-hant'] as const)('cite (%s)', (lang) => {
  describe.each([
    ['story', story(lang)],
    ['chart', chart(lang)],
  ] as const)('%s', (kind, work) => {
    it.each(citeFormats(lang))('%s matches the hand-written citation', (format) => {
      expect(cite(format, work, ACCESSED)).toBe(EXPECTED[lang][kind][format as keyof (typeof EXPECTED)[typeof lang][typeof kind]]);
    });

    it.each(citeFormats(lang))('%s marks every access date, and only it, for the browser to update', (format) => {
      const parts = citeParts(format, work, ACCESSED);
      const marked = parts.filter((p) => p.accessed);
      expect(marked.length).toBeGreaterThanOrEqual(1);
      for (const p of marked) expect(p.text).toBe(formatCiteDate(p.accessed!, lang, ACCESSED));
      // Swapping the access date changes the marked runs and nothing else.
      const later = citeParts(format, work, '2027-01-05');
      expect(later.map((p) => (p.accessed ? '' : p.text))).toEqual(parts.map((p) => (p.accessed ? '' : p.text)));
    });
  });
});

describe('cite helpers', () => {
  it('italicises titles where APA and MLA do (English), never in Chinese', () => {
    expect(citeParts('apa', story('en'), ACCESSED).filter((p) => p.italic).map((p) => p.text)).toEqual(['The chip ratchet']);
    expect(citeParts('mla', chart('en'), ACCESSED).filter((p) => p.italic).map((p) => p.text)).toEqual(['The Chip Ratchet']);
    for (const format of CITE_FORMATS) for (const w of [story('zh-hant'), chart('zh-hant')]) expect(citeParts(format, w, ACCESSED).some((p) => p.italic)).toBe(false);
  });

  it('writes dates in each style', () => {
    expect(formatCiteDate('long', 'en', '2025-09-01')).toBe('September 1, 2025');
    expect(formatCiteDate('mla', 'en', '2025-09-01')).toBe('1 Sept. 2025');
    expect(formatCiteDate('mla', 'en', '2025-06-30')).toBe('30 June 2025');
    expect(formatCiteDate('long', 'zh-hant', '2025-09-01')).toBe('2025年9月1日');
    expect(formatCiteDate('iso', 'zh-hant', '2025-09-01')).toBe('2025-09-01');
    expect(() => formatCiteDate('long', 'en', '2025-9-1')).toThrow();
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('capitalises English titles headline-style and leaves acronyms and numbers alone', () => {
    expect(titleCase('The node race')).toBe('The Node Race');
    expect(titleCase('What the controls touched')).toBe('What the Controls Touched');
    expect(titleCase('Leaning on allies')).toBe('Leaning on Allies');
    expect(titleCase('AI chips and the self-aligned race: a gap to close')).toBe('AI Chips and the Self-Aligned Race: A Gap to Close');
    expect(titleCase('a rule in force')).toBe('A Rule in Force');
  });

  it('escapes TeX specials in BibTeX fields and builds an ASCII key', () => {
    expect(texEscape('R&D 50% $5 #1 a_b {x} ~ ^ \\')).toBe('R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(bibKey({ ...chart('en'), key: 'node-race' })).toBe('datadesk2026noderace');
    expect(bibKey({ ...chart('zh-hant'), key: 'node-race' })).toBe('datadesk2026noderacezh');
  });
});

describe('GB/T 7714-2015 (the Simplified edition only)', () => {
  it('is offered in the Simplified edition, as a fifth style, and nowhere else', () => {
    expect(citeFormats('zh-hans')).toEqual(['apa', 'mla', 'chicago-note', 'chicago-bib', 'bibtex', 'gbt7714']);
    expect(citeFormats('en')).not.toContain('gbt7714');
    expect(citeFormats('zh-hant')).not.toContain('gbt7714');
  });

  it('cites the story, a chart and the dataset as the standard writes online resources', () => {
    expect(cite('gbt7714', story('zh-hans'), ACCESSED)).toBe('数据新闻组. 芯片棘轮[EB/OL]. (2026-11-26)[2026-12-10]. https://example.test/zh-hans/.');
    expect(cite('gbt7714', chart('zh-hans'), ACCESSED)).toBe(
      '数据新闻组. 管制线画在哪里[EB/OL]//数据新闻组. 芯片棘轮. (2026-12-03)[2026-12-10]. https://example.test/zh-hans/#fig-thresholds.',
    );
    const dataset: CiteWork = { ...story('zh-hans'), kind: 'dataset', version: '1.1.0', title: '芯片棘轮数据集', url: `${SITE}/zh-hans/data/`, key: 'data' };
    expect(cite('gbt7714', dataset, ACCESSED)).toBe('数据新闻组. 芯片棘轮数据集[DS/OL]. 1.1.0版. (2026-11-26)[2026-12-10]. https://example.test/zh-hans/data/.');
  });

  it('marks the access date for the browser to update, as ISO', () => {
    const parts = citeParts('gbt7714', chart('zh-hans'), ACCESSED);
    expect(parts.filter((p) => p.accessed).map((p) => [p.text, p.accessed])).toEqual([[ACCESSED, 'iso']]);
  });

  it('writes Chinese dates in the other styles of the Simplified edition too', () => {
    expect(formatCiteDate('long', 'zh-hans', '2025-09-01')).toBe('2025年9月1日');
    expect(cite('apa', story('zh-hans'), ACCESSED)).toContain('（2026年11月26日）');
  });
});

describe('a dataset citation', () => {
  it.each(['en', 'zh-hant'] as const)('names the version in every format (%s)', (lang) => {
    const work = {
      lang,
      kind: 'dataset' as const,
      version: '2.3.1',
      title: lang === 'en' ? 'The chip ratchet dataset' : '晶片棘輪資料集',
      siteTitle: lang === 'en' ? 'The chip ratchet' : '晶片棘輪',
      author: lang === 'en' ? 'Data desk' : '數據新聞組',
      url: `https://chips.example.org/${lang}/data/`,
      published: '2026-11-26',
      updated: '2026-12-01',
      key: 'data',
    };
    for (const format of CITE_FORMATS) expect(cite(format, work, '2026-12-05'), format).toContain('2.3.1');
    expect(cite('apa', work, '2026-12-05')).toContain(lang === 'en' ? '(Version 2.3.1) [Data set]' : '（版本2.3.1）［資料集］');
    expect(cite('bibtex', work, '2026-12-05')).toContain('version  = {2.3.1}');
  });
});
