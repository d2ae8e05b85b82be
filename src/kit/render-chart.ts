import type { Spec } from 'vega';
import type { ChartDefinition, ChartRow, DataSource } from './types';
import { frame, type RenderedSvg } from './frame';
import { VARIANTS, VARIANT_NAMES, type VariantName } from './theme';
import { renderVegaLite } from './vega';
import { defaultView, type View } from './view-dims';

/** A chart rendered for every layout variant, with the rows it shows. */
export interface RenderedChart<R extends ChartRow = ChartRow> {
  rows: R[];
  variants: Record<VariantName, RenderedSvg>;
  /** The view drawn: the chart's default view (chart/table only for charts without `views`). */
  view: View;
  /** The compiled vega spec of the wide variant (vega-lite charts only; the runtime renders it). */
  vgSpec?: Spec;
}

/** Transform the data and render each variant to an SVG string. Errors name the chart. */
export async function renderChart<R extends ChartRow>(def: ChartDefinition<R>, data: DataSource): Promise<RenderedChart<R>> {
  try {
    const all = def.transform(data);
    if (all.length === 0) throw new Error('transform returned no rows');
    // The build draws the default view through the same view → rows the browser runs for other views.
    const view = def.views ? defaultView(def.views.dims(all)) : { tab: 'chart' as const };
    const rows = def.views ? def.views.rows(all, view) : all;
    const variants = {} as Record<VariantName, RenderedSvg>;
    let vgSpec: Spec | undefined;
    for (const name of VARIANT_NAMES) {
      const variant = VARIANTS[name];
      if (def.render.kind === 'vega-lite') {
        const out = await renderVegaLite(def.render.spec(rows, { variant, view }), variant, `${def.id}-${name}`);
        variants[name] = { svg: out.svg, width: out.width, height: out.height };
        if (name === 'wide') vgSpec = out.vgSpec;
      } else {
        const { body, height } = def.render.render(rows, { variant, view });
        variants[name] = frame(body, variant.width, height, variant);
      }
    }
    return vgSpec ? { rows, variants, view, vgSpec } : { rows, variants, view };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.startsWith(`Chart "${def.id}"`)) throw e;
    throw new Error(`Chart "${def.id}": ${message}`, { cause: e });
  }
}
