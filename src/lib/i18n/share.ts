/**
 * Strings of the classroom features, in both languages: copy-link controls
 * next to headings, "Cite this", the print-only citation, presentation mode
 * and the teaching guide's furniture. The browser script reads the few it
 * needs from data attributes on the status region (see Base.astro), so this
 * module never ships to the client except TOOL_LINK (the tool island's).
 */
import type { WrittenLocale } from '../schema';
import { withHans } from './with-hans';
import type { CiteFormat } from '../cite';

/** What a copy-link control points at; decides its label. */
export type LinkKind = 'section' | 'step' | 'event' | 'chart' | 'tool' | 'term' | 'source';

/** The tool heading's permalink labels: a constant of their own, so the Svelte island bundles only these. */
export const TOOL_LINK = withHans({
  en: { permalink: 'Link to this tool', copyLink: 'Copy link to this tool' },
  'zh-hant': { permalink: '此工具連結', copyLink: '複製此工具連結' },
} as const satisfies Record<WrittenLocale, unknown>);

export const SHARE_UI = withHans({
  en: {
    /** Label once JavaScript has turned the permalink into a copy button. */
    copyLink: {
      section: 'Copy link to this section',
      step: 'Copy link to this step',
      event: 'Copy link to this event',
      chart: 'Copy link to this chart',
      tool: TOOL_LINK.en.copyLink,
      term: 'Copy link to this term',
      source: 'Copy link to this source',
    },
    /** Label of the plain "#" permalink (no JavaScript). */
    permalink: {
      section: 'Link to this section',
      step: 'Link to this step',
      event: 'Link to this event',
      chart: 'Link to this chart',
      tool: TOOL_LINK.en.permalink,
      term: 'Link to this term',
      source: 'Link to this source',
    },
    linkCopied: 'Link copied',
    linkSelected: 'Link selected: press Ctrl+C (⌘C on a Mac) to copy it',
    linkField: 'Link to copy',
    citeCopied: 'Citation copied',
    citeSelected: 'Citation selected: press Ctrl+C (⌘C on a Mac) to copy it',
    citeStory: 'Cite this story',
    citeChart: 'Cite this chart',
    citeDataset: 'Cite this dataset',
    citeNote: 'The access date is today’s. Titles that your style sets in italics are shown in italics here; copying gives plain text.',
    copy: 'Copy',
    formats: {
      apa: 'APA (7th edition)',
      mla: 'MLA (9th edition)',
      'chicago-note': 'Chicago (notes and bibliography): note',
      'chicago-bib': 'Chicago (notes and bibliography): bibliography',
      bibtex: 'BibTeX',
      gbt7714: 'GB/T 7714-2015 (China’s national standard)',
    } satisfies Record<CiteFormat, string>,
    citeAs: 'Cite as',
    exitPresentation: 'Exit presentation',
    teach: 'For teachers',
    presentKind: { chart: 'chart', tool: 'scenario tool' },
  },
  'zh-hant': {
    copyLink: {
      section: '複製本節連結',
      step: '複製此步驟連結',
      event: '複製此事件連結',
      chart: '複製此圖表連結',
      tool: TOOL_LINK['zh-hant'].copyLink,
      term: '複製此詞條連結',
      source: '複製此來源連結',
    },
    permalink: {
      section: '本節連結',
      step: '此步驟連結',
      event: '此事件連結',
      chart: '此圖表連結',
      tool: TOOL_LINK['zh-hant'].permalink,
      term: '此詞條連結',
      source: '此來源連結',
    },
    linkCopied: '已複製連結',
    linkSelected: '已選取連結，請按Ctrl+C（Mac請按⌘C）複製',
    linkField: '要複製的連結',
    citeCopied: '已複製引用格式',
    citeSelected: '已選取引用文字，請按Ctrl+C（Mac請按⌘C）複製',
    citeStory: '引用本文',
    citeChart: '引用此圖表',
    citeDataset: '引用本資料集',
    citeNote: '檢索日期為今天的日期。複製的內容為純文字。',
    copy: '複製',
    formats: {
      apa: 'APA格式（第7版）',
      mla: 'MLA格式（第9版）',
      'chicago-note': '芝加哥格式（註釋—書目體例）：註腳',
      'chicago-bib': '芝加哥格式（註釋—書目體例）：參考書目',
      bibtex: 'BibTeX',
      gbt7714: '國家標準GB/T 7714-2015',
    } satisfies Record<CiteFormat, string>,
    citeAs: '引用格式',
    exitPresentation: '結束簡報模式',
    teach: '教學指南',
    presentKind: { chart: '圖表', tool: '情境工具' },
  },
} as const satisfies Record<WrittenLocale, unknown>);
