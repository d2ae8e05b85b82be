import type { APIRoute } from 'astro';
import { charts } from '../../charts';
import { chartBundle } from '../../outputs/chart-bundle';

/** /charts/<id>.json: the chart's rows with its title, columns, source and licence. */
export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await chartBundle(String(params.id))).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
