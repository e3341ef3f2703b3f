#!/usr/bin/env node
/**
 * `npm run bench`: how fast the site builds, loads and responds.
 *
 * 1. Builds the site (`astro build`, timed).
 * 2. Serves dist/ on loopback (scripts/static-server.mjs) and runs Lighthouse
 *    (its Node API, mobile form factor, simulated throttling: the defaults of
 *    Lighthouse's mobile config) in Debian's Chromium on the story page, one
 *    embed page, the teaching guide and the sources page, in both languages.
 *    Pages that do not exist in this build are skipped, and the run says so.
 * 3. Measures each scenario tool in Chromium (playwright-core): the time from
 *    an input event on a slider to the updated chart, and the gzipped
 *    JavaScript that hydrating the tool loads.
 * 4. Prints the figures beside their targets and writes a JSON summary to
 *    bench/results/<YYYY-MM-DD>.json and bench/results/latest.json.
 *
 * A missed target is a figure to read, not a failure: the script exits 0
 * unless something crashed. Options: --skip-build (measure the dist/ that is
 * there; no build time), --runs=N (Lighthouse runs per page, median by
 * performance score; default 1), --moves=N (slider moves per tool; default 50).
 * BENCH_DIST=<dir> with --skip-build measures another built copy.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = process.env.BENCH_DIST ?? join(ROOT, 'dist');
/** What is served and read: a snapshot of the build, so a concurrent `astro build` cannot change it mid-run. */
let DIST = BUILT;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LANGS = ['en', 'zh-hant'];
const TOOLS = [
  // The slider moved for the latency figure: one whose every step redraws the chart.
  { id: 'servicing', key: 'cut' },
  { id: 'multipatterning', key: 'layers' },
  { id: 'gap', key: 'euv' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = {
  score: 100,
  lcpMs: 1500,
  tbtMs: 0,
  cls: 0,
  toolMs: 16,
  toolGzipBytes: 45_000,
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const SKIP_BUILD = option('skip-build', false) === true;
const LH_RUNS = Math.max(1, Number(option('runs', 1)) || 1);
const MOVES = Math.max(5, Number(option('moves', 50)) || 50);

/* ------------------------------------------------------------ helpers */

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v) => (v === null || v === undefined ? '–' : `${Math.round(v)} ms`);
const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const round = (v, d = 2) => (v === null || v === undefined ? null : Math.round(v * 10 ** d) / 10 ** d);
const mark = (ok) => (ok ? '✓' : '✗');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, n) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    return n === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function run(cmd, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${argv.join(' ')} exited with ${code}\n${out.slice(-4000)}`))));
  });
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

/* ------------------------------------------------------------ 1. build */

async function build() {
  if (SKIP_BUILD) {
    if (!existsSync(join(BUILT, 'index.html'))) throw new Error(`--skip-build: ${BUILT} has no index.html; build first.`);
    console.log('Build: skipped (--skip-build); measuring the dist/ that is there.\n');
    return null;
  }
  console.log('Building (astro build)…');
  const astro = join(ROOT, 'node_modules', 'astro', 'astro.js');
  const t0 = performance.now();
  const out = await run(process.execPath, [astro, 'build']);
  const seconds = (performance.now() - t0) / 1000;
  const pages = /(\d+) page\(s\) built/.exec(out)?.[1];
  console.log(`Build: ${seconds.toFixed(1)} s${pages ? ` (${pages} pages)` : ''}\n`);
  return { seconds: round(seconds, 2), pages: pages ? Number(pages) : null };
}

/* ------------------------------------------------------------ 2. Lighthouse */

/** Audits that fail by a decision recorded elsewhere: printed beside them so a reader need not rediscover why. */
const WHY = {
  'seo: is-crawlable':
    'embed pages are "noindex, indexifembedded" on purpose (issue #6: a chart without its story should not be a search result); Lighthouse fails any page that asks not to be indexed.',
};

function pagesToAudit() {
  const pages = [];
  const skipped = [];
  const exists = (path) => existsSync(join(DIST, path, 'index.html'));
  for (const lang of LANGS) {
    const candidates = [
      { kind: 'story', path: `/${lang}/` },
      { kind: 'embed', path: `/${lang}/embed/ratchet/` },
      { kind: 'teach', path: `/${lang}/teach/` },
      { kind: 'sources', path: `/${lang}/sources/` },
    ];
    for (const c of candidates) {
      if (exists(c.path)) pages.push({ ...c, lang });
      else skipped.push({ ...c, lang, reason: `${c.path} is not in this build` });
    }
  }
  return { pages, skipped };
}

/** Audits that cost points: score below 1, in a category's scored audits (manual and informative ones excluded). */
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
      // Performance: the weighted metrics and any diagnostic or opportunity Lighthouse flags.
      // The elements an audit names (accessibility and SEO audits list them), to find the cause without the full report.
      const nodes = (a.details?.items ?? []).map((i) => i.node?.selector).filter(Boolean).slice(0, 5);
      list.push({ id: a.id, title: a.title, score: a.score, weight: ref.weight, ...(a.displayValue ? { displayValue: a.displayValue } : {}), ...(nodes.length ? { nodes } : {}) });
    }
    out[cat] = list;
  }
  return out;
}

async function lighthouseAll(base, pages) {
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results = [];
  try {
    for (const p of pages) {
      const url = `${base}${p.path}`;
      const runs = [];
      for (let i = 0; i < LH_RUNS; i++) {
        process.stdout.write(`Lighthouse ${p.path}${LH_RUNS > 1 ? ` (run ${i + 1}/${LH_RUNS})` : ''}… `);
        const t0 = performance.now();
        const rr = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          formFactor: 'mobile',
          throttlingMethod: 'simulate',
        });
        if (!rr?.lhr) throw new Error(`Lighthouse returned no report for ${url}`);
        const { lhr } = rr;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        runs.push(lhr);
        console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      // Median run by performance score.
      runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = runs[(runs.length - 1) >> 1];
      const score = (cat) => (lhr.categories[cat]?.score === null || lhr.categories[cat]?.score === undefined ? null : Math.round(lhr.categories[cat].score * 100));
      const num = (id) => lhr.audits[id]?.numericValue ?? null;
      results.push({
        ...p,
        url: p.path,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
        metrics: {
          lcpMs: round(num('largest-contentful-paint'), 0),
          tbtMs: round(num('total-blocking-time'), 0),
          cls: round(num('cumulative-layout-shift'), 3),
          fcpMs: round(num('first-contentful-paint'), 0),
          speedIndexMs: round(num('speed-index'), 0),
          totalBytes: round(num('total-byte-weight'), 0),
        },
        failing: failingAudits(lhr),
        lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? null,
        layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => ({ selector: i.node?.selector ?? null, score: round(i.score, 4) })),
        // Audits Lighthouse could not compute (with a newer Chromium its trace engine can fail on some diagnostics).
        errored: Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === 'error')
          .map((a) => ({ id: a.id, message: String(a.errorMessage ?? '').split('\n')[0].slice(0, 200) })),
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent ?? null,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/* ------------------------------------------------------------ 3. tools */

/**
 * JavaScript a tool loads. Method: a fresh page of /en/ is loaded at the top
 * (no island is in view, so none has hydrated), and every JavaScript response
 * is logged. Once the network is idle the set is frozen; then the tool is
 * scrolled into view, its island hydrates (Astro imports the island's
 * component-url and renderer-url, which pull in their static imports), and
 * the JavaScript responses that arrive from then until the network is idle
 * again are the tool's cost. Each body (as decoded by the browser) is gzipped
 * here (zlib, level 6, as a static host serves it) and the sizes summed. As a cross-check, the same sum is computed offline from dist/
 * by following the static imports of component-url and renderer-url.
 * Each tool is measured on its own page, so shared chunks (the Svelte runtime,
 * ToolShell) count for every tool: the figure is what a reader who opens that
 * one tool downloads.
 */
function staticImportGzip(entryUrls) {
  const seen = new Set();
  const files = [];
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const file = join(DIST, url);
    if (!existsSync(file)) return;
    const text = readFileSync(file);
    files.push({ url, bytes: text.length, gzip: gzipSync(text, { level: 6 }).length });
    // Static imports only: `import"./x.js"`, `from"./x.js"`; `import("./x.js")` is dynamic and not loaded at hydration.
    for (const m of text.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g)) {
      visit(posix.join(posix.dirname(url), m[1]));
    }
  };
  for (const u of entryUrls) visit(u);
  return { gzipBytes: files.reduce((s, f) => s + f.gzip, 0), files };
}

async function waitHydrated(page, id) {
  await page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'start' }), `#tool-${id}`);
  await page.waitForFunction((sel) => {
    const island = document.querySelector(sel)?.closest('astro-island');
    return !!island && !island.hasAttribute('ssr');
  }, `#tool-${id}`);
}

async function toolJs(browser, base, id) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (res.request().resourceType() === 'script' || /javascript/.test(type)) responses.push(res);
  });
  await page.goto(`${base}/en/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const before = new Set(responses);
  const island = await page.$eval(`#tool-${id}`, (el) => {
    const i = el.closest('astro-island');
    return { component: i?.getAttribute('component-url'), renderer: i?.getAttribute('renderer-url'), hydrated: i ? !i.hasAttribute('ssr') : null };
  });
  if (island.hydrated) throw new Error(`tool ${id} hydrated before it was scrolled into view; the JS figure would be wrong`);
  await waitHydrated(page, id);
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const res of responses.filter((r) => !before.has(r))) {
    const body = await res.body();
    files.push({ url: new URL(res.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 6 }).length });
  }
  await context.close();
  const stat = staticImportGzip([island.component, island.renderer].filter(Boolean));
  return {
    gzipBytes: files.reduce((s, f) => s + f.gzip, 0),
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    files,
    staticGzipBytes: stat.gzipBytes,
    componentUrl: island.component,
    rendererUrl: island.renderer,
  };
}

