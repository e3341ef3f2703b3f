/**
 * The Atom feed of one language (RFC 4287): one entry per event, newest
 * first, and one per correction, so readers can follow additions and
 * corrections without rereading the site. Ids are tag URIs (RFC 4151) built
 * from the event id or the correction's date and place, so they survive
 * moves of the site. An event's `updated` is the date of the last release or
 * correction that names it in meta.json, else the dataset's first publication.
 * Pure; the site address is passed in.
 */
import { sourcesOf, type Dataset } from './data';
import type { Locale } from './schema';
import { compareDates, formatDate } from './dates';
import { recordUpdated } from './dataset-version';
import { escapeXml } from './images/text-layout';
import { PROVIDER, AUTHOR } from './embed/snippets';
import { LOCALE_META, ui } from './i18n/ui';
import { withHans } from './i18n/with-hans';

export const feedPath = (lang: Locale) => `/${lang}/feed.xml`;

const FEED_SUBTITLE: Record<Locale, string> = withHans({
  en: 'Every event of the dataset, newest first, and every correction, with the documents each rests on.',
  'zh-hant': '資料集中的每一起事件（由新到舊）與每一則更正，並附所依據的文件。',
});

const FEED_TITLE: Record<Locale, string> = withHans({
  en: 'The chip ratchet: new events and corrections',
  'zh-hant': '晶片棘輪：新增事件與更正',
});

/** RFC 3339 timestamp for a calendar day. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function feedTitle(lang: Locale): string {
  return FEED_TITLE[lang];
}

export function atomFeed(ds: Dataset, lang: Locale, site: string): string {
  const base = site.replace(/\/$/, '');
  const host = new URL(base).hostname;
  const tag = (specific: string) => `tag:${host},${ds.meta.published}:${specific}`;
  const t = ui(lang);
  const entries: { updated: string; xml: string }[] = [];

  const events = [...ds.events].sort((a, b) => compareDates(b.date, a.date));
  for (const e of events) {
    const updated = recordUpdated(ds.meta, `events/${e.id}`) ?? ds.meta.published;
    const sources = sourcesOf(ds, e.sources)
      .map((s) => `${s.publisher}, “${s.title}” (${s.date})${s.url ? ` ${s.url}` : ''}`)
      .join('; ');
    const summary = `${formatDate(e.date, lang, e.precision)}${lang === 'en' ? ': ' : '：'}${e.summary[lang]} ${t.sources}${lang === 'en' ? ': ' : '：'}${sources}`;
    entries.push({
      updated,
      xml: [
        '<entry>',
        `<id>${escapeXml(tag(`event:${e.id}:${lang}`))}</id>`,
        `<title>${escapeXml(e.title[lang])}</title>`,
        `<link rel="alternate" type="text/html" href="${escapeXml(`${base}/${lang}/timeline/#${e.id}`)}"/>`,
        `<updated>${stamp(updated)}</updated>`,
        `<category term="${escapeXml(e.category)}" label="${escapeXml(t.categories[e.category])}"/>`,
        `<summary type="text">${escapeXml(summary)}</summary>`,
        '</entry>',
      ].join(''),
    });
  }

  // Corrections: the n-th correction of a day (in file order) keeps its id when others are added later.
  const perDay = new Map<string, number>();
  const corrections = ds.meta.corrections.map((c) => {
    const n = (perDay.get(c.date) ?? 0) + 1;
    perDay.set(c.date, n);
    return { c, n };
  });
  for (const { c, n } of corrections.reverse()) {
    entries.push({
      updated: c.date,
      xml: [
        '<entry>',
        `<id>${escapeXml(tag(`correction:${c.date}:${n}:${lang}`))}</id>`,
        `<title>${escapeXml(`${lang === 'en' ? 'Correction' : '更正'}${lang === 'en' ? ', ' : '，'}${formatDate(c.date, lang)}`)}</title>`,
        `<link rel="alternate" type="text/html" href="${escapeXml(`${base}/${lang}/data/#changelog`)}"/>`,
        `<updated>${stamp(c.date)}</updated>`,
        `<category term="correction"/>`,
        `<summary type="text">${escapeXml(c.reason[lang])}</summary>`,
        '</entry>',
      ].join(''),
    });
  }

  const updated = [ds.meta.updated, ...entries.map((e) => e.updated)].sort().at(-1)!;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_META[lang].htmlLang}">`,
    `<id>${escapeXml(tag(`feed:${lang}`))}</id>`,
    `<title>${escapeXml(FEED_TITLE[lang])}</title>`,
    `<subtitle>${escapeXml(FEED_SUBTITLE[lang])}</subtitle>`,
    `<updated>${stamp(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(`${base}${feedPath(lang)}`)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(`${base}/${lang}/timeline/`)}"/>`,
    `<author><name>${escapeXml(`${AUTHOR[lang]}, ${PROVIDER[lang]}`)}</name></author>`,
    `<rights>${escapeXml(`${ds.meta.licence.name} ${ds.meta.licence.url}`)}</rights>`,
    ...entries.map((e) => e.xml),
    '</feed>',
    '',
  ].join('\n');
}
