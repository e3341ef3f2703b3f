/** Data and image downloads of every chart in both languages, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/site-data';
import { CHARTS } from '../../../lib/charts/registry';
import { LOCALES, type Locale } from '../../../lib/schema';
import { downloadList, renderDownload } from '../../../lib/embed/files';
import type { ChartId } from '../../../lib/charts/types';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return LOCALES.flatMap((lang) => CHARTS.flatMap((c) => downloadList(ds, c.id, lang).map((f) => ({ params: { lang, file: f.name }, props: { id: c.id } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const ds = await getDataset();
  const { body, type } = renderDownload(ds, props.id as ChartId, params.lang as Locale, params.file!, (site ?? new URL('https://example.org')).toString());
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });
};
