import type { APIRoute } from 'astro';
import { loadData } from '../../data';

/** The data package descriptor as validated, so others can load every dataset with Frictionless tools. */
export const GET: APIRoute = () => new Response(JSON.stringify(loadData().package, null, 2) + '\n');
