/**
 * Integrity of the built site (dist/): valid HTML, every internal link and
 * #anchor resolves, external links are https with rel="noopener noreferrer",
 * and the files static hosts and crawlers look for are there.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/schema';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { loadDataset } from '../../src/lib/load-data';
import { startOf } from '../../src/lib/dates';

const DIST = 'dist';
/** The public address the site was built for (absolute links to it are internal links). */
const SITE = /Sitemap: (https?:\/\/[^/\s]+)/.exec(readFileSync(join('dist', 'robots.txt'), 'utf8'))?.[1] ?? 'https://example.org';
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/'));
const html = new Map(pages.map((p) => [p, readFileSync(join(DIST, p), 'utf8')]));

/** The dist file a site path resolves to, as a static host would serve it. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidate = join(DIST, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return clean.replace(/^\//, '');
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return posix.join(clean, 'index.html').replace(/^\//, '');
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(page: string): Set<string> {
  if (!idsCache.has(page)) {
    const text = html.get(page) ?? readFileSync(join(DIST, page), 'utf8');
    idsCache.set(page, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return idsCache.get(page)!;
}

describe('dist/', () => {
  it('dates the account by its latest event on every page that shows it, and the story header says so', () => {
    const ds = loadDataset();
    const latest = ds.events.map((e) => startOf(e.date)).sort().at(-1)!;
    expect(ds.meta.coverageEnd).toBe(latest);
    const stated = (text: string) => [...text.matchAll(/data-account-dates[^>]*>[^<]*<time datetime="([^"]+)"/g)].map((m) => m[1]);
    for (const lang of LOCALES) {
      // Header and footer of the story both state the latest event.
      expect(stated(html.get(`${lang}/index.html`)!)).toEqual([latest, latest]);
    }
    const withFooter = pages.filter((p) => html.get(p)!.includes('class="site-footer"'));
    expect(withFooter.length).toBeGreaterThan(10);
    // Every page states it at least in its footer (the story also in its header), and never another date.
    for (const p of withFooter) {
      expect(stated(html.get(p)!).length, p).toBeGreaterThan(0);
      expect(new Set(stated(html.get(p)!)), p).toEqual(new Set([latest]));
    }
  });

  it('puts a "Report an error" link in every page footer and beside every figure and tool', () => {
    for (const p of pages.filter((p) => html.get(p)!.includes('class="site-footer"'))) {
      expect(html.get(p)!, p).toMatch(/<footer class="site-footer">[\s\S]*data-report-error="page"/);
    }
    for (const lang of LOCALES) {
      const story = html.get(`${lang}/index.html`)!;
      const figures = [...story.matchAll(/<figure class="chart-figure" id="([^"]+)"/g)].map((m) => m[1]!);
      expect(figures.length).toBeGreaterThan(0);
      for (const f of [...figures, 'tool-servicing', 'tool-multipatterning', 'tool-gap']) expect(story, `${lang} ${f}`).toContain(`data-report-error="${f}"`);
    }
  });

  it('has robots.txt, sitemap.xml, _headers and a 404 page per language', () => {
    for (const f of ['robots.txt', 'sitemap.xml', '_headers', '404.html', ...LOCALES.map((l) => `${l}/404.html`)]) expect(existsSync(join(DIST, f)), f).toBe(true);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https:\/\//);
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const h of ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']) expect(headers).toContain(h);
  });

  it('lists every indexable page in the sitemap', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    for (const lang of LOCALES) expect(sitemap).toContain(`/${lang}/</loc>`);
  });

  it.each(pages)('%s: internal links and anchors resolve; external links are safe https', (page) => {
    const text = html.get(page)!;
    const broken: string[] = [];
    for (const [, tag, attrs = ''] of text.matchAll(/<(a|link|script|img|source|iframe)\b([^>]*)>/g)) {
      // As a browser reads it: Astro writes "&" in attributes as "&#38;" (scenario links carry several parameters).
      const raw = /\s(?:href|src)="([^"]*)"/.exec(attrs)?.[1]?.replace(/&(?:#38|#x26|amp);/gi, '&');
      // Embeds link back to the site by its absolute address: those are internal links too.
      const value = raw?.startsWith(`${SITE}/`) ? raw.slice(SITE.length) : raw;
      if (!value || value.startsWith('data:') || value.startsWith('mailto:')) continue;
      if (/^[a-z]+:/i.test(value)) {
        if (tag === 'a') {
          const rel = /\srel="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
          if (!value.startsWith('https://')) broken.push(`not https: ${value}`);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) broken.push(`external link without rel="noopener noreferrer": ${value}`);
        }
        continue;
      }
      const base = `/${page.replace(/index\.html$/, '').replace(/[^/]*\.html$/, '')}`;
      const [pathPart, anchor] = value.split('#') as [string, string | undefined];
      const target = pathPart === '' ? page : fileFor(posix.resolve(base, pathPart));
      if (!target) {
        broken.push(`missing: ${value}`);
        continue;
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`missing anchor: ${value}`);
    }
    expect(broken).toEqual([]);
  });

  it('is valid HTML (html-validate)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements without a closing slash and booleans as name="" or bare; both are valid HTML.
        'void-style': 'off',
        'attribute-boolean-style': 'off',
        'attribute-empty-style': 'off',
        // Server-rendered SVG charts carry presentation styles inline.
        'no-inline-style': 'off',
        // Long Chinese titles are fine; the rule measures characters, not width.
        'long-title': 'off',
        'no-trailing-whitespace': 'off',
        'doctype-style': 'off',
        // Step and event ids are dates ("2024-04-04-computers-rule"): valid HTML5, and the public anchors.
        'valid-id': ['error', { relaxed: true }],
      },
    });
    const errors: string[] = [];
    for (const [page, text] of html) {
      const report = await validator.validateString(text, page);
      for (const r of report.results) for (const m of r.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
