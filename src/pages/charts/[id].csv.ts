import type { APIRoute } from 'astro';
import { charts } from '../../charts';
import { chartBundle } from '../../outputs/chart-bundle';

/** /charts/<id>.csv: exactly the rows the chart draws. */
export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await chartBundle(String(params.id))).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
