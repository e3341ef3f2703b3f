/**
 * Server rendering of chart specs to SVG strings, at build time. Plot draws
 * into a linkedom document; we serialise the result ourselves so the markup
 * is the same whether it is inlined in HTML or saved as a standalone .svg
 * (attributes and text are escaped for XML, xmlns is set).
 *
 * Plot never reaches the browser: pages inline these strings, and
 * src/scripts/chart-enhance.ts adds tooltips and keyboard focus on top.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Dataset } from '../data';
import type { Locale } from '../schema';
import { chartStrings } from '../i18n/charts';
import { chartEntry } from './registry';
import { wrapText } from './text';
import { color, svgStyle } from './theme';
import { MARK_CLASS } from './marks';
import type { ChartContext, ChartId, ChartPanel, ThemeName } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The widths each chart is drawn at; CSS container queries pick one (see src/styles/charts.css). */
export const VARIANTS = [
  { name: 'narrow', width: 360 },
  { name: 'medium', width: 640 },
  { name: 'wide', width: 960 },
] as const;
export type VariantName = (typeof VARIANTS)[number]['name'];

export interface RenderedPanel {
  id: string;
  heading?: string;
  /** viewBox size, px. */
  width: number;
  height: number;
  svg: string;
}

export interface RenderedVariant {
  name: VariantName;
  width: number;
  panels: RenderedPanel[];
}

export interface SvgAria {
  /** id of the element holding the chart's title. */
  labelledBy?: string;
  /** id of the element holding the text alternative. */
  describedBy?: string;
}

/* ------------------------------------------------------------ serialiser */

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/** Geometry attributes whose numbers are rounded to 0.01 px: smaller pages, same picture. */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points', 'dx', 'dy']);
const roundNumbers = (v: string) => v.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));

