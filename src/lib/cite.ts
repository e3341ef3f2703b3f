/**
 * "Cite this": the story or one chart as an APA 7, MLA 9, Chicago
 * (notes-bibliography: a note and a bibliography entry) or BibTeX citation,
 * in the page's language. Pure functions; the site address, the dates and
 * the access date are passed in, so the server renders the build date and
 * the browser swaps in today's (the parts carry which date style to use).
 *
 * Traditional Chinese follows the usual Chinese-language adaptations used in
 * Taiwan: full-width punctuation, 〈篇名〉《網站／書名》 title marks (MLA,
 * Chicago), 「檢索日期：…，取自 URL」 (APA), dates as 2026年12月1日. The
 * Simplified edition prints the same (converted on its way out) and adds the
 * mainland's national standard, GB/T 7714-2015, as a fifth style.
 */
import type { Locale } from './schema';

export const CITE_FORMATS = ['apa', 'mla', 'chicago-note', 'chicago-bib', 'bibtex', 'gbt7714'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** The styles offered in an edition: GB/T 7714 is the mainland's, so only the Simplified edition offers it. */
export function citeFormats(lang: Locale): CiteFormat[] {
  return CITE_FORMATS.filter((f) => f !== 'gbt7714' || lang === 'zh-hans');
}

const isChinese = (lang: Locale) => lang !== 'en';

/** How a date is written: APA and Chicago "December 1, 2026", MLA "1 Dec. 2026", ISO "2026-12-01". Chinese: 2026年12月1日 (ISO stays ISO). */
export type DateStyle = 'long' | 'mla' | 'iso';

export interface CiteWork {
  lang: Locale;
  /** The whole story, one chart in it, or the dataset behind it. */
  kind: 'story' | 'chart' | 'dataset';
  /** The dataset's version ("1.0.0"); cited for datasets only. */
  version?: string;
  /** Title of the work: the story's headline or the chart's title, as written (sentence case). */
  title: string;
  /** The site's title (the container). Left out where it equals `title`. */
  siteTitle: string;
  /** The byline: a group author. */
  author: string;
  /** Absolute address of the work. */
  url: string;
  /** First published, YYYY-MM-DD. */
  published: string;
  /** Last updated, YYYY-MM-DD (equal to `published` when never updated). */
  updated: string;
  /** Short ASCII name for the BibTeX key: "chipratchet", "node-race". */
  key: string;
}

/** A run of citation text; `italic` for titles set in italics, `accessed` marks the access date and its style. */
export interface CitePart {
  text: string;
  italic?: boolean;
  accessed?: DateStyle;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA's abbreviations: May, June and July are written out; September is "Sept." */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A calendar day in a citation's date style and language. */
export function formatCiteDate(style: DateStyle, lang: Locale, iso: string): string {
  const [y, m, d] = ymd(iso);
  if (style === 'iso') return iso;
  if (isChinese(lang)) return `${y}年${m}月${d}日`;
  return style === 'mla' ? `${d} ${MLA_MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function localIsoDate(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Headline-style capitalisation (MLA, Chicago) for English titles; words with capitals or digits are left alone. */
export function titleCase(title: string): string {
  const MINOR = new Set('a an and as at but by for from in into nor of on or per the to vs via with'.split(' '));
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const afterColon = i > 0 && /:$/.test(words[i - 1]!);
      const edge = i === 0 || i === words.length - 1 || afterColon;
      return word
        .split('-')
        .map((part, j) => {
          if (!/^[a-z]/.test(part)) return part;
          if (!edge && j === 0 && MINOR.has(part.toLowerCase())) return part;
          if (j > 0 && MINOR.has(part)) return part;
          return part[0]!.toUpperCase() + part.slice(1);
        })
        .join('-');
    })
    .join(' ');
}

/** An address without its scheme, as MLA 9 prints it. */
const bare = (url: string) => url.replace(/^https?:\/\//, '');

/** Ends a sentence unless the text already ends with punctuation. */
const stop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

const p = (text: string, italic = false): CitePart => (italic ? { text, italic } : { text });

function apa(w: CiteWork, accessed: string): CitePart[] {
  const ownSite = w.siteTitle !== w.title;
  if (isChinese(w.lang)) {
    return [
      p(`${w.author}（${formatCiteDate('long', w.lang, w.updated)}）。`),
      p(w.title),
      p(w.kind === 'chart' ? '［圖表］。' : w.kind === 'dataset' ? `（版本${w.version}）［資料集］。` : '。'),
      ...(ownSite ? [p(`${w.siteTitle}。`)] : []),
      p('檢索日期：'),
      { text: formatCiteDate('long', w.lang, accessed), accessed: 'long' },
      p(`，取自 ${w.url}`),
    ];
  }
  const [y, m, d] = ymd(w.updated);
  return [
    p(`${stop(w.author)} (${y}, ${MONTHS[m - 1]} ${d}). `),
    p(w.title, true),
    p(w.kind === 'chart' ? ' [Chart]. ' : w.kind === 'dataset' ? ` (Version ${w.version}) [Data set]. ` : '. '),
    ...(ownSite ? [p(`${w.siteTitle}. `)] : []),
    p('Retrieved '),
    { text: formatCiteDate('long', w.lang, accessed), accessed: 'long' },
    p(`, from ${w.url}`),
  ];
}

function mla(w: CiteWork, accessed: string): CitePart[] {
  const ownSite = w.siteTitle !== w.title;
  if (isChinese(w.lang)) {
    const head = ownSite ? [p(`〈${w.title}〉。《${w.siteTitle}》`)] : [p(`《${w.title}》`)];
    return [
      p(`${w.author}。`),
      ...head,
      p(`，${w.kind === 'dataset' ? `版本${w.version}，` : ''}${formatCiteDate('mla', w.lang, w.updated)}，${bare(w.url)}。檢索日期：`),
      { text: formatCiteDate('mla', w.lang, accessed), accessed: 'mla' },
      p('。'),
    ];
  }
  const head = ownSite ? [p(`“${stop(titleCase(w.title))}” `), p(titleCase(w.siteTitle), true)] : [p(titleCase(w.title), true)];
  return [
    p(`${stop(w.author)} `),
    ...head,
    p(`${ownSite ? ',' : '.'} ${w.kind === 'dataset' ? `version ${w.version}, ` : ''}${formatCiteDate('mla', w.lang, w.updated)}, ${bare(w.url)}. Accessed `),
    { text: formatCiteDate('mla', w.lang, accessed), accessed: 'mla' },
    p('.'),
  ];
}

/** Chicago's date: the publication date, and the last-modified date when the page changed since. */
function chicagoDate(w: CiteWork): string {
  const version = w.kind === 'dataset' ? (isChinese(w.lang) ? `版本${w.version}，` : `version ${w.version}, `) : '';
  return `${version}${chicagoDates(w)}`;
}

function chicagoDates(w: CiteWork): string {
  const pub = formatCiteDate('long', w.lang, w.published);
  if (w.updated === w.published) return pub;
  const upd = formatCiteDate('long', w.lang, w.updated);
  return isChinese(w.lang) ? `${pub}，最後更新於${upd}` : `${pub}, last modified ${upd}`;
}

function chicagoNote(w: CiteWork, accessed: string): CitePart[] {
  const ownSite = w.siteTitle !== w.title;
  if (isChinese(w.lang)) {
    const head = ownSite ? `〈${w.title}〉，《${w.siteTitle}》` : `《${w.title}》`;
    return [
      p(`${w.author}，${head}，${chicagoDate(w)}，檢索日期：`),
      { text: formatCiteDate('long', w.lang, accessed), accessed: 'long' },
      p(`，${w.url}`),
    ];
  }
  const head = ownSite ? [p(`“${titleCase(w.title)},” `), p(titleCase(w.siteTitle)), p(', ')] : [p(`“${titleCase(w.title)},” `)];
  return [
    p(`${w.author}, `),
    ...head,
    p(`${chicagoDate(w)}, accessed `),
    { text: formatCiteDate('long', w.lang, accessed), accessed: 'long' },
    p(`, ${w.url}.`),
  ];
}

function chicagoBib(w: CiteWork, accessed: string): CitePart[] {
  const ownSite = w.siteTitle !== w.title;
  if (isChinese(w.lang)) {
    const head = ownSite ? `〈${w.title}〉。《${w.siteTitle}》，` : `《${w.title}》。`;
    return [
      p(`${w.author}。${head}${chicagoDate(w)}。檢索日期：`),
      { text: formatCiteDate('long', w.lang, accessed), accessed: 'long' },
      p(`。${w.url}`),
    ];
  }
  const head = ownSite ? [p(`“${stop(titleCase(w.title))}” `), p(`${titleCase(w.siteTitle)}, `)] : [p(`“${stop(titleCase(w.title))}” `)];
  return [
    p(`${stop(w.author)} `),
    ...head,
    p(`${stop(chicagoDate(w))} Accessed `),
    { text: formatCiteDate('long', w.lang, accessed), accessed: 'long' },
    p(`. ${w.url}.`),
  ];
}

/** TeX's special characters in a field value (not in url, which BibTeX and biblatex read verbatim). */
export function texEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** BibTeX key: author, year, the work's short name; "zh" for the Chinese edition. */
export function bibKey(w: CiteWork): string {
  const slug = w.key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `datadesk${ymd(w.published)[0]}${slug}${w.lang === 'zh-hant' ? 'zh' : w.lang === 'zh-hans' ? 'zhhans' : ''}`;
}

function bibtex(w: CiteWork, accessed: string): CitePart[] {
  const zh = isChinese(w.lang);
  const [y, m] = ymd(w.updated);
  const ownSite = w.siteTitle !== w.title;
  const what = w.kind === 'dataset' ? (zh ? '資料集' : 'Data set') : zh ? '圖表' : 'Chart';
  const where = ownSite ? (zh ? `${what}，收錄於《${texEscape(w.siteTitle)}》。` : `${what} in \\emph{${texEscape(w.siteTitle)}}. `) : '';
  const name = (n: string) => `  ${n.padEnd(8)} = `;
  const field = (n: string, value: string) => p(`${name(n)}${value},\n`);
  return [
    p(`@misc{${bibKey(w)},\n`),
    field('author', `{{${texEscape(w.author)}}}`),
    field('title', `{{${texEscape(w.title)}}}`),
    ...(w.kind === 'dataset' && w.version ? [field('version', `{${w.version}}`)] : []),
    field('year', `{${y}}`),
    field('month', BIB_MONTHS[m - 1]!),
    field('url', `{${w.url}}`),
    p(`${name('urldate')}{`),
    { text: formatCiteDate('iso', w.lang, accessed), accessed: 'iso' },
    p('},\n'),
    p(`${name('note')}{${where}${zh ? '檢索日期：' : 'Accessed '}`),
    { text: formatCiteDate('iso', w.lang, accessed), accessed: 'iso' },
    p(zh ? `},\n${name('language')}{chinese}\n}` : '}\n}'),
  ];
}

/**
 * GB/T 7714-2015, the mainland's standard for references, for an online resource: author. title[type
 * code/OL]. (updated)[cited]. address. Type codes: EB (electronic resource) for the story and its charts,
 * DS (data set) for the dataset, whose version follows the title as the standard's edition statement.
 * A chart is a part of the story, written after "//" as the standard writes a contribution to a whole.
 * The standard writes its punctuation and dates (YYYY-MM-DD) in half-width form.
 */
function gbt7714(w: CiteWork, accessed: string): CitePart[] {
  const ownSite = w.siteTitle !== w.title;
  const type = w.kind === 'dataset' ? 'DS/OL' : 'EB/OL';
  const whole = w.kind === 'chart' && ownSite ? `//${w.author}. ${w.siteTitle}` : '';
  const edition = w.kind === 'dataset' && w.version ? ` ${w.version}版.` : '';
  return [
    p(`${w.author}. ${w.title}[${type}]${whole}.${edition} (${w.updated})[`),
    { text: formatCiteDate('iso', w.lang, accessed), accessed: 'iso' },
    p(`]. ${w.url}.`),
  ];
}

const BUILDERS: Record<CiteFormat, (w: CiteWork, accessed: string) => CitePart[]> = {
  apa,
  mla,
  'chicago-note': chicagoNote,
  'chicago-bib': chicagoBib,
  bibtex,
  gbt7714,
};

/** The citation as runs of text (for display with italics and a live access date). */
export function citeParts(format: CiteFormat, work: CiteWork, accessed: string): CitePart[] {
  return BUILDERS[format](work, accessed);
}

/** The citation as plain text, as the copy button copies it. */
export function cite(format: CiteFormat, work: CiteWork, accessed: string): string {
  return citeParts(format, work, accessed)
    .map((part) => part.text)
    .join('');
}
