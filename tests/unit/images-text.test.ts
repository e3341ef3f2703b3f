import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from '../../src/lib/images/text-layout';
import { lightTokens, resolveCssVars } from '../../src/lib/images/css-vars';

describe('wrapText', () => {
  it('keeps Latin words whole and respects the width', () => {
    const lines = wrapText('The chip ratchet: how export controls tightened from 2018 to 2025', 40, 600);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 40)).toBeLessThanOrEqual(600);
    expect(lines.join(' ')).toBe('The chip ratchet: how export controls tightened from 2018 to 2025');
  });

  it('breaks Chinese between characters but not before closing punctuation', () => {
    const lines = wrapText('美國出口管制又一次收緊，中國與先進製程的差距持續擴大。', 40, 400);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。]/);
    expect(lines.join('')).toBe('美國出口管制又一次收緊，中國與先進製程的差距持續擴大。');
  });

  it('ends the last allowed line with an ellipsis when text remains', () => {
    const lines = wrapText('word '.repeat(100), 20, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });

  it('escapes XML', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});

describe('resolveCssVars', () => {
  it('takes light-theme values from tokens.css', () => {
    const tokens = lightTokens();
    expect(tokens.get('--bg')).toBe('#ffffff');
    expect(tokens.get('--series-1')).toMatch(/^#[0-9a-f]{6}$/);
    expect(resolveCssVars('<rect fill="var(--series-1)" stroke="var(--nope, #123456)"/>', tokens)).toBe(`<rect fill="${tokens.get('--series-1')}" stroke="#123456"/>`);
  });
});
