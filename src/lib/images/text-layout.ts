/**
 * Text for build-time images (resvg does not wrap): the chart code's width
 * estimate and line breaking (src/lib/charts/text.ts), plus a line limit and
 * XML escaping.
 */
import { textWidth, truncateText, wrapText } from '../charts/text';

/** Lines no wider than maxWidth; the last allowed line ends with "…" when text remains. */
export function wrapLines(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines = wrapText(text.trim(), maxWidth, fontSize);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = textWidth(`${last}…`, fontSize) <= maxWidth ? `${last}…` : truncateText(last, maxWidth, fontSize);
  return kept;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
