import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_SHORT_NAME } from '../../site.config.mjs';
import { url } from '../lib/routes';
import { SITE_DESCRIPTION } from '../lib/site-meta';
import { lightTokens } from '../kit/theme-colors';

/** Web app manifest; paths follow the base path so the site installs under a sub-path too. */
export const GET: APIRoute = () => {
  const tokens = lightTokens();
  const manifest = {
    name: SITE_NAME,
    short_name: SITE_SHORT_NAME,
    description: SITE_DESCRIPTION,
    lang: 'en',
    dir: 'ltr',
    start_url: url(),
    scope: url(),
    display: 'browser',
    background_color: tokens.paper,
    theme_color: tokens.paper,
    icons: [
      { src: url('favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
      { src: url('icon-192.png'), type: 'image/png', sizes: '192x192' },
      { src: url('icon-512.png'), type: 'image/png', sizes: '512x512' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