/**
 * Input → updated chart. Method, in the page: for each of `moves` moves the
 * slider's value is set and an `input` event dispatched (t0 =
 * performance.now() just before dispatch); a MutationObserver on the tool's
 * output (the chart SVG and its subtree) resolves on the first mutation inside
 * the SVG; then we await the next requestAnimationFrame and, inside it, force
 * style and layout of the SVG (getBoundingClientRect) so the frame's work on
 * the new chart is included; t1 = performance.now() there. The value sweeps up
 * and down the slider's range so every move changes the chart. Five warm-up
 * moves are not counted.
 *
 * Chromium runs with --disable-gpu-vsync --disable-frame-rate-limit so the
 * "next frame" comes as soon as the work allows, not at the next 60 Hz tick
 * (which would add a random 0–16.7 ms wait to every sample); the 60 Hz figure
 * is recorded too (`vsync`; moves start at staggered points of the frame so
 * it averages the wait), and a run under a 4× CPU slowdown (Lighthouse's
 * mobile setting) as `cpu4x`.
 */
async function toolLatency(browser, base, id, key, moves, cpuRate = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/en/`, { waitUntil: 'load' });
  await waitHydrated(page, id);
  if (cpuRate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  const r = await page.evaluate(
    async ({ sel, key, moves }) => {
      const root = document.querySelector(sel);
      const output = root.querySelector('.output');
      const slider = root.querySelector(`input[type="range"][id$="-${key}"]`);
      if (!slider || !output || !output.querySelector('svg')) throw new Error(`no slider "${key}" or no chart in ${sel}`);
      const min = Number(slider.min);
      const max = Number(slider.max);
      const step = Number(slider.step) || 1;
      const steps = Math.round((max - min) / step);
      // A triangle sweep over the range from the current value: every move is a new value.
      let n = Math.round((Number(slider.value) - min) / step);
      let dir = 1;
      const nextValue = () => {
        if (n + dir < 0 || n + dir > steps) dir = -dir;
        n += dir;
        return String(Number((min + n * step).toFixed(6)));
      };
      const once = () =>
        new Promise((resolve, reject) => {
          let mutated = null;
          const timer = setTimeout(() => {
            obs.disconnect();
            reject(new Error('no chart mutation within 2 s'));
          }, 2000);
          const obs = new MutationObserver((records) => {
            if (mutated !== null) return;
            if (!records.some((rec) => (rec.target.nodeType === 1 ? rec.target : rec.target.parentElement)?.closest('svg'))) return;
            mutated = performance.now();
            obs.disconnect();
            requestAnimationFrame(() => {
              output.querySelector('svg').getBoundingClientRect();
              const t1 = performance.now();
              clearTimeout(timer);
              resolve({ total: t1 - t0, script: mutated - t0 });
            });
          });
          obs.observe(output, { subtree: true, childList: true, attributes: true, characterData: true });
          slider.value = nextValue();
          const t0 = performance.now();
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
      const samples = [];
      for (let i = 0; i < moves + 5; i++) {
        // Start each move at a different point of the frame (0–16 ms, fixed sequence), so a 60 Hz run is not phase-locked.
        await new Promise((r) => setTimeout(r, (i * 7) % 17));
        const s = await once();
        if (i >= 5) samples.push(s);
      }
      return samples;
    },
    { sel: `#tool-${id}`, key, moves },
  );
  await context.close();
  if (errors.length) throw new Error(`page errors while measuring ${id}: ${errors.join('; ')}`);
  const total = r.map((s) => s.total);
  const script = r.map((s) => s.script);
  return {
    medianMs: round(median(total)),
    p95Ms: round(quantile(total, 0.95)),
    minMs: round(Math.min(...total)),
    maxMs: round(Math.max(...total)),
    scriptMedianMs: round(median(script)),
    samples: total.length,
  };
}

