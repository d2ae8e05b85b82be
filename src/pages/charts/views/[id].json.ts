import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts';
import { chartBundle } from '../../../outputs/chart-bundle';

/**
 * /charts/views/<id>.json: every row of a chart with view choices, all fields (every measure a view
 * can pick), compact. Fetched only when a reader changes the view; the browser runs the chart's own
 * view → rows on it.
 */
export const getStaticPaths = (() => charts.filter((c) => c.views).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const b = await chartBundle(String(params.id));
  return new Response(JSON.stringify({ rows: b.rows }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
