import type { APIRoute } from 'astro';
import { charts } from '../../charts';
import { chartBundle } from '../../render/chart-bundle';
import { standalonePng } from '../../render/standalone-png';

/** /charts/<id>.png: the downloadable SVG rasterised at 2× with the bundled fonts (resvg, no browser). */
export const getStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(standalonePng((await chartBundle(String(params.id))).fileSvg) as BodyInit, { headers: { 'content-type': 'image/png' } });
