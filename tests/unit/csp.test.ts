import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cspFor, inlineScripts, withCspMeta } from '../../src/lib/csp';

const page = `<!doctype html><html><head><meta charset="utf-8"><script>var a=1</script><script type="module" src="/x.js"></script>
<script type="application/ld+json">{"a":1}</script></head><body><script type="module">import '/y.js'</script></body></html>`;

describe('CSP', () => {
  it('finds only the inline scripts a browser would run', () => {
    expect(inlineScripts(page)).toEqual(['var a=1', "import '/y.js'"]);
  });

  it('puts a meta policy after the charset that allows exactly those scripts', () => {
    const { html, hashes } = withCspMeta(page);
    const expected = `'sha256-${createHash('sha256').update('var a=1').digest('base64')}'`;
    expect(hashes).toContain(expected);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    const policy = /content="([^"]*)"/.exec(html.slice(html.indexOf('http-equiv')))![1]!;
    expect(policy).toContain(expected);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("default-src 'self'");
  });

  it('never allows unsafe-inline or unsafe-eval scripts', () => {
    expect(cspFor([]).split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });
});
