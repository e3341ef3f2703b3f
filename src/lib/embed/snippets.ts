/**
 * What a journalist copies: the iframe snippet (plain, or with our loader),
 * the oEmbed response, the credit line. Pure; the site's address is passed in.
 */
import type { Locale } from '../schema';
import { withHans } from '../i18n/with-hans';
import type { EmbedItem } from './registry';

export const PROVIDER = withHans({ en: 'The chip ratchet', 'zh-hant': '晶片棘輪' } as const);
export const AUTHOR = withHans({ en: 'Data desk', 'zh-hant': '數據新聞組' } as const);

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Address of an item's embed page. */
export function embedUrl(site: string, lang: Locale, item: Pick<EmbedItem, 'id'>): string {
  return `${site.replace(/\/$/, '')}/${lang}/embed/${item.id}/`;
}

/** Address of the item in the story. */
export function storyUrl(site: string, lang: Locale, item: Pick<EmbedItem, 'anchor'>): string {
  return `${site.replace(/\/$/, '')}/${lang}/#${item.anchor}`;
}

export interface SnippetOptions {
  site: string;
  lang: Locale;
  item: EmbedItem;
  /** Fixed height in px; defaults to the item's plain-iframe height. */
  height?: number;
}

/** A plain iframe: works in any CMS, no script; fixed height. */
export function iframeSnippet({ site, lang, item, height = item.height }: SnippetOptions): string {
  return (
    `<iframe src="${attr(embedUrl(site, lang, item))}" title="${attr(item.title[lang])}" ` +
    `width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" scrolling="no"></iframe>`
  );
}

/** The iframe plus our loader, which keeps the height equal to the content as the column changes. */
export function loaderSnippet(options: SnippetOptions): string {
  const { site } = options;
  return `${iframeSnippet(options).replace('<iframe ', '<iframe data-chips-embed ')}\n<script async src="${attr(site.replace(/\/$/, ''))}/embed.js"></script>`;
}

/** Credit line for embeds and downloads. */
export function creditLine(lang: Locale, licence: string, url: string): string {
  return lang === 'en' ? `${PROVIDER.en} (${AUTHOR.en}), ${licence}. ${url}` : `${PROVIDER[lang]}（${AUTHOR[lang]}），${licence}。${url}`;
}

export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The static oEmbed response for one item (rich type, our loader snippet, the OG image as thumbnail). */
export function oembed(site: string, lang: Locale, item: EmbedItem, thumbnailUrl: string): OEmbed {
  const base = site.replace(/\/$/, '');
  return {
    type: 'rich',
    version: '1.0',
    title: item.title[lang],
    author_name: AUTHOR[lang],
    provider_name: PROVIDER[lang],
    provider_url: `${base}/${lang}/`,
    html: loaderSnippet({ site, lang, item }),
    width: 640,
    height: item.height,
    thumbnail_url: thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86_400,
  };
}

/** Path of an item's oEmbed file. */
export function oembedPath(lang: Locale, item: Pick<EmbedItem, 'id'>): string {
  return `/oembed/${lang}/${item.id}.json`;
}
