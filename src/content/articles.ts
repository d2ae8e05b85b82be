import { getCollection, type CollectionEntry } from 'astro:content';

/** Published articles in reading order (drafts are left out of production builds). */
export async function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  const all = await getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
