/**
 * Text measurement without a browser. The server has no fonts to measure
 * with, so widths are estimated from character classes of a typical sans
 * serif (close to DejaVu Sans, among the widest system fonts); CJK ideographs
 * and full-width punctuation are one em wide. Estimates err on the wide side
 * so labels do not collide in the reader's real font.
 */

const NARROW = new Set([...'fijlrtI!|.,:;\'`()[]{} ']);
const WIDE = new Set([...'mwMW@%&']);

/** Rough advance of one character, in ems. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  // CJK ideographs, kana, Hangul, CJK punctuation and full-width forms.
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  ) {
    return 1;
  }
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (cp > 0x2000 && cp < 0x2bff) return 0.8; // arrows, symbols, dashes
  return 0.6;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

const isCjk = (ch: string) => charWidth(ch) === 1;

/**
 * Breaks text into units that may end a line: words (with their trailing
 * space) for Latin text, single characters for CJK. Closing punctuation stays
 * with the character before it.
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isCjk(ch)) {
      if (/[，。、：；）」』！？]/.test(ch) && (word || units.length)) {
        if (word) {
          units.push(word + ch);
          word = '';
        } else units[units.length - 1] += ch;
        continue;
      }
      // A number or Latin word runs on into the ideograph after it ("10月", "2023年").
      units.push(word + ch);
      word = '';
    } else if (ch === ' ') {
      units.push(word + ' ');
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) units.push(word);
  return units;
}

/**
 * Greedy line wrapping to `maxWidth` pixels (with a little slack for fonts
 * wider than the estimate); never returns an empty list for non-empty text.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  maxWidth *= 0.94;
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const next = line + unit;
    if (line && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * A chart label that is never cut: the full text wrapped, or, where that needs more than two lines and
 * the data gives a short form (`shortTitle`, `shortAsk`), the short form wrapped. More than two lines only
 * when neither fits (the chart tests then fail and ask for a short form in the data).
 */
export function labelLines(full: string, short: string | undefined, maxWidth: number, fontSize: number): string[] {
  const lines = wrapText(full, maxWidth, fontSize);
  return lines.length > 2 && short ? wrapText(short, maxWidth, fontSize) : lines;
}

/** Shortens text to fit `maxWidth`, ending with an ellipsis when cut. For raster images only (src/lib/images); chart labels wrap. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const ell = '…';
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + ell, fontSize) > maxWidth) break;
    out += ch;
  }
  return out.trimEnd() + ell;
}
