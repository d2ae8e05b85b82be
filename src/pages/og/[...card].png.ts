import type { APIRoute } from 'astro';
import { getArticles } from '../../lib/articles';
import { cardResponse, socialCardFor, type SocialCardInput } from '../../lib/social-cards';
import { SITE_CARD } from '../../lib/seo/cards';
import { SITE_DESCRIPTION } from '../../lib/seo/site-meta';
import { SITE_NAME } from '../../../site.config.mjs';

/** Every social card the site serves: the site card, one per article (and per chart once charts exist). */
export async function getStaticPaths() {
  const articles = await getArticles();
  const cards: { params: { card: string }; props: SocialCardInput }[] = [
    { params: { card: SITE_CARD }, props: { title: SITE_NAME, subtitle: SITE_DESCRIPTION, kicker: 'Research explainer' } },
    ...articles.map((a) => ({
      params: { card: `articles/${a.id}` },
      props: { title: a.data.title, subtitle: a.data.dek, kicker: 'Explainer' },
    })),
  ];
  return cards;
}

/** 1200×630 PNG, rendered at build time with resvg (no browser). */
export const GET: APIRoute = ({ props }) => cardResponse(socialCardFor(props as SocialCardInput));
