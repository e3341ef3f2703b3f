/**
 * Build-time images cannot use CSS custom properties: resolve `var(--x)` in an
 * SVG to the light theme's value from src/styles/tokens.css, so a PNG looks
 * like the chart on the page.
 */
import { readFileSync } from 'node:fs';

/** Custom properties of the first `:root` block in tokens.css (the light theme). */
export function lightTokens(css: string = readFileSync('src/styles/tokens.css', 'utf8')): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of css.matchAll(/(^|\n)(?::root|:root,\s*html\[data-theme='light'\])\s*\{([^}]*)\}/g)) {
    for (const [, name, value] of block[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) if (!out.has(name!)) out.set(name!, value!.trim());
  }
  return out;
}

/** Replaces var(--name) and var(--name, fallback) with concrete values; unknown names keep their fallback or become currentColor. */
export function resolveCssVars(svg: string, tokens: Map<string, string>): string {
  return svg.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)/g, (_m, name: string, fallback?: string) => tokens.get(name) ?? fallback?.trim() ?? 'currentColor');
}
