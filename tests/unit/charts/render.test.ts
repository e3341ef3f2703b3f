import { describe, expect, it } from 'vitest';
import { renderChartVariants, renderStandaloneSvg, serializeSvg, VARIANTS } from '../../../src/lib/charts/render';
import { CHARTS } from '../../../src/lib/charts/registry';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasets, marksIn } from './helpers';

// jsdom ships without type declarations; only its strict XML parser is used here.
type XmlDom = { window: { document: Document } };
const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (text: string, options: { contentType: string }) => XmlDom };

describe('serializeSvg', () => {
  it('escapes text and attributes for XML and keeps SVG case', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const clip = document.createElementNS('http://www.w3.org/2000/svg', 'clipPath');
    clip.setAttribute('data-x', 'a & "b" <c>');
    const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    t.textContent = 'R&D <5nm>';
    svg.appendChild(clip);
    svg.appendChild(t);
    expect(serializeSvg(svg as never)).toBe('<svg><clipPath data-x="a &amp; &quot;b&quot; &lt;c&gt;"/><title>R&amp;D &lt;5nm&gt;</title></svg>');
  });
});

describe('rendering', () => {
  const { ds } = datasets()[0]!;

  it('renders every variant of every chart, with aria attributes', () => {
    for (const c of CHARTS) {
      const variants = renderChartVariants(c.id, ds, 'en', 'css', { labelledBy: `fig-${c.id}-title`, describedBy: `fig-${c.id}-summary` });
      expect(variants.map((v) => v.width)).toEqual(VARIANTS.map((v) => v.width));
      for (const v of variants) {
        for (const p of v.panels) {
          expect(p.svg).toMatch(/^<svg [^>]*role="img"/);
          expect(p.svg).toContain(`aria-labelledby="fig-${c.id}-title"`);
          expect(p.svg).toContain(`aria-describedby="fig-${c.id}-summary"`);
          expect(p.height).toBeGreaterThan(50);
          expect(p.svg).not.toContain('<style');
          expect(p.svg).not.toMatch(/<g [^>]*aria-label=/);
        }
      }
    }
  });

  it('uses theme colours through CSS custom properties', () => {
    const svg = renderChartVariants('ratchet', ds, 'en')[0]!.panels[0]!.svg;
    expect(svg).toContain('var(--series-1, #1f5fa8)');
    expect(svg).not.toMatch(/fill="(?!none|currentColor|var\()[^"]+"/);
    // Font and text colour come from one rule in charts.css, not from every inlined SVG.
    expect(svg).toMatch(/^<svg [^>]*style="font-size:\d+px"/);
    const css = readFileSync(resolve(__dirname, '../../../src/styles/charts.css'), 'utf8');
    const rule = /\.chart-svg \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain('font-family: var(--font-sans)');
    expect(rule).toContain('color: var(--ink)');
  });

  it('carries each mark tooltip once: in the narrow variant, whose marks the wider ones repeat in order', () => {
    for (const { ds: d } of datasets()) {
      for (const c of CHARTS) {
        const [narrow, ...wider] = renderChartVariants(c.id, d, 'zh-hant');
        narrow!.panels.forEach((panel, i) => {
          const marks = marksIn(panel.svg);
          expect(marks.length, `${c.id} ${panel.id}`).toBeGreaterThan(0);
          for (const m of marks) expect(m.title.trim(), `${c.id} ${m.key}`).not.toBe('');
          for (const v of wider) {
            const others = marksIn(v.panels[i]!.svg);
            expect(others.map((m) => m.key), `${c.id} ${v.name}`).toEqual(marks.map((m) => m.key));
            expect(others.filter((m) => m.title !== ''), `${c.id} ${v.name}`).toEqual([]);
          }
        });
      }
    }
  });

  it('writes a standalone SVG file that parses as XML and carries title, notes and sources', () => {
    for (const c of CHARTS) {
      for (const theme of ['light', 'dark'] as const) {
        const svg = renderStandaloneSvg(c.id, ds, { locale: 'zh-hant', theme });
        const dom = new JSDOM(svg, { contentType: 'image/svg+xml' });
        const root = dom.window.document.documentElement;
        expect(root.localName).toBe('svg');
        expect(root.querySelector('parsererror')).toBeNull();
        expect(svg).not.toContain('var(--');
        const text = root.textContent ?? '';
        expect(text).toContain(c.title['zh-hant']);
        expect(text).toContain(c.notes(ds, 'zh-hant')[0]!.slice(0, 8));
        expect(text).toContain(c.sourceLine(ds, 'zh-hant').slice(0, 6));
      }
    }
  });
});
