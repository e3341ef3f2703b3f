/**
 * A rendered page of the Simplified edition, converted as a whole (src/middleware.ts). The data, the
 * chapters and the string tables already arrive in Simplified; this pass converts what a template wrote
 * inline in Traditional and is the guarantee the round-trip test checks. It leaves alone:
 * - any element marked as another language or script (`lang="zh-Hant"` on a source's title as published,
 *   the language switch's "繁體中文"), with everything inside it;
 * - addresses (href, src, srcset, action, cite), which must reach the same documents.
 */
import { toHans } from './hans';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const KEEP_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'cite', 'lang', 'hreflang', 'id', 'class', 'for', 'name', 'datetime']);
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff「」『』]/;

/** The value of `lang` in a tag's attribute text, if any. */
function langOf(attrs: string): string | undefined {
  const m = /\slang\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

const otherLanguage = (lang: string | undefined) => lang !== undefined && lang.toLowerCase() !== 'zh-hans';

function convertAttrs(attrs: string): string {
  if (!HAN.test(attrs)) return attrs;
  return attrs.replace(ATTR, (all, name: string, eq: string, value: string) => (KEEP_ATTRS.has(name.toLowerCase()) ? all : `${name}${eq}${toHans(value)}`));
}

export function hansHtml(html: string): string {
  let out = '';
  let at = 0;
  // While inside an element marked as another language: its tag name and how deep the same tag nests.
  let kept: { tag: string; depth: number } | null = null;
  const text = (s: string) => (kept || !HAN.test(s) ? s : toHans(s));
  for (const m of html.matchAll(TAG)) {
    out += text(html.slice(at, m.index));
    at = m.index + m[0].length;
    const [whole, rawName, attrs = ''] = m;
    const name = rawName?.toLowerCase();
    if (!name) {
      out += whole; // comment or doctype
      continue;
    }
    const closing = whole.startsWith('</');
    if (kept) {
      if (name === kept.tag && !VOID.has(name)) kept.depth += closing ? -1 : whole.endsWith('/>') ? 0 : 1;
      if (kept.depth === 0) kept = null;
      out += whole;
      continue;
    }
    if (!closing && !VOID.has(name) && !whole.endsWith('/>') && otherLanguage(langOf(attrs))) {
      kept = { tag: name, depth: 1 };
      out += whole;
      continue;
    }
    out += closing ? whole : `<${rawName}${convertAttrs(attrs)}${whole.slice(1 + rawName!.length + attrs.length)}`;
  }
  return out + text(html.slice(at));
}
