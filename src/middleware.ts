/**
 * The Simplified edition's pages leave the renderer through hansHtml (src/lib/i18n/hans-html.ts): a
 * template's inline Traditional text becomes Simplified, text marked as another language stays. Runs at
 * build time (every page here is static) and in `astro dev`. Other editions and non-HTML files pass through;
 * their Simplified text comes from the data and string tables.
 */
import { defineMiddleware } from 'astro:middleware';
import { hansHtml } from './lib/i18n/hans-html';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.url.pathname.startsWith('/zh-hans/')) return response;
  if (!(response.headers.get('content-type') ?? 'text/html').includes('text/html')) return response;
  const html = await response.text();
  return new Response(hansHtml(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
