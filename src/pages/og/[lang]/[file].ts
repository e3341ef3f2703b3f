/**
 * Open Graph images (1200×630 PNG), generated at build time from the same
 * data and chart specs as the pages: one for the story, one per chapter, one
 * per chart and per tool, in each language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/site-data';
import { getChapters } from '../../../lib/story';
import { LOCALES, type Locale } from '../../../lib/schema';
import { embedItems } from '../../../lib/embed/registry';
import { renderChart } from '../../../lib/charts/render';
import { ogPng, type OgCard } from '../../../lib/images/render-png';
import { ledeSvg } from '../../../lib/charts/lede';
import { STORY } from '../../../lib/i18n/story';
import { PROVIDER } from '../../../lib/embed/snippets';
import { accountLine } from '../../../lib/account-dates';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  const paths: { params: { lang: Locale; file: string }; props: { card: Omit<OgCard, 'footer'> } }[] = [];
  for (const lang of LOCALES) {
    const s = STORY[lang];
    // The story's card shows its lede graphic, the picture the page opens with.
    const lede = ledeSvg(ds, lang, { width: 360, height: 210, theme: 'light', idPrefix: 'og-lede' });
    paths.push({ params: { lang, file: 'story.png' }, props: { card: { kicker: PROVIDER[lang], title: s.headline, dek: s.dek, chartSvg: lede } } });
    for (const c of await getChapters(lang)) {
      paths.push({ params: { lang, file: `chapter-${c.data.anchor}.png` }, props: { card: { kicker: PROVIDER[lang], title: c.data.title, dek: c.data.dek } } });
    }
    for (const item of embedItems(ds)) {
      const chartSvg = item.kind === 'chart' ? renderChart(item.id, ds, { locale: lang, width: 640, theme: 'light' })[0]?.svg : undefined;
      paths.push({ params: { lang, file: `${item.kind}-${item.id}.png` }, props: { card: { kicker: PROVIDER[lang], title: item.title[lang], dek: item.subtitle[lang], chartSvg } } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params, site }) => {
  const ds = await getDataset();
  const host = (site ?? new URL('https://example.org')).host;
  const png = ogPng({ ...(props.card as Omit<OgCard, 'footer'>), footer: `${host} · ${accountLine(ds.meta, params.lang as Locale)} · ${ds.meta.licence.name}` }, params.lang as Locale);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
