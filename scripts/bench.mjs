/**
 * `npm run bench`: how fast the site builds, loads and responds. Figures, not tests: a missed target is
 * printed, and the script exits 0 unless something crashed.
 *
 * 1. Builds the site, timed (bench/build.mjs).
 * 2. Serves a snapshot of dist/ on loopback (scripts/static-server.mjs, gzipped as a CDN would) and runs
 *    Lighthouse several times per page on the story, one embed, the teaching guide, the sources page, the
 *    data page and the timeline in each edition: medians, ranges and the machine's benchmarkIndex (bench/lighthouse.mjs).
 * 3. Measures each scenario tool: JavaScript loaded on hydration, input-to-chart time (bench/tools.mjs);
 *    and the timeline explorer's filter-change-to-frame time (bench/explorer.mjs).
 * 4. Prints the figures against their targets (bench/report.mjs) and writes bench/results/<date>.json and
 *    bench/results/latest.json.
 *
 * Options: --skip-build (measure the dist/ that is there), --runs=N (Lighthouse runs per page; default 5),
 * --moves=N (slider moves per tool; default 50). BENCH_DIST=<dir> with --skip-build measures another copy.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { timedBuild } from './bench/build.mjs';
import { lighthouseAll, machineIndex, pagesToAudit, PAGE_TARGETS, SEO_EXEMPT } from './bench/lighthouse.mjs';
import { measureTools } from './bench/tools.mjs';
import { measureExplorer } from './bench/explorer.mjs';
import { printReport, TOOL_TARGETS } from './bench/report.mjs';
import { ROOT, chromiumVersion, gitInfo } from './bench/util.mjs';

const LANGS = ['en', 'zh-hant', 'zh-hans'];
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const SKIP_BUILD = option('skip-build', false) === true;
const LH_RUNS = Math.max(1, Number(option('runs', 5)) || 5);
const MOVES = Math.max(5, Number(option('moves', 50)) || 50);
const BUILT = process.env.BENCH_DIST ?? join(ROOT, 'dist');

async function main() {
  const started = new Date();
  const build = await timedBuild({ skip: SKIP_BUILD, dist: BUILT });
  // What is served and read is a snapshot, so a concurrent `astro build` cannot change it mid-run.
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(BUILT, dist, { recursive: true });
  if (!existsSync(join(dist, 'en', 'index.html'))) throw new Error(`${BUILT} changed while it was copied (another build running?); run again.`);
  const server = await startServer({ root: dist });
  let summary;
  try {
    const { pages, skipped } = pagesToAudit(dist, LANGS);
    for (const s of skipped) console.log(`Skipping ${s.path}: ${s.reason}.`);
    const lh = await lighthouseAll(server.url, pages, LH_RUNS);
    const tools = await measureTools(server.url, dist, MOVES);
    const explorer = await measureExplorer(server.url, MOVES);
    summary = {
      date: started.toISOString(),
      ...gitInfo(),
      node: process.version,
      chromium: chromiumVersion(),
      lighthouse: lh[0]?.lighthouseVersion ?? null,
      machine: machineIndex(lh),
      settings: { formFactor: 'mobile', throttlingMethod: 'simulate', lighthouseRuns: LH_RUNS, moves: MOVES, served: 'scripts/static-server.mjs on loopback' },
      targets: { pages: PAGE_TARGETS, seoExempt: SEO_EXEMPT, tools: TOOL_TARGETS },
      build,
      pages: lh,
      skipped,
      tools,
      explorer,
    };
  } finally {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
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