/**
 * Timeline explorer: filter change → updated list. Method as for the tools: a
 * checkbox (the actors' values in turn, ticked then unticked) is changed and
 * its `change` event dispatched (t0); a MutationObserver on the list resolves
 * on the first entry shown or hidden; in the next animation frame the list's
 * layout is forced and t1 taken. The full dataset is on the page.
 */
async function explorerLatency(browser, base, moves, cpuRate = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/en/timeline/`, { waitUntil: 'load' });
  await page.waitForSelector('.explorer[data-explorer-ready]');
  if (cpuRate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const samples = await page.evaluate(async (moves) => {
    const list = document.getElementById('timeline');
    const boxes = [...document.querySelectorAll('.explorer input[data-facet="actor"]')];
    const once = (box) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no list change within 2 s')), 2000);
        const obs = new MutationObserver(() => {
          obs.disconnect();
          const script = performance.now() - t0;
          requestAnimationFrame(() => {
            list.getBoundingClientRect();
            clearTimeout(timer);
            resolve({ total: performance.now() - t0, script });
          });
        });
        obs.observe(list, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
        box.checked = !box.checked;
        const t0 = performance.now();
        box.dispatchEvent(new Event('change', { bubbles: true }));
      });
    const out = [];
    for (let i = 0; i < moves + 5; i++) {
      await new Promise((r) => setTimeout(r, (i * 7) % 17));
      const sample = await once(boxes[Math.floor(i / 2) % boxes.length]);
      if (i >= 5) out.push(sample);
    }
    return out;
  }, moves);
  await context.close();
  const total = samples.map((x) => x.total);
  // scriptMedianMs: change → list updated, without the wait for the next frame (most of the rest of the total).
  return { medianMs: round(median(total)), p95Ms: round(quantile(total, 0.95)), scriptMedianMs: round(median(samples.map((x) => x.script))), samples: total.length };
}

async function measureTools(base) {
  const launchWith = (extra) =>
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', ...extra],
    });
  const fast = await launchWith(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
  const vsync = await launchWith([]);
  const out = [];
  try {
    for (const t of TOOLS) {
      process.stdout.write(`Tool ${t.id}: `);
      const js = await toolJs(fast, base, t.id);
      const latency = await toolLatency(fast, base, t.id, t.key, MOVES);
      const latencyVsync = await toolLatency(vsync, base, t.id, t.key, MOVES);
      const latencyCpu4x = await toolLatency(fast, base, t.id, t.key, MOVES, 4);
      console.log(`${latency.medianMs} ms, ${kb(js.gzipBytes)} gz`);
      out.push({ id: t.id, slider: t.key, latency, vsync: latencyVsync, cpu4x: latencyCpu4x, js });
    }
    process.stdout.write('Timeline explorer: ');
    const explorer = { latency: await explorerLatency(fast, base, MOVES), cpu4x: await explorerLatency(fast, base, MOVES, 4) };
    console.log(`${explorer.latency.medianMs} ms`);
    out.explorer = explorer;
  } finally {
    await fast.close();
    await vsync.close();
  }
  return out;
}

/* ------------------------------------------------------------ 4. report */

function printReport(summary) {
  const { pages, skipped, tools, build: b } = summary;
  console.log('\n══ Lighthouse (mobile, simulated throttling) ══\n');
  const rows = [['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'bytes']];
  rows.push(['target', '100', '100', '100', '100', '< 1500 ms', '0 ms', '0', '']);
  for (const p of pages) {
    const s = (c) => (p.scores[c] === null ? '–' : `${p.scores[c]} ${mark(p.scores[c] >= TARGETS.score)}`);
    rows.push([
      p.path,
      s('performance'),
      s('accessibility'),
      s('best-practices'),
      s('seo'),
      `${ms(p.metrics.lcpMs)} ${mark(p.metrics.lcpMs < TARGETS.lcpMs)}`,
      `${ms(p.metrics.tbtMs)} ${mark(p.metrics.tbtMs <= TARGETS.tbtMs)}`,
      `${p.metrics.cls} ${mark(p.metrics.cls <= TARGETS.cls)}`,
      kb(p.metrics.totalBytes),
    ]);
  }
  console.log(table(rows));
  for (const s of skipped) console.log(`skipped ${s.path}: ${s.reason}`);
  for (const p of pages) {
    const shifts = p.layoutShifts.filter((l) => l.score > 0).map((l) => `${l.selector} (${l.score})`);
    if (p.lcpElement || shifts.length) console.log(`${p.path}: LCP element ${p.lcpElement ?? '–'}${shifts.length ? `; layout shifts: ${shifts.join(', ')}` : ''}`);
  }
  const errored = [...new Set(pages.flatMap((p) => p.errored.map((e) => e.id)))];
  if (errored.length) {
    const why = pages.flatMap((p) => p.errored)[0]?.message ?? '';
    console.log(`Lighthouse could not compute (no score, not counted): ${errored.join(', ')}${why ? `\n  first error: ${why}` : ''}`);
  }

  const lost = pages.flatMap((p) => Object.entries(p.failing).flatMap(([cat, list]) => list.map((a) => ({ page: p.path, cat, ...a }))));
  if (lost.length) {
    console.log('\nAudits below 1 (category: audit — score, value):');
    const byAudit = new Map();
    for (const a of lost) {
      const k = `${a.cat}: ${a.id}`;
      const e = byAudit.get(k) ?? { title: a.title, pages: [], values: [] };
      e.pages.push(`${a.page} ${a.score.toFixed(2)}${a.displayValue ? ` (${a.displayValue})` : ''}${a.weight === 0 ? ' [diagnostic, no weight]' : ''}${a.nodes ? ` — ${a.nodes.join(', ')}` : ''}`);
      byAudit.set(k, e);
    }
    for (const [k, e] of byAudit) console.log(`  ${k} — ${e.title}\n      ${e.pages.join('\n      ')}${WHY[k] ? `\n      why: ${WHY[k]}` : ''}`);
  }

  console.log('\n══ Scenario tools (Chromium, /en/) ══\n');
  const trows = [['tool', 'input→frame median', 'p95', '60 Hz median', '4× CPU median', 'JS gz (network)', 'JS gz (imports)']];
  trows.push(['target', '< 16 ms', '', '', '', '< 45.0 kB', '']);
  for (const t of tools) {
    trows.push([
      t.id,
      `${t.latency.medianMs.toFixed(1)} ms ${mark(t.latency.medianMs < TARGETS.toolMs)}`,
      `${t.latency.p95Ms.toFixed(1)} ms`,
      `${t.vsync.medianMs.toFixed(1)} ms`,
      `${t.cpu4x.medianMs.toFixed(1)} ms`,
      `${kb(t.js.gzipBytes)} ${mark(t.js.gzipBytes < TARGETS.toolGzipBytes)}`,
      kb(t.js.staticGzipBytes),
    ]);
  }
  console.log(table(trows));
  if (tools.explorer) {
    const e = tools.explorer;
    console.log(`\nTimeline explorer, filter change → frame (target < 16 ms): median ${e.latency.medianMs.toFixed(1)} ms ${mark(e.latency.medianMs < TARGETS.toolMs)} (script ${e.latency.scriptMedianMs.toFixed(1)} ms), p95 ${e.latency.p95Ms.toFixed(1)} ms, 4× CPU median ${e.cpu4x.medianMs.toFixed(1)} ms`);
  }
  console.log(`\nBuild time: ${b ? `${b.seconds.toFixed(1)} s` : 'skipped'}`);
}

/* ------------------------------------------------------------ main */

async function main() {
  const started = new Date();
  const buildResult = await build();
  DIST = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(BUILT, DIST, { recursive: true });
  if (!existsSync(join(DIST, 'en', 'index.html'))) throw new Error(`${BUILT} changed while it was copied (another build running?); run again.`);
  const server = await startServer({ root: DIST });
  let summary;
  try {
    const { pages, skipped } = pagesToAudit();
    for (const s of skipped) console.log(`Skipping ${s.path}: ${s.reason}.`);
    const lh = await lighthouseAll(server.url, pages);
    const tools = await measureTools(server.url);
    let chromiumVersion = null;
    try {
      chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      /* informative only */
    }
    summary = {
      date: started.toISOString(),
      ...gitInfo(),
      node: process.version,
      chromium: chromiumVersion,
      lighthouse: lh[0]?.lighthouseVersion ?? null,
      settings: { formFactor: 'mobile', throttlingMethod: 'simulate', lighthouseRuns: LH_RUNS, moves: MOVES, served: 'scripts/static-server.mjs on loopback' },
      targets: TARGETS,
      build: buildResult,
      pages: lh,
      skipped,
      tools,
      explorer: tools.explorer,
    };
  } finally {
    await server.close();
    rmSync(DIST, { recursive: true, force: true });
  }
  printReport(summary);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(summary, null, 2)}\n`;
  const name = `${started.toISOString().slice(0, 10)}.json`;
  writeFileSync(join(dir, name), json);
  writeFileSync(join(dir, 'latest.json'), json);
  console.log(`Results: bench/results/${name} and bench/results/latest.json`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err?.stack ?? err);
    process.exit(1);
  },
);
