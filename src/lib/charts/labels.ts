/**
 * Greedy placement of direct labels beside points, in pixel space: try right,
 * left, above, below and the diagonals; keep the first spot that stays inside
 * the plot and clear of every point and every label already placed. Labels
 * that find no spot are dropped (the point keeps its tooltip and table row).
 */
import { textWidth } from './text';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelInput {
  id: string;
  /** Pixel position of the point the label belongs to. */
  x: number;
  y: number;
  /** Radius of the point, px. */
  r: number;
  text: string;
  /** Higher is placed first. */
  priority?: number;
  /** Only these sides are tried, in this order. */
  sides?: Side[];
}

export type Side = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';
export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  text: string;
  /** Pixel position of the text anchor; y is the vertical middle of the line. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

const DEFAULT_SIDES: Side[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

function candidate(p: LabelInput, side: Side, h: number, gap: number): { x: number; y: number; anchor: Anchor } {
  const d = p.r + gap;
  const diag = p.r * 0.7 + gap;
  switch (side) {
    case 'right':
      return { x: p.x + d, y: p.y, anchor: 'start' };
    case 'left':
      return { x: p.x - d, y: p.y, anchor: 'end' };
    case 'top':
      return { x: p.x, y: p.y - d - h / 2, anchor: 'middle' };
    case 'bottom':
      return { x: p.x, y: p.y + d + h / 2, anchor: 'middle' };
    case 'top-right':
      return { x: p.x + diag, y: p.y - diag - h / 2 + 2, anchor: 'start' };
    case 'bottom-right':
      return { x: p.x + diag, y: p.y + diag + h / 2 - 2, anchor: 'start' };
    case 'top-left':
      return { x: p.x - diag, y: p.y - diag - h / 2 + 2, anchor: 'end' };
    case 'bottom-left':
      return { x: p.x - diag, y: p.y + diag + h / 2 - 2, anchor: 'end' };
  }
}

export function labelBox(x: number, y: number, anchor: Anchor, w: number, h: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

export interface PlaceOptions {
  fontSize: number;
  bounds: Box;
  /** Areas no label may cover (other marks, annotations). */
  obstacles?: Box[];
  gap?: number;
  /** How many rings of candidate spots to try, each a little farther out (default 2). */
  rings?: number;
}

export function placeLabels(inputs: readonly LabelInput[], options: PlaceOptions): PlacedLabel[] {
  const { fontSize, bounds, gap = 3, rings = 2 } = options;
  const h = fontSize * 1.15;
  const pointBoxes = inputs.map((p) => ({ id: p.id, box: { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r } }));
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  const order = [...inputs].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  for (const p of order) {
    const w = textWidth(p.text, fontSize);
    search: for (let ring = 0; ring < rings; ring++) {
      for (const side of p.sides ?? DEFAULT_SIDES) {
        const c = candidate(p, side, h, gap + ring * h * 0.8);
        const box = labelBox(c.x, c.y, c.anchor, w, h);
        if (!inside(box, bounds)) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        if (pointBoxes.some((q) => q.id !== p.id && overlaps(q.box, box))) continue;
        taken.push(box);
        placed.push({ id: p.id, text: p.text, ...c, box });
        break search;
      }
    }
  }
  return placed;
}

/**
 * Spreads labels stacked on one vertical line so they are at least `minGap`
 * apart, keeping them as near their wanted positions as possible and inside
 * [lo, hi]. Input order does not matter; output is in input order.
 */
export function spreadVertically(ys: readonly number[], minGap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = order.map((o) => o.y);
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + minGap);
  if (out.length && out[out.length - 1]! > hi) {
    out[out.length - 1] = hi;
    for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - minGap);
  }
  if (out.length && out[0]! < lo) {
    out[0] = lo;
    for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + minGap);
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}
