import type { APIRoute } from 'astro';
import { buildHostScript } from '../features/embed/host/build';
import { SITE_URL } from '../../site.config.mjs';

/** /embed.js: the host script embedding pages load (stable name; see src/features/embed/host/). */
export const GET: APIRoute = async () =>
  new Response(`/* ${SITE_URL} embed host script: sizes our chart iframes and passes them this page's colour scheme. */\n${await buildHostScript()}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
