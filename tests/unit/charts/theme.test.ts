import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { color, TOKENS } from '../../../src/lib/charts/theme';

const css = readFileSync(resolve(__dirname, '../../../src/styles/tokens.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

describe('chart colours', () => {
  it('fall back to the same hex values as tokens.css', () => {
    const light = block(":root,\nhtml[data-theme='light']");
    const dark = block("html[data-theme='dark']");
    for (const [token, hex] of Object.entries(TOKENS.light)) expect(light[token], token).toBe(hex);
    for (const [token, hex] of Object.entries(TOKENS.dark)) expect(dark[token], token).toBe(hex);
  });

  it('are CSS variables on pages and plain hex in files', () => {
    expect(color('series-2')).toBe('var(--series-2, #b3261e)');
    expect(color('series-2', 'dark')).toBe('#ff8a80');
  });
});
