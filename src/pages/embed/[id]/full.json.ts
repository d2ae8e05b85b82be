import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import DataTable from '../../../components/DataTable.astro';
import { charts } from '../../../charts';
import { chartBundle } from '../../../outputs/chart-bundle';

/**
 * /embed/<id>/full.json: what the embed page's first paint leaves out, fetched on the reader's first
 * interaction: the full SVGs (tooltip and keyboard data on every mark) and the data table, rendered
 * by the same components as the chart page.
 */
export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const b = await chartBundle(String(params.id));
  const container = await AstroContainer.create();
  const table = await container.renderToString(DataTable, { props: { caption: `Data for “${b.def.title}”`, columns: b.def.columns, rows: b.rows } });
  const body = { wide: b.variants.wide.svg, narrow: b.variants.narrow.svg, table };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
