/** The whole dataset as downloads (CSV per table, JSON, datapackage.json, JSON Schemas, zip), written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/site-data';
import { dataDownloads, renderDataFile } from '../../../lib/export/files';

const siteOf = (site: URL | undefined) => (site ?? new URL(import.meta.env.SITE ?? 'https://example.org')).toString();

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return dataDownloads(ds, siteOf(undefined)).map((f) => ({ params: { file: f.name }, props: { type: f.type } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const ds = await getDataset();
  const body = renderDataFile(ds, siteOf(site), params.file!);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': props.type as string } });
};
