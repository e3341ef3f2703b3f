/** Static oEmbed responses (/oembed/<lang>/<id>.json) for every chart and tool. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/site-data';
import { LOCALES, type Locale } from '../../../lib/schema';
import { embedItems, type EmbedItem } from '../../../lib/embed/registry';
import { oembed } from '../../../lib/embed/snippets';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return LOCALES.flatMap((lang) => embedItems(ds).map((item) => ({ params: { lang, file: `${item.id}.json` }, props: { item } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params.lang as Locale;
  const item = props.item as EmbedItem;
  const base = (site ?? new URL('https://example.org')).toString().replace(/\/$/, '');
  const body = oembed(base, lang, item, `${base}/og/${lang}/${item.kind}-${item.id}.png`);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
