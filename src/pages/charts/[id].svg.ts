import type { APIRoute } from 'astro';
import { charts } from '../../charts';
import { chartBundle } from '../../outputs/chart-bundle';

/** /charts/<id>.svg: the chart with title, source and licence, light colours resolved (no CSS variables). */
export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await chartBundle(String(params.id))).fileSvg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
