/** The Atom feed of each language: events newest first and corrections (src/lib/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/site-data';
import { LOCALES, type Locale } from '../../lib/schema';
import { atomFeed } from '../../lib/feed';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const ds = await getDataset();
  const body = atomFeed(ds, params.lang as Locale, (site ?? new URL('https://example.org')).toString());
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
