import type { APIRoute } from 'astro';
import { getSources } from '../../data';

/** The bibliography (CSL-JSON, with each source's grade), for citation managers. */
export const GET: APIRoute = () => new Response(JSON.stringify(getSources(), null, 2) + '\n');
