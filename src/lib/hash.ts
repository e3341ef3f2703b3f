/** The element id a URL hash names, decoded; undefined for an empty or malformed hash (never throws). */
export function hashId(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}
