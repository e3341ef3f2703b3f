/**
 * The Simplified Chinese edition at build time (and in `astro dev`, and under Vitest, which loads this
 * config):
 *
 * 1. Writes content/story/zh-hans/*.mdx and content/teach/zh-hans.mdx from their zh-hant originals
 *    through hansMdx (git-ignored; rewritten whenever an original changes under `npm start`).
 * 2. Compiles the `withHans(…)` and `byScript(…)` macros (src/lib/i18n/with-hans.ts) in every module Vite loads,
 *    server and browser alike, so an island renders the same Simplified text before and after hydration
 *    and the browser never loads OpenCC.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import { hansMdx, toHans } from '../lib/i18n/hans.ts';

const GENERATED_NOTE = (from: string) =>
  `{/* Generated from ${from} by src/integrations/zh-hans.ts at build time: edit that file, not this one. */}\n`;

/** The derived MDX files: [original, derived] paths relative to the project root. */
export function hansContentFiles(root: string): [string, string][] {
  const storyFrom = join('content', 'story', 'zh-hant');
  const pairs: [string, string][] = readdirSync(join(root, storyFrom))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => [join(storyFrom, f), join('content', 'story', 'zh-hans', f)]);
  pairs.push([join('content', 'teach', 'zh-hant.mdx'), join('content', 'teach', 'zh-hans.mdx')]);
  return pairs;
}

/** One MDX file in Simplified, with a note after the frontmatter saying where it came from. */
export function deriveMdx(source: string, fromPath: string): string {
  const converted = hansMdx(source);
  const fm = /^---\n[\s\S]*?\n---\n/.exec(converted);
  const at = fm ? fm[0].length : 0;
  return `${converted.slice(0, at)}${GENERATED_NOTE(fromPath)}${converted.slice(at)}`;
}

export function writeHansContent(root: string): number {
  const pairs = hansContentFiles(root);
  const storyOut = join(root, 'content', 'story', 'zh-hans');
  mkdirSync(storyOut, { recursive: true });
  // A chapter removed from zh-hant leaves no orphan behind.
  const wanted = new Set(pairs.map(([, to]) => resolve(root, to)));
  for (const f of readdirSync(storyOut)) if (!wanted.has(resolve(storyOut, f))) rmSync(join(storyOut, f));
  let written = 0;
  for (const [from, to] of pairs) {
    const next = deriveMdx(readFileSync(join(root, from), 'utf8'), from);
    const target = join(root, to);
    // Unchanged files are left alone, so the dev server's watcher does not see a change that is not one.
    if (existsSync(target) && readFileSync(target, 'utf8') === next) continue;
    writeFileSync(target, next);
    written++;
  }
  return written;
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const MACROS = ['withHans', 'byScript'] as const;
type Macro = (typeof MACROS)[number];
const isMacro = (name: unknown): name is Macro => (MACROS as readonly unknown[]).includes(name);

/** Macro calls, outermost only: a call inside another's argument is compiled with that argument. */
function* calls(node: unknown): Generator<{ macro: Macro; call: Node }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* calls(n);
    return;
  }
  const n = node as Node;
  const callee = n.callee as { type?: string; name?: unknown } | undefined;
  if (n.type === 'CallExpression' && callee?.type === 'Identifier' && isMacro(callee.name)) {
    yield { macro: callee.name, call: n };
    return;
  }
  for (const key of Object.keys(n)) if (key !== 'start' && key !== 'end') yield* calls(n[key]);
}

/**
 * Replaces each `withHans(EXPR)` with an expression that evaluates EXPR and a Simplified copy of its
 * source text, and adds the copy's entry as `zh-hans`. The copy is EXPR's text through toHans (safe: it
 * changes only Han characters and corner brackets, never the JavaScript around them) with every
 * 'zh-hant' string literal made 'zh-hans', so the copy's own key, and any reference inside it to another
 * table's Traditional entry (`TOOL_LINK['zh-hant']`) or a test of the language, name the Simplified edition.
 * Only the copy's zh-hans entry is used, so Chinese text in an `en` entry stays as written.
 */
export function simplifiedSource(src: string): string {
  return toHans(src).replace(/(['"`])zh-hant\1/g, '$1zh-hans$1');
}

/** The compiled form of one macro call, given its argument's (already compiled) source text. */
function expand(macro: Macro, src: string): string {
  const hans = simplifiedSource(src);
  if (macro === 'withHans') return `Object.assign((${src}), { "zh-hans": (${hans})["zh-hans"] })`;
  return `((hant, hans) => function (lang, ...rest) { return (lang === "zh-hans" ? hans : hant).call(this, lang, ...rest); })((${src}), (${hans}))`;
}

/** Expands every withHans(…) and byScript(…) call in a module; null when it has none. */
export function compileMacros(code: string): string | null {
  if (!MACROS.some((m) => code.includes(`${m}(`))) return null;
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const found = [...calls(ast)];
  if (found.length === 0) return null;
  let out = '';
  let at = 0;
  for (const { macro, call } of found) {
    const args = call.arguments as Node[];
    if (args.length !== 1) throw new Error(`${macro}() takes one argument (at offset ${call.start})`);
    const arg = code.slice(args[0]!.start, args[0]!.end);
    // Macros inside the argument (a table used in a byScript function) are compiled first.
    out += code.slice(at, call.start) + expand(macro, compileMacros(`(${arg})`) ?? arg);
    at = call.end;
  }
  return out + code.slice(at);
}

export function withHansPlugin(): Plugin {
  return {
    name: 'zh-hans-with-hans',
    transform(code, id) {
      if (id.includes('/node_modules/') || id.endsWith('/with-hans.ts')) return null;
      if (!/\.(ts|js|mjs|svelte)(\?|$)/.test(id)) return null;
      const compiled = compileMacros(code);
      return compiled === null ? null : { code: compiled, map: null };
    },
  };
}

export function zhHansIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'zh-hans',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        root = config.root instanceof URL ? config.root.pathname : String(config.root);
        const n = writeHansContent(root);
        if (n > 0) logger.info(`derived ${n} Simplified Chinese MDX file(s) from zh-hant`);
        updateConfig({ vite: { plugins: [withHansPlugin()] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        const sources = [join(root, 'content', 'story', 'zh-hant'), join(root, 'content', 'teach', 'zh-hant.mdx')];
        // The terms file is read once per process: after editing it, restart `npm start`.
        const refresh = (file: string) => {
          if (!sources.some((s) => file.startsWith(s))) return;
          const n = writeHansContent(root);
          if (n > 0) logger.info(`re-derived ${n} Simplified Chinese MDX file(s)`);
        };
        server.watcher.on('change', refresh);
        server.watcher.on('add', refresh);
        server.watcher.on('unlink', refresh);
      },
    },
  };
}
