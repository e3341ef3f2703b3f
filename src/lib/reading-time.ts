/**
 * Reading time of a chapter's source text, in minutes. English is counted in
 * words (230 a minute), Chinese in characters (400 a minute); MDX tags and
 * attributes are not read, so they are dropped first.
 */
export function readingMinutes(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/u, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\{[^}]*\}/gu, ' ');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
  return han / 400 + words / 230;
}
