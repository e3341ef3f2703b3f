/** The production build, timed (`astro build` on the project's own Node). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, round, run } from './util.mjs';

export async function timedBuild({ skip, dist }) {
  if (skip) {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`--skip-build: ${dist} has no index.html; build first.`);
    console.log('Build: skipped (--skip-build); measuring the dist/ that is there.\n');
    return null;
  }
  console.log('Building (astro build)…');
  const t0 = performance.now();
  const out = await run(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  const seconds = (performance.now() - t0) / 1000;
  const pages = /(\d+) page\(s\) built/.exec(out)?.[1];
  console.log(`Build: ${seconds.toFixed(1)} s${pages ? ` (${pages} pages)` : ''}\n`);
  return { seconds: round(seconds, 2), pages: pages ? Number(pages) : null };
}
