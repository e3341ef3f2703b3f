/**
 * The look book: screenshots of the built site (dist/, built beforehand) with
 * Debian's Chromium, at 390 and 1280 wide, light and dark, both languages,
 * into shots/ (git-ignored) with an index.html that lays them out side by side.
 * Builds nothing: run `npm run build` first.
 *   npm run shots                 every view
 *   npm run shots -- story-top    only the views whose name contains "story-top"
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = 'shots';
const only = process.argv[2];

/** What to show: a page, and optionally an element to scroll to (first screen if none). */
const VIEWS = [
  { name: 'story-top', path: (l) => `/${l}/` },
  { name: 'scrolly-step', path: (l) => `/${l}/#2022-10-07-advanced-computing-rule` },
  { name: 'chart', path: (l) => `/${l}/`, scrollTo: 'figure.chart-figure' },
  { name: 'tool', path: (l) => `/${l}/`, scrollTo: '[data-tool]' },
  { name: 'embed', path: (l) => `/${l}/embed/allies/` },
  { name: 'teach', path: (l) => `/${l}/teach/` },
];
const LANGS = ['en', 'zh-hant', 'zh-hans'];
const WIDTHS = [
  { w: 390, h: 844 },
  { w: 1280, h: 800 },
];
const THEMES = ['light', 'dark'];

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const rows = [];
try {
  for (const view of VIEWS) {
    if (only && !view.name.includes(only)) continue;
    for (const lang of LANGS) {
      const cells = [];
      for (const { w, h } of WIDTHS) {
        for (const theme of THEMES) {
          const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await page.goto(server.url + view.path(lang));
          await page.waitForLoadState('networkidle');
          if (view.scrollTo) await page.locator(view.scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
          // Two frames: the scrolly marks its step and charts stamp their width after a scroll.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const file = `${view.name}-${lang}-${w}-${theme}.png`;
          await page.screenshot({ path: `${OUT}/${file}` });
          cells.push({ file, label: `${w} ${theme}` });
          await context.close();
        }
      }
      rows.push({ title: `${view.name} · ${lang}`, cells });
      console.log(`${view.name} ${lang}: ${cells.length} shots`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
// The index shows every shot on disk, so a partial run (`npm run shots -- embed`) keeps the others.
rows.length = 0;
for (const view of VIEWS) {
  for (const lang of LANGS) {
    const cells = WIDTHS.flatMap(({ w }) => THEMES.map((theme) => ({ file: `${view.name}-${lang}-${w}-${theme}.png`, label: `${w} ${theme}` }))).filter((c) =>
      existsSync(`${OUT}/${c.file}`),
    );
    if (cells.length) rows.push({ title: `${view.name} · ${lang}`, cells });
  }
}
const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Look book</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem;background:#888}section{margin:0 0 2rem}.row{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}figure{margin:0}img{display:block;max-height:70vh;border:1px solid #444}</style>
<h1>Look book</h1>
${rows.map((r) => `<section><h2>${esc(r.title)}</h2><div class="row">${r.cells.map((c) => `<figure><img src="${esc(c.file)}" alt="${esc(r.title)}, ${esc(c.label)}" loading="lazy"><figcaption>${esc(c.label)}</figcaption></figure>`).join('')}</div></section>`).join('\n')}
</html>\n`,
);
console.log(`${OUT}/index.html`);
