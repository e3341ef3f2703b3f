/**
 * Timeline explorer: filter change → updated list, on /en/timeline/ with the
 * full dataset. Method as for the tools (bench/tools.mjs): a checkbox (the
 * actors' values in turn, ticked then unticked) is changed and its `change`
 * event dispatched (t0); a MutationObserver on the list fires on the first
 * entry shown or hidden (script time); in the next animation frame the list's
 * layout is forced and t1 taken. Chromium runs without vsync or a frame-rate
 * limit, as for the tools; a run under a 4× CPU slowdown is recorded too.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, median, quantile, round } from './util.mjs';

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
      // Start each change at a different point of the frame (fixed sequence), as for the tools.
      await new Promise((r) => setTimeout(r, (i * 7) % 17));
      const sample = await once(boxes[Math.floor(i / 2) % boxes.length]);
      if (i >= 5) out.push(sample);
    }
    return out;
  }, moves);
  await context.close();
  const total = samples.map((x) => x.total);
  // scriptMedianMs: change → list updated, without the wait for the next frame (most of the rest).
  return { medianMs: round(median(total)), p95Ms: round(quantile(total, 0.95)), scriptMedianMs: round(median(samples.map((x) => x.script))), samples: total.length };
}

export async function measureExplorer(base, moves) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  try {
    process.stdout.write('Timeline explorer: ');
    const result = { latency: await explorerLatency(browser, base, moves), cpu4x: await explorerLatency(browser, base, moves, 4) };
    console.log(`${result.latency.medianMs} ms`);
    return result;
  } finally {
    await browser.close();
  }
}
