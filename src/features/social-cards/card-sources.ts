import { SITE_NAME } from '../../../site.config.mjs';
import { getResourceDescriptor, getResourceNames } from '../../data';
import { getArticles } from '../../content/articles';
import { charts } from '../../charts';
import { chartBundle } from '../../outputs/chart-bundle';
import type { SocialCardInput } from './';
import { SITE_CARD } from './cards';
import { SITE_DESCRIPTION } from '../../lib/site-meta';

/** A social card to generate: what it shows and its alt text. */
export interface CardSource extends SocialCardInput {
  alt: string;
}

/**
 * Every page that has its own social card, by card key (the page's path below the base, e.g.
 * "articles/x", "data/oli-monthly"). The og route renders each; SeoHead uses it for any page whose
 * key is here, so a new kind of page gets cards by adding it once, in this function.
 */
export function cardSources(): Promise<Map<string, CardSource>> {
  // Every page's <head> asks; the answer cannot change during one build.
  cached ??= collect();
  return cached;
}

let cached: Promise<Map<string, CardSource>> | undefined;

async function collect(): Promise<Map<string, CardSource>> {
  const cards = new Map<string, CardSource>();
  cards.set(SITE_CARD, { title: SITE_NAME, subtitle: SITE_DESCRIPTION, kicker: 'Research explainer', alt: `${SITE_NAME}: research explainer` });
  for (const a of await getArticles()) {
    cards.set(`articles/${a.id}`, { title: a.data.title, subtitle: a.data.dek, kicker: 'Explainer', alt: `${a.data.title}: ${a.data.dek}` });
  }
  for (const c of charts) {
    // The chart's own wide drawing, in the file font the card's rasteriser has, placed under its title.
    const b = await chartBundle(c.id);
    cards.set(`charts/${c.id}`, { title: c.title, subtitle: c.dek, kicker: 'Chart', chart: b.fileDrawing, alt: `Chart: ${c.title}. ${b.description.alt}` });
  }
  for (const name of getResourceNames()) {
    const d = getResourceDescriptor(name);
    cards.set(`data/${name}`, { title: d.title, subtitle: firstSentence(d.description), kicker: 'Dataset', alt: `Dataset: ${d.title}` });
  }
  return cards;
}

/** The first sentence of a description (cards have room for one). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return (m?.[1] ?? text).trim();
}
