import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { SITE_NAME, SITE_SHORT_NAME } from '../../site.config.mjs';
import { absoluteUrl } from '../lib/routes';

/** Year the site is cited with: the year of its first publication, so every build cites it the same way. */
export const SITE_CITE_YEAR = 2026;

function apa(item: Record<string, unknown>): string {
  return String(new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
}

/** An APA (en-US) reference for the whole site. */
export function siteCitation(): string {
  return apa({
    id: 'site',
    type: 'webpage',
    title: SITE_NAME,
    author: [{ literal: SITE_SHORT_NAME }],
    issued: { 'date-parts': [[SITE_CITE_YEAR]] },
    URL: absoluteUrl(''),
  });
}

/** An APA (en-US) reference for one article: its authors, publication date, title and address. */
export function articleCitation(article: { slug: string; title: string; authors: readonly string[]; published: Date }): string {
  const d = article.published;
  return apa({
    id: article.slug,
    type: 'webpage',
    title: article.title,
    author: article.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
    'container-title': SITE_SHORT_NAME,
    URL: absoluteUrl(`articles/${article.slug}/`),
  });
}
