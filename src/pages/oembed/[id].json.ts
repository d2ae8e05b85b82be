import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts';
import { chartBundle } from '../../outputs/chart-bundle';
import { chartOembed } from '../../outputs/embed/chart-embed';

/** One oEmbed document per chart: /oembed/<id>.json (found through the <link> on chart and embed pages). */
export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(chartOembed(await chartBundle(String(params.id))), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
