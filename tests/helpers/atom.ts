/**
 * Checks an Atom document with a real XML parser (jsdom's DOMParser, which
 * reports malformed XML) against what RFC 4287 requires: the feed and each
 * entry have exactly one id, title and updated (RFC 3339); an author (on the
 * feed or on every entry); entry ids unique IRIs; a link rel="alternate" or
 * content per entry; a link rel="self".
 */
import { JSDOM } from 'jsdom';

export const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
export const { DOMParser } = new JSDOM('').window;

/** Problems of an Atom document against RFC 4287's required elements. */
export function atomProblems(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return [`not well-formed XML: ${doc.getElementsByTagName('parsererror')[0]!.textContent}`];
  const problems: string[] = [];
  const feed = doc.documentElement;
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM) return ['root is not an Atom <feed>'];
  const kids = (el: Element, name: string) => Array.from(el.children).filter((c) => c.namespaceURI === ATOM && c.localName === name);
  const once = (el: Element, name: string, where: string) => {
    const found = kids(el, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}> (must be exactly one)`);
    return found[0];
  };
  for (const name of ['id', 'title', 'updated']) once(feed, name, 'feed');
  const feedUpdated = kids(feed, 'updated')[0]?.textContent ?? '';
  if (!RFC3339.test(feedUpdated)) problems.push(`feed: updated "${feedUpdated}" is not RFC 3339`);
  if (!kids(feed, 'link').some((l) => l.getAttribute('rel') === 'self')) problems.push('feed: no link rel="self"');
  const feedAuthor = kids(feed, 'author').length > 0;
  const ids = new Set<string>();
  kids(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i}`;
    const id = once(entry, 'id', where)?.textContent ?? '';
    once(entry, 'title', where);
    const updated = once(entry, 'updated', where)?.textContent ?? '';
    if (!RFC3339.test(updated)) problems.push(`${where}: updated "${updated}" is not RFC 3339`);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`${where}: id "${id}" is not an IRI`);
    if (ids.has(id)) problems.push(`${where}: duplicate id ${id}`);
    ids.add(id);
    if (!feedAuthor && kids(entry, 'author').length === 0) problems.push(`${where}: no author`);
    if (kids(entry, 'content').length === 0 && !kids(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) {
      problems.push(`${where}: neither content nor link rel="alternate"`);
    }
  });
  return problems;
}