/** XML-safe serialisation of an SVG subtree (elements, attributes, text; comments dropped). */
export function serializeSvg(node: MinimalNode): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  // localName keeps SVG's own case (clipPath); nodeName is upper-cased by HTML documents.
  const name = node.localName ?? node.nodeName.toLowerCase();
  const attrs = Array.from(node.attributes ?? [])
    .map((a) => ` ${a.name}="${escapeAttr(GEOMETRY.has(a.name) ? roundNumbers(a.value) : a.value)}"`)
    .join('');
  const children = Array.from(node.childNodes).map(serializeSvg).join('');
  return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`;
}

/* ------------------------------------------------------------ rendering */

function newDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/** Draws one panel and returns its root element (still in the linkedom document). */
function drawPanel(panel: ChartPanel, doc: Document): SVGSVGElement {
  const el = Plot.plot({ ...panel.options, document: doc }) as unknown as SVGSVGElement;
  if (el.nodeName.toLowerCase() !== 'svg') throw new Error(`chart panel "${panel.id}" rendered a <${el.nodeName}>, expected <svg> (legends are not used)`);
  // Plot's own <style> only sets display/max-width; src/styles/charts.css does that for every chart.
  for (const style of Array.from(el.querySelectorAll('style'))) style.remove();
  // Plot names each mark's group by its type ("dot", "rect"): noise to a screen reader, and aria-label
  // is not allowed on an SVG group without a role once the marks inside carry no <title>.
  for (const g of Array.from(el.querySelectorAll('g[aria-label]'))) g.removeAttribute('aria-label');
  // Plot marks numeric axes with font-variant="tabular-nums", which is CSS, not an SVG presentation
  // attribute (the Nu checker rejects it); .chart-svg text sets tabular figures for every chart instead.
  for (const g of Array.from(el.querySelectorAll('g[font-variant]'))) g.removeAttribute('font-variant');
  el.setAttribute('xmlns', SVG_NS);
  el.setAttribute('data-panel', panel.id);
  return el;
}

function applyAria(el: Element, aria: SvgAria) {
  el.setAttribute('role', 'img');
  if (aria.labelledBy) el.setAttribute('aria-labelledby', aria.labelledBy);
  if (aria.describedBy) el.setAttribute('aria-describedby', aria.describedBy);
}

/**
 * Draws panels to SVG strings. `markTitles: false` drops the marks' <title>
 * tooltips: a page that inlines several width variants keeps them in one
 * (the narrow one) and chart-enhance.ts lends them to the others, which draw
 * the same marks in the same order (a test checks), so the page carries each
 * tooltip once.
 */
export function renderPanels(panels: ChartPanel[], aria: SvgAria = {}, { markTitles = true }: { markTitles?: boolean } = {}): RenderedPanel[] {
  const doc = newDocument();
  return panels.map((panel) => {
    const el = drawPanel(panel, doc);
    applyAria(el, aria);
    if (!markTitles) for (const title of Array.from(el.querySelectorAll(`.${MARK_CLASS} > title`))) title.remove();
    return {
      id: panel.id,
      ...(panel.heading ? { heading: panel.heading } : {}),
      width: Number(panel.options.width),
      height: Number(panel.options.height),
      svg: serializeSvg(el as unknown as MinimalNode),
    };
  });
}

export function renderChart(id: ChartId, ds: Dataset, ctx: ChartContext, aria: SvgAria = {}, options: { markTitles?: boolean } = {}): RenderedPanel[] {
  return renderPanels(chartEntry(id).spec(ds, ctx), aria, options);
}

/** Every width variant of a chart, for a page in `locale`; only the first (narrow) one carries the marks' tooltip titles. */
export function renderChartVariants(id: ChartId, ds: Dataset, locale: Locale, theme: ThemeName = 'css', aria: SvgAria = {}): RenderedVariant[] {
  return VARIANTS.map((v, i) => ({
    name: v.name,
    width: v.width,
    panels: renderChart(id, ds, { locale, width: v.width, theme }, aria, { markTitles: i === 0 }),
  }));
}

/* ------------------------------------------------------------ standalone file */

export interface StandaloneOptions {
  locale: Locale;
  width?: number;
  theme?: 'light' | 'dark';
}

/**
 * One self-contained SVG file with the chart's title, subtitle, panels, notes
 * and source line, for downloads and slides: the chart travels with its
 * context. Colours fall back to the chosen theme's hex values.
 */
export function renderStandaloneSvg(id: ChartId, ds: Dataset, options: StandaloneOptions): string {
  const { locale, width = 960, theme = 'light' } = options;
  const entry = chartEntry(id);
  const f = chartStrings(locale).figure;
  const pad = 16;
  const inner = width - pad * 2;
  const doc = newDocument();
  const out: string[] = [];
  let y = pad;
  const text = (str: string, size: number, weight: number, fill: string) => {
    for (const line of wrapText(str, inner, size)) {
      y += size * 1.3;
      out.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeText(line)}</text>`);
    }
  };
  text(entry.title[locale], 20, 700, color('ink', theme));
  text(entry.subtitle[locale], 14, 400, color('muted', theme));
  y += 10;
  for (const panel of entry.spec(ds, { locale, width: inner, theme })) {
    if (panel.heading) {
      text(panel.heading, 13, 600, color('ink', theme));
      y += 4;
    }
    const el = drawPanel(panel, doc);
    el.setAttribute('x', String(pad));
    el.setAttribute('y', y.toFixed(1));
    out.push(serializeSvg(el as unknown as MinimalNode));
    y += Number(panel.options.height) + 8;
  }
  y += 4;
  for (const note of entry.notes(ds, locale)) text(note, 11, 400, color('muted', theme));
  y += 4;
  text(`${f.sources}: ${entry.sourceLine(ds, locale)}`, 11, 400, color('muted', theme));
  y += pad;
  const style = svgStyle(12, theme);
  const styleAttr = `font-family:${style.fontFamily};color:${style.color}`;
  return (
    `<svg xmlns="${SVG_NS}" width="${width}" height="${Math.ceil(y)}" viewBox="0 0 ${width} ${Math.ceil(y)}" style="${escapeAttr(styleAttr)}" role="img" aria-label="${escapeAttr(entry.title[locale])}">` +
    `<rect width="100%" height="100%" fill="${color('bg', theme)}"/>` +
    out.join('') +
    `</svg>`
  );
}
