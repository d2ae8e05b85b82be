import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, PNG_ICONS } from '../features/social-cards/icons';
import { cardResponse } from '../features/social-cards';

/** favicon-32.png, apple-touch-icon.png, icon-192.png and icon-512.png, all from public/favicon.svg. */
export const getStaticPaths = (() =>
  Object.entries(PNG_ICONS).map(([icon, size]) => ({ params: { icon }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(iconPng((props as { size: number }).size));
