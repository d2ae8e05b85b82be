import type { APIRoute } from 'astro';
import { charts } from '../../../charts';
import { loadedData } from '../../../outputs/chart-bundle';
import { compileVegaLite } from '../../../kit/vega';
import { VARIANTS, VARIANT_NAMES } from '../../../kit/theme';

/** /charts/runtime/<id>-<variant>.json: compiled vega specs, only for charts that need vega in the browser. */
export function getStaticPaths() {
  return charts
    .filter((c) => c.runtime === 'vega' && c.render.kind === 'vega-lite')
    .flatMap((c) => VARIANT_NAMES.map((v) => ({ params: { spec: `${c.id}-${v}` }, props: { id: c.id, variant: v } })));
}

export const GET: APIRoute = ({ props }) => {
  const chart = charts.find((c) => c.id === props.id)!;
  if (chart.render.kind !== 'vega-lite') throw new Error(`Chart "${chart.id}" has runtime: 'vega' but is not a vega-lite chart`);
  const variant = VARIANTS[props.variant as keyof typeof VARIANTS];
  const spec = compileVegaLite(chart.render.spec(chart.transform(loadedData), { variant }));
  return new Response(JSON.stringify(spec), { headers: { 'content-type': 'application/json' } });
};
