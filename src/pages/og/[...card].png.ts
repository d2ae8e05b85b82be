import type { APIRoute } from 'astro';
import { cardResponse, socialCardFor, type SocialCardInput } from '../../features/social-cards';
import { cardSources } from '../../features/social-cards/card-sources';

/** Every social card the site serves (see cardSources): the site card, articles, datasets, charts. */
export async function getStaticPaths() {
  return [...(await cardSources())].map(([card, { alt: _alt, ...input }]) => ({ params: { card }, props: input }));
}

/** 1200×630 PNG, rendered at build time with resvg (no browser). */
export const GET: APIRoute = ({ props }) => cardResponse(socialCardFor(props as SocialCardInput));
