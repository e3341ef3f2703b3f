/**
 * Colours for chart marks. Every colour is a CSS custom property from
 * src/styles/tokens.css, so the page's light/dark theme recolours the server
 * SVG without re-rendering. The hex after the comma is only a fallback for an
 * SVG shown outside the page (a download); keep it in step with tokens.css
 * (tests/unit/charts/theme.test.ts checks).
 */
import type { ThemeName } from './types';

export const TOKEN_NAMES = ['ink', 'muted', 'grid', 'rule', 'bg', 'surface', 'accent', 'accent-fill', 'series-1', 'series-2', 'series-3', 'series-4', 'series-5'] as const;
export type Token = (typeof TOKEN_NAMES)[number];

export const TOKENS: Record<'light' | 'dark', Record<Token, string>> = {
  light: {
    ink: '#1a1a1a',
    muted: '#555555',
    grid: '#e4e4e0',
    rule: '#d0d0cc',
    bg: '#ffffff',
    surface: '#f4f4f1',
    accent: '#1a1a1a',
    'accent-fill': '#ffd43b',
    'series-1': '#1f5fa8',
    'series-2': '#b3261e',
    'series-3': '#00786c',
    'series-4': '#8a5a00',
    'series-5': '#6a3d9a',
  },
  dark: {
    ink: '#ececec',
    muted: '#b0b0b0',
    grid: '#2c2c2c',
    rule: '#3a3a3a',
    bg: '#121212',
    surface: '#1e1e1e',
    accent: '#ececec',
    'accent-fill': '#ffd43b',
    'series-1': '#7fb2ee',
    'series-2': '#ff8a80',
    'series-3': '#4cc4aa',
    'series-4': '#e0b050',
    'series-5': '#c5a3e8',
  },
};

/**
 * What a spec passes to Plot as a constant fill or stroke: `var(--token, #light)`
 * on pages (the page's theme decides), a plain hex for a file lifted out of the
 * page (renderers such as resvg do not read CSS variables).
 */
export function color(token: Token, theme: ThemeName = 'css'): string {
  if (theme === 'css') return `var(--${token}, ${TOKENS.light[token]})`;
  return TOKENS[theme][token];
}

/** A colour function bound to one theme. */
export function palette(theme: ThemeName = 'css'): (token: Token) => string {
  return (token) => color(token, theme);
}

/** The font stack of tokens.css (--font-sans), for SVG files read outside the page. */
export const FONT_STACK =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI Variable Text', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang TC', 'Hiragino Sans CNS', 'Microsoft JhengHei UI', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC', sans-serif";

/**
 * The SVG root's style: text inherits the page's ink colour and font. On
 * pages ('css') src/styles/charts.css sets all but the size once for every
 * chart; files read outside the page carry the whole style.
 */
export function svgStyle(fontSize: number, theme: ThemeName = 'css'): Record<string, string> {
  if (theme === 'css') return { fontSize: `${fontSize}px` };
  return {
    fontFamily: FONT_STACK,
    fontSize: `${fontSize}px`,
    color: color('ink', theme),
    background: 'transparent',
    overflow: 'visible',
  };
}

/** Size and margins of one Plot panel, in CSS px. */
export interface PanelFrame {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

/** The Plot options every panel shares: its frame, the class pages style it by, and the theme's text style. */
export function panelOptions(frame: PanelFrame, fontSize: number, theme: ThemeName = 'css') {
  return { ...frame, className: 'chart-svg', style: svgStyle(fontSize, theme) };
}
