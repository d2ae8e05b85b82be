import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../site.config.mjs';
import { getArticles } from '../content/articles';
import { absoluteUrl } from '../lib/routes';
import { SITE_DESCRIPTION } from '../lib/site-meta';

/** RSS 2.0 feed of every published article, newest first. */
export const GET: APIRoute = async () => {
  const articles = (await getArticles()).sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    // Absolute links everywhere, so the feed is right under any base path.
    site: absoluteUrl(),
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      link: absoluteUrl(`articles/${a.id}/`),
      pubDate: a.data.published,
      categories: a.data.tags,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, as feed validators ask.
    customData: `<language>en</language><atom:link href="${absoluteUrl('rss.xml')}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
