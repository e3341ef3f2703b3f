/** The story's chapters for one language, in order, from the `story` content collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './schema';

export type Chapter = CollectionEntry<'story'>;

/** Chapter 8 (sources and method) has its own page; the rest make up the story page. */
export const SOURCES_CHAPTER = 8;

export async function getChapters(lang: Locale): Promise<Chapter[]> {
  const all = await getCollection('story', (e) => e.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.chapter - b.data.chapter);
}
