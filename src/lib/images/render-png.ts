/**
 * Build-time PNGs: chart downloads (src/lib/embed/files.ts rasterises the
 * standalone chart SVG) and 1200×630 Open Graph cards. Drawn as SVG
 * and rasterised by resvg with Noto Sans TC, or Noto Sans SC for the
 * Simplified edition (both OFL; each covers Latin and its script with that
 * script's glyph shapes); no system fonts are used, so the output is the same
 * on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { escapeXml, wrapLines } from './text-layout';
import { TOKENS, type Token } from '../charts/theme';
import type { Locale } from '../schema';

const require = createRequire(import.meta.url);
const FONTS = {
  tc: {
    family: 'Noto Sans TC',
    files: [
      require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf'),
      require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf'),
    ],
  },
  sc: {
    family: 'Noto Sans SC',
    files: [
      require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
      require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
    ],
  },
} as const;

/** The face an image in this edition is set in: Simplified glyph shapes for zh-hans, Traditional otherwise. */
export function imageFont(lang: Locale): { family: string; files: readonly string[] } {
  return lang === 'zh-hans' ? FONTS.sc : FONTS.tc;
}

/** Images use the light theme (the chart palette, tested against tokens.css). */
const color = (token: Token) => TOKENS.light[token];

/** resvg reads no CSS variables: take each var()'s fallback, which the chart code writes as the light value. */
export function withoutCssVars(svg: string): string {
  return svg.replace(/var\(\s*--[\w-]+\s*,\s*([^)]+?)\s*\)/g, '$1');
}

export function rasterise(svg: string, lang: Locale): Buffer {
  const { family, files } = imageFont(lang);
  // Every family the SVG names (PingFang TC, system-ui…) is missing here, so all text falls back to the edition's face.
  const font = { fontFiles: [...files], loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family, serifFamily: family };
  const r = new Resvg(svg, { font, background: color('bg') });
  return r.render().asPng();
}

/** Width and height an SVG draws at, from its viewBox (or width/height). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const vb = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const w = /\swidth="([\d.]+)"/.exec(open);
  const h = /\sheight="([\d.]+)"/.exec(open);
  if (w && h) return { width: Number(w[1]), height: Number(h[1]) };
  throw new Error('SVG has neither a viewBox nor width and height');
}

/** The chart SVG placed at (x, y), scaled to `width`, without CSS variables. */
function placed(svg: string, x: number, y: number, width: number, family: string): { markup: string; height: number } {
  const size = svgSize(svg);
  const height = (size.height / size.width) * width;
  const inner = withoutCssVars(svg).replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const markup = `<svg x="${x}" y="${y}" overflow="visible" width="${width}" height="${height.toFixed(1)}" viewBox="0 0 ${size.width} ${size.height}" font-family="${family}" color="${color('ink')}">${inner}</svg>`;
  return { markup, height };
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, fill: string, family: string, weight = 400): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${(y + i * lineHeight).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${family}">${escapeXml(l)}</text>`)
    .join('');
}

export interface OgCard {
  kicker: string;
  title: string;
  dek?: string;
  footer: string;
  /** Optional chart drawn on the right half. */
  chartSvg?: string;
}

/** A 1200×630 Open Graph image. */
export function ogPng({ kicker, title, dek, footer, chartSvg }: OgCard, lang: Locale): Buffer {
  const { family } = imageFont(lang);
  const W = 1200;
  const H = 630;
  const pad = 56;
  const textWidth = chartSvg ? 560 : W - pad * 2;
  const titleLines = wrapLines(title, textWidth, 52, 4);
  const parts = [
    `<rect width="${W}" height="8" fill="${color('accent')}"/>`,
    textLines([kicker], pad, pad + 36, 26, 32, color('accent'), family, 700),
    textLines(titleLines, pad, pad + 110, 52, 64, color('ink'), family, 700),
  ];
  const afterTitle = pad + 110 + (titleLines.length - 1) * 64 + 56;
  if (dek) parts.push(textLines(wrapLines(dek, textWidth, 26, Math.max(1, Math.floor((H - 90 - afterTitle) / 36))), pad, afterTitle, 26, 36, color('muted'), family));
  if (chartSvg) {
    const size = svgSize(chartSvg);
    const maxW = W - textWidth - pad * 3;
    const maxH = H - pad * 2 - 40;
    const w = Math.min(maxW, (size.width / size.height) * maxH);
    parts.push(placed(chartSvg, W - pad - w, pad + 20, w, family).markup);
  }
  parts.push(textLines([footer], pad, H - 36, 20, 26, color('muted'), family));
  return rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${color('bg')}"/>${parts.join('')}</svg>`, lang);
}
