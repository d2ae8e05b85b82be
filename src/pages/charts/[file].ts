import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts';
import { chartBundle } from '../../outputs/chart-bundle';
import { CHART_FILES, chartFile } from '../../outputs/chart-files';

/** /charts/<id>.<ext>: every file of src/outputs/chart-files.ts for every chart (rows as CSV/JSON, the SVG, the PNG). */
export const getStaticPaths = (() =>
  charts.flatMap((c) => CHART_FILES.map((f) => ({ params: { file: `${c.id}.${f.ext}` }, props: { id: c.id, ext: f.ext } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = chartFile(String(props.ext));
  return new Response(file.body(await chartBundle(String(props.id))) as BodyInit, { headers: { 'content-type': file.contentType } });
};
