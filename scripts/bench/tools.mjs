/**
 * The scenario tools in Chromium (playwright-core): the JavaScript that hydrating each tool loads, and the
 * time from an input event on a slider to the redrawn chart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, kb, median, quantile, round } from './util.mjs';

export const TOOLS = [
  // The slider moved for the latency figure: one whose every step redraws the chart.
  { id: 'servicing', key: 'cut' },
  { id: 'multipatterning', key: 'duvp' },
  { id: 'gap', key: 'euv' },
];

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
function staticImportGzip(dist, entryUrls) {
  const seen = new Set();
  const files = [];
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const file = join(dist, url);
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

async function toolJs(browser, base, id, dist) {
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
  const stat = staticImportGzip(dist, [island.component, island.renderer].filter(Boolean));
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

export async function measureTools(base, dist, moves) {
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
      const js = await toolJs(fast, base, t.id, dist);
      const latency = await toolLatency(fast, base, t.id, t.key, moves);
      const latencyVsync = await toolLatency(vsync, base, t.id, t.key, moves);
      const latencyCpu4x = await toolLatency(fast, base, t.id, t.key, moves, 4);
      console.log(`${latency.medianMs} ms, ${kb(js.gzipBytes)} gz`);
      out.push({ id: t.id, slider: t.key, latency, vsync: latencyVsync, cpu4x: latencyCpu4x, js });
    }
  } finally {
    await fast.close();
    await vsync.close();
  }
  return out;
}
