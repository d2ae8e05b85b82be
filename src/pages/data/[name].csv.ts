import type { APIRoute } from 'astro';
import { getResourceNames, resourceToCsv } from '../../data';

/** One static CSV per dataset, exactly the validated rows. */
export function getStaticPaths() {
  return getResourceNames().map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(resourceToCsv(String(params.name)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
