/** Prints the benchmark's figures beside their targets. */
import { CATEGORIES, SEO_EXEMPT } from './lighthouse.mjs';
import { kb, mark, ms, spread, table } from './util.mjs';

export const TOOL_TARGETS = { ms: 16, gzipBytes: 45_000 };

function printLighthouse(summary) {
  const { pages, skipped, settings, machine } = summary;
  console.log(`\n══ Lighthouse (mobile, simulated throttling; median of ${settings.lighthouseRuns} runs, range in brackets) ══\n`);
  const rows = [['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'TBT', 'LCP', 'CLS', 'main thread', 'verdict']];
  for (const p of pages) {
    const t = p.verdict.targets;
    const s = (c) => `${spread(p.scores[c])} /${t[c]}`;
    rows.push([
      p.path,
      s('performance'),
      s('accessibility'),
      s('best-practices'),
      s('seo'),
      `${spread(p.metrics.tbtMs, ms)}${t.tbtMs === null ? '' : ` /${t.tbtMs}`}`,
      spread(p.metrics.lcpMs, ms),
      spread(p.metrics.cls),
      spread(p.metrics.mainThreadMs, ms),
      p.verdict.ok ? mark(true) : `${mark(false)} ${p.verdict.misses.join('; ')}`,
    ]);
  }
  console.log(table(rows));
  console.log(`\nMachine: Lighthouse benchmarkIndex ${spread(machine)} (median of every run; higher is a faster CPU).`);
  for (const s of skipped) console.log(`skipped ${s.path}: ${s.reason}`);
  for (const [kind, e] of Object.entries(SEO_EXEMPT)) {
    if (pages.some((p) => p.kind === kind)) console.log(`SEO exemption, ${kind} pages: may fail only "${e.audit}" — ${e.why}`);
  }
  for (const p of pages) {
    const shifts = p.layoutShifts.filter((l) => l.score > 0).map((l) => `${l.selector} (${l.score})`);
    if (p.lcpElement || shifts.length) console.log(`${p.path}: LCP element ${p.lcpElement ?? '–'}${shifts.length ? `; layout shifts: ${shifts.join(', ')}` : ''}`);
  }
  const errored = [...new Set(pages.flatMap((p) => p.errored.map((e) => e.id)))];
  if (errored.length) console.log(`Lighthouse could not compute (no score, not counted): ${errored.join(', ')}\n  first error: ${pages.flatMap((p) => p.errored)[0]?.message ?? ''}`);

  const lost = pages.flatMap((p) => CATEGORIES.flatMap((cat) => (p.failing[cat] ?? []).map((a) => ({ page: p.path, cat, ...a }))));
  if (!lost.length) return;
  console.log('\nAudits below 1 in the median run (category: audit — score, value):');
  const byAudit = new Map();
  for (const a of lost) {
    const k = `${a.cat}: ${a.id}`;
    const e = byAudit.get(k) ?? { title: a.title, pages: [] };
    e.pages.push(`${a.page} ${a.score.toFixed(2)}${a.displayValue ? ` (${a.displayValue})` : ''}${a.weight === 0 ? ' [diagnostic, no weight]' : ''}${a.nodes ? ` — ${a.nodes.join(', ')}` : ''}`);
    byAudit.set(k, e);
  }
  for (const [k, e] of byAudit) console.log(`  ${k} — ${e.title}\n      ${e.pages.join('\n      ')}`);
}

function printTools(tools) {
  console.log('\n══ Scenario tools (Chromium, /en/) ══\n');
  const rows = [['tool', 'input→frame median', 'p95', '60 Hz median', '4× CPU median', 'JS gz (network)', 'JS gz (imports)']];
  rows.push(['target', `< ${TOOL_TARGETS.ms} ms`, '', '', '', `< ${kb(TOOL_TARGETS.gzipBytes)}`, '']);
  for (const t of tools) {
    rows.push([
      t.id,
      `${t.latency.medianMs.toFixed(1)} ms ${mark(t.latency.medianMs < TOOL_TARGETS.ms)}`,
      `${t.latency.p95Ms.toFixed(1)} ms`,
      `${t.vsync.medianMs.toFixed(1)} ms`,
      `${t.cpu4x.medianMs.toFixed(1)} ms`,
      `${kb(t.js.gzipBytes)} ${mark(t.js.gzipBytes < TOOL_TARGETS.gzipBytes)}`,
      kb(t.js.staticGzipBytes),
    ]);
  }
  console.log(table(rows));
}

function printExplorer(e) {
  if (!e) return;
  console.log(
    `\nTimeline explorer, filter change → frame (target < ${TOOL_TARGETS.ms} ms): median ${e.latency.medianMs.toFixed(1)} ms ${mark(e.latency.medianMs < TOOL_TARGETS.ms)} ` +
      `(script ${e.latency.scriptMedianMs.toFixed(1)} ms), p95 ${e.latency.p95Ms.toFixed(1)} ms, 4× CPU median ${e.cpu4x.medianMs.toFixed(1)} ms`,
  );
}

export function printReport(summary) {
  printLighthouse(summary);
  printTools(summary.tools);
  printExplorer(summary.explorer);
  console.log(`\nBuild time: ${summary.build ? `${summary.build.seconds.toFixed(1)} s` : 'skipped'}; Node ${summary.node}; ${summary.chromium ?? 'Chromium ?'}; Lighthouse ${summary.lighthouse}`);
}
