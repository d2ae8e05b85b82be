import type { APIRoute } from 'astro';
import { iconPng } from '../features/social-cards/icons';
import { pngsToIco } from '../features/social-cards/ico';

/** /favicon.ico (16 and 32 px) for browsers and tools that ask for it without reading <link rel="icon">. */
export const GET: APIRoute = () =>
  new Response(pngsToIco([16, 32].map((size) => ({ size, png: iconPng(size) }))) as BodyInit, { headers: { 'Content-Type': 'image/x-icon' } });
