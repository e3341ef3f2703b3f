/**
 * Tagging of data marks. Every SVG element that stands for one data row gets
 * - class="chart-mark" (what tests count and chart-enhance.ts makes focusable),
 * - data-key: the row's key, the same key its data-table row carries,
 * - data-group (optional): marks that highlight together (one event in several lanes),
 * - data-order (optional): position in keyboard order when not the DOM order,
 * - a <title> with the row's tooltip text: a native tooltip without JavaScript,
 *   turned into a styled, keyboard-reachable tooltip by chart-enhance.ts.
 *
 * This is a Plot render transform: it runs Plot's own render, then walks the
 * children, which Plot appends one per index entry, in index order.
 */
import type { RenderFunction } from '@observablehq/plot';

export const MARK_CLASS = 'chart-mark';
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MarkTag<T> {
  key: (d: T) => string;
  tip: (d: T) => string;
  group?: (d: T) => string;
  order?: (d: T) => number;
  /** Extra data- attributes, e.g. { part: "ask" }. */
  attrs?: (d: T) => Record<string, string>;
}

export function tagMarks<T>(data: readonly T[], tag: MarkTag<T>): RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    const doc = context.document;
    const children = Array.from(g.children);
    if (children.length !== index.length) {
      throw new Error(`tagMarks: ${children.length} elements for ${index.length} rows; a mark drew grouped shapes`);
    }
    children.forEach((el, j) => {
      const d = data[index[j]!]!;
      const cls = el.getAttribute('class');
      el.setAttribute('class', cls ? `${cls} ${MARK_CLASS}` : MARK_CLASS);
      el.setAttribute('data-key', tag.key(d));
      if (tag.group) el.setAttribute('data-group', tag.group(d));
      if (tag.order) el.setAttribute('data-order', String(tag.order(d)));
      if (tag.attrs) for (const [k, v] of Object.entries(tag.attrs(d))) el.setAttribute(`data-${k}`, v);
      const title = doc.createElementNS(SVG_NS, 'title');
      title.textContent = tag.tip(d);
      el.appendChild(title);
    });
    return g;
  };
}

/** Options for marks that only decorate (grid, labels already in the table): hidden from assistive tech. */
export const DECOR = { ariaHidden: 'true' } as const;
