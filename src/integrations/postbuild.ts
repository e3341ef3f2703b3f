/**
 * After `astro build`: module scripts deferred to DOMContentLoaded
 * (src/lib/defer-scripts.ts), a CSP <meta> in every page (hashes of its own inline
 * scripts), the `_headers` file static hosts read (the same policy plus the
 * other security headers), `robots.txt` and `sitemap.xml`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFor, withCspMeta } from '../lib/csp';
import { LOCALES } from '../lib/schema';
import { deferModuleScripts } from '../lib/defer-scripts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** Astro writes its island style rule where the first island appears; <style> belongs in <head>. */
export function hoistIslandStyle(html: string): string {
  const rule = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;
  const m = rule.exec(html);
  if (!m || html.indexOf(m[0]) < html.indexOf('</head>')) return html;
  return html.replace(m[0], '').replace('</head>', `${m[0]}</head>`);
}

export function postbuildIntegration(): AstroIntegration {
  let site = 'https://example.org';
  return {
    name: 'postbuild',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site.replace(/\/$/, '');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Static hosts look for <lang>/404.html, not <lang>/404/index.html.
        for (const lang of LOCALES) {
          const from = join(root, lang, '404', 'index.html');
          if (existsSync(from)) {
            renameSync(from, join(root, lang, '404.html'));
            rmdirSync(join(root, lang, '404'));
          }
        }
        const allHashes: string[] = [];
        const indexable: string[] = [];
        for (const file of htmlFiles(root)) {
          const { html, hashes } = withCspMeta(deferModuleScripts(hoistIslandStyle(readFileSync(file, 'utf8'))));
          writeFileSync(file, html);
          allHashes.push(...hashes);
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          if (!/name="robots" content="noindex\b/.test(html) && !path.endsWith('404.html')) indexable.push(path);
        }
        const headers = [
          '/*',
          `  Content-Security-Policy: ${cspFor(allHashes)}`,
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Content-Type-Options: nosniff',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
          '',
          // Astro's bundled files carry a content hash in their names: cache them for a year.
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        writeFileSync(join(root, '_headers'), headers);
        writeFileSync(join(root, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
        const urls = indexable.sort().map((p) => `  <url><loc>${site}${p}</loc></url>`);
        writeFileSync(
          join(root, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
        );
        logger.info(`CSP added to pages; _headers, robots.txt and sitemap.xml (${urls.length} URLs) written`);
      },
    },
  };
}
