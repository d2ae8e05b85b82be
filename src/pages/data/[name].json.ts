import type { APIRoute } from 'astro';
import { getResourceNames, resourceToJson } from '../../data';

/** One static JSON per dataset: field metadata plus typed rows. */
export function getStaticPaths() {
  return getResourceNames().map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(resourceToJson(String(params.name)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
