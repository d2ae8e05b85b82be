import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts';
import { chartBundle } from '../../../outputs/chart-bundle';

/**
 * /charts/views/<id>.json: every row of a chart with view choices, all fields (every measure a view
 * can pick), compact. Fetched only when a reader changes the view; the browser runs the chart's own
 * view → rows on it. Columnar (`keys` once, then one array per row): each key is written once.
 */
export const getStaticPaths = (() => charts.filter((c) => c.views).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const b = await chartBundle(String(params.id));
  const keys = Object.keys(b.rows[0] ?? {});
  const rows = b.rows.map((r) => keys.map((k) => r[k] ?? null));
  return new Response(JSON.stringify({ keys, rows }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
