/**
 * Lighthouse (its Node API; mobile form factor, simulated throttling: Lighthouse's mobile defaults) in
 * Debian's Chromium, several runs per page. Every score and metric is reported as the median of the runs
 * with its range, beside Lighthouse's `benchmarkIndex` for the machine (its CPU yardstick), so a figure
 * committed here can be compared with a re-run on another day or machine.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM, summarize } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * What each kind of page must reach (medians). The story page carries the scrolly, every chart and three
 * tools; its targets are the design issue's. Embed pages are "noindex, indexifembedded" by decision, so
 * their SEO may fail `is-crawlable` and nothing else.
 */
export const PAGE_TARGETS = {
  story: { performance: 95, tbtMs: 200 },
  default: { performance: 100, tbtMs: null },
  all: { accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 1500, cls: 0 },
};
export const SEO_EXEMPT = {
  embed: {
    audit: 'is-crawlable',
    why: 'embed pages are "noindex, indexifembedded" on purpose: a chart without its story should not be a search result, but it may be indexed inside the article that embeds it. Lighthouse fails any page that asks not to be indexed.',
  },
};

export function pagesToAudit(dist, langs) {
  const pages = [];
  const skipped = [];
  for (const lang of langs) {
    const candidates = [
      { kind: 'story', path: `/${lang}/` },
      { kind: 'embed', path: `/${lang}/embed/ratchet/` },
      { kind: 'teach', path: `/${lang}/teach/` },
      { kind: 'sources', path: `/${lang}/sources/` },
      // The data desk's pages: the dataset page and the timeline with its explorer island.
      { kind: 'data', path: `/${lang}/data/` },
      { kind: 'timeline', path: `/${lang}/timeline/` },
    ];
    for (const c of candidates) {
      if (existsSync(join(dist, c.path, 'index.html'))) pages.push({ ...c, lang });
      else skipped.push({ ...c, lang, reason: `${c.path} is not in this build` });
    }
  }
  return { pages, skipped };
}

/** Audits that cost points: score below 1 among a category's scored audits (manual and informative ones excluded). */
function failingAudits(lhr) {
  const out = {};
  for (const cat of CATEGORIES) {
    const category = lhr.categories[cat];
    if (!category) continue;
    const list = [];
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (['manual', 'informative', 'notApplicable', 'error'].includes(a.scoreDisplayMode)) continue;
      // The elements an audit names (accessibility and SEO audits list them), to find the cause without the full report.
      const nodes = (a.details?.items ?? []).map((i) => i.node?.selector).filter(Boolean).slice(0, 5);
      list.push({ id: a.id, title: a.title, score: a.score, weight: ref.weight, ...(a.displayValue ? { displayValue: a.displayValue } : {}), ...(nodes.length ? { nodes } : {}) });
    }
    out[cat] = list;
  }
  return out;
}

/** The first element an audit's details name (Lighthouse 13 nests them in its insight tables). */
function firstNode(details) {
  if (!details || typeof details !== 'object') return null;
  if (details.type === 'node' && details.selector) return details.selector;
  for (const v of Object.values(details)) {
    const found = Array.isArray(v) ? v.map(firstNode).find(Boolean) : typeof v === 'object' ? firstNode(v) : null;
    if (found) return found;
  }
  return null;
}

const score100 = (lhr, cat) => (lhr.categories[cat]?.score === null || lhr.categories[cat]?.score === undefined ? null : Math.round(lhr.categories[cat].score * 100));
const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;

/** Whether a page's medians meet its targets; the reasons when not. */
export function verdict(page) {
  const t = { ...(PAGE_TARGETS[page.kind] ?? PAGE_TARGETS.default), ...PAGE_TARGETS.all };
  const misses = [];
  for (const cat of CATEGORIES) {
    const got = page.scores[cat].median;
    if (got === null || got >= t[cat]) continue;
    const exempt = cat === 'seo' && SEO_EXEMPT[page.kind];
    const lost = page.failing.seo?.map((a) => a.id) ?? [];
    if (exempt && lost.length === 1 && lost[0] === exempt.audit) continue;
    misses.push(`${cat} ${got} < ${t[cat]}`);
  }
  if (t.tbtMs !== null && page.metrics.tbtMs.median > t.tbtMs) misses.push(`TBT ${page.metrics.tbtMs.median} ms > ${t.tbtMs} ms`);
  if (page.metrics.lcpMs.median > t.lcpMs) misses.push(`LCP ${page.metrics.lcpMs.median} ms > ${t.lcpMs} ms`);
  if (page.metrics.cls.median > t.cls) misses.push(`CLS ${page.metrics.cls.median} > ${t.cls}`);
  return { targets: t, ok: misses.length === 0, misses };
}

export async function lighthouseAll(base, pages, runsPerPage) {
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results = [];
  try {
    for (const p of pages) {
      const url = `${base}${p.path}`;
      const runs = [];
      for (let i = 0; i < runsPerPage; i++) {
        process.stdout.write(`Lighthouse ${p.path} (run ${i + 1}/${runsPerPage})… `);
        const t0 = performance.now();
        const rr = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile', throttlingMethod: 'simulate' });
        if (!rr?.lhr) throw new Error(`Lighthouse returned no report for ${url}`);
        if (rr.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${rr.lhr.runtimeError.code} ${rr.lhr.runtimeError.message}`);
        runs.push(rr.lhr);
        console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      // Failing audits and diagnostics come from the run with the median performance score.
      const byPerf = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const mid = byPerf[(byPerf.length - 1) >> 1];
      const metric = (id, digits = 0) => summarize(runs.map((r) => numeric(r, id)), digits);
      const page = {
        ...p,
        url: p.path,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, summarize(runs.map((r) => score100(r, c)))])),
        metrics: {
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift', 3),
          fcpMs: metric('first-contentful-paint'),
          speedIndexMs: metric('speed-index'),
          mainThreadMs: metric('mainthread-work-breakdown'),
          totalBytes: metric('total-byte-weight'),
        },
        benchmarkIndex: summarize(runs.map((r) => r.environment?.benchmarkIndex ?? null)),
        failing: failingAudits(mid),
        lcpElement: firstNode(mid.audits['lcp-breakdown-insight']?.details) ?? firstNode(mid.audits['largest-contentful-paint-element']?.details),
        layoutShifts: (mid.audits['layout-shifts']?.details?.items ?? []).map((i) => ({ selector: i.node?.selector ?? null, score: i.score })),
        // Audits Lighthouse could not compute (its trace engine can fail on some diagnostics with a newer Chromium).
        errored: Object.values(mid.audits)
          .filter((a) => a.scoreDisplayMode === 'error')
          .map((a) => ({ id: a.id, message: String(a.errorMessage ?? '').split('\n')[0].slice(0, 200) })),
        lighthouseVersion: mid.lighthouseVersion,
        userAgent: mid.environment?.hostUserAgent ?? null,
      };
      page.verdict = verdict(page);
      results.push(page);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/** The machine's yardstick over every run of every page. */
export const machineIndex = (pages) => summarize(pages.flatMap((p) => p.benchmarkIndex.runs));
