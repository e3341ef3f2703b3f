import { describe, expect, it } from 'vitest';
import { escapeXml, wrapLines as wrapText } from '../../src/lib/images/text-layout';
import { textWidth } from '../../src/lib/charts/text';
import { withoutCssVars } from '../../src/lib/images/render-png';
import { TOKENS } from '../../src/lib/charts/theme';

describe('wrapText', () => {
  it('keeps Latin words whole and respects the width', () => {
    const lines = wrapText('The chip ratchet: how export controls tightened from 2018 to 2025', 600, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 40)).toBeLessThanOrEqual(600);
    expect(lines.join(' ')).toBe('The chip ratchet: how export controls tightened from 2018 to 2025');
  });

  it('breaks Chinese between characters but not before closing punctuation', () => {
    const lines = wrapText('美國出口管制又一次收緊，中國與先進製程的差距持續擴大。', 400, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。]/);
    expect(lines.join('')).toBe('美國出口管制又一次收緊，中國與先進製程的差距持續擴大。');
  });

  it('ends the last allowed line with an ellipsis when text remains', () => {
    const lines = wrapText('word '.repeat(100), 200, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });

  it('escapes XML', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});

describe('withoutCssVars', () => {
  it('replaces CSS variables by the light values the chart code writes as fallbacks', () => {
    const svg = `<rect fill="var(--series-1, ${TOKENS.light['series-1']})" style="font-family:var(--font-sans, system-ui, 'PingFang TC', sans-serif)"/>`;
    expect(withoutCssVars(svg)).toBe(`<rect fill="${TOKENS.light['series-1']}" style="font-family:system-ui, 'PingFang TC', sans-serif"/>`);
  });
});
