/**
 * Enhancement scripts load once the document has been parsed, not while it
 * downloads. Astro writes each page's bundled scripts as
 * `<script type="module" src="…">`, which a browser fetches as soon as it sees
 * them: on a slow phone connection half a dozen such requests compete with the
 * HTML itself for the first paint. Every script of ours only enhances markup
 * that already works without it (tooltips, the scrolly, share dialogs, the
 * theme switch), so postbuild moves their addresses into one JSON list and a
 * single inline loader imports them on DOMContentLoaded. The loader is the
 * same text on every page, so the Content-Security-Policy needs one hash for it.
 */

const MODULE_TAG = /<script type="module" src="([^"]+)"><\/script>/g;

export const DEFERRED_LIST_ID = 'deferred-modules';

/** The inline loader (ES5 syntax, like the theme snippet; `import()` is the only newer feature). */
export const DEFERRED_LOADER =
  "addEventListener('DOMContentLoaded',function(){var l=document.getElementById('" +
  DEFERRED_LIST_ID +
  "');if(l)JSON.parse(l.textContent).forEach(function(u){import(u)})})";

/** The module scripts a page loads, in document order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(MODULE_TAG)].map((m) => m[1]!);
}

/** The page with its module scripts replaced by the deferred list and loader at the end of <body>; unchanged when it has none. */
export function deferModuleScripts(html: string): string {
  const srcs = [...new Set(moduleScripts(html))];
  if (srcs.length === 0 || !html.includes('</body>')) return html;
  const tail = `<script type="application/json" id="${DEFERRED_LIST_ID}">${JSON.stringify(srcs)}</script><script>${DEFERRED_LOADER}</script>`;
  return html.replace(MODULE_TAG, '').replace('</body>', `${tail}</body>`);
}

/** The addresses a processed page loads through the deferred list. */
export function deferredModules(html: string): string[] {
  const m = new RegExp(`<script type="application/json" id="${DEFERRED_LIST_ID}">([^<]*)</script>`).exec(html);
  return m ? (JSON.parse(m[1]!) as string[]) : [];
}
