/**
 * Line breaking for text drawn into build-time images (resvg does not wrap).
 * Widths are estimated from character classes: CJK ideographs and full-width
 * punctuation take one em, Latin letters about 0.55 em. Latin words are kept
 * whole; CJK text may break between any two characters, but never before
 * closing punctuation.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const NO_BREAK_BEFORE = /[，。、：；！？）」』】》〉,.;:!?)\]]/u;

export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.65;
  if (/[ il.,:;'|!]/.test(ch)) return 0.3;
  return 0.55;
}

export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, ch) => w + charWidth(ch), 0) * fontSize;
}

/** Tokens that must stay together: a Latin word (with trailing space) or one wide character. */
function tokens(text: string): string[] {
  return text.match(/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+|./gsu) ?? [];
}

/** Greedy wrap into lines no wider than maxWidth; the last allowed line ends with "…" if text remains. */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens(text.trim())) {
    const candidate = line + tok;
    if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth && !NO_BREAK_BEFORE.test(tok)) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
