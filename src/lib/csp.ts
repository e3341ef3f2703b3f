/**
 * Content-Security-Policy for the static site. No inline script runs unless
 * its SHA-256 is listed; everything else is same-origin only. Styles allow
 * 'unsafe-inline': each page carries its CSS in a <style> element
 * (astro.config.mjs, build.inlineStylesheets) and server-rendered SVG charts
 * and Svelte set style attributes; no script can be injected through a style.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/giu;

/** Bodies of the inline scripts a browser would execute (no src, a JavaScript type). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/iu.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/iu.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    out.push(body);
  }
  return out;
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function cspFor(scriptHashes: readonly string[]): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with a CSP <meta> right after <meta charset> (before any script), covering its own inline scripts. */
export function withCspMeta(html: string): { html: string; hashes: string[] } {
  const hashes = inlineScripts(html).map(sha256);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(hashes)}">`;
  if (/<meta charset="[^"]*">/iu.test(html)) return { html: html.replace(/(<meta charset="[^"]*">)/iu, `$1${meta}`), hashes };
  if (/<head[^>]*>/iu.test(html)) return { html: html.replace(/<head([^>]*)>/iu, `<head$1>${meta}`), hashes };
  return { html, hashes };
}
