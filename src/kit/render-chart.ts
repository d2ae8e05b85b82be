import type { ChartDefinition, ChartRow, DataSource } from './types';
import { chartTextIds, frame, type Drawing, type RenderedSvg } from './frame';
import { FILE_VARIANT, VARIANTS, VARIANT_NAMES, type Variant, type VariantName } from './theme';
import { renderVegaLite } from './vega';
import { liteSvg } from './lite-svg';
import { defaultView, type View } from './view-dims';

/** One layout variant as the page shows it, and its lite copy for the embed's first paint. */
export interface RenderedVariant extends RenderedSvg {
  /** The same picture without per-mark tooltip/keyboard data (src/kit/lite-svg.ts). */
  lite: string;
}

/** A chart rendered for every layout variant, with the rows it shows. */
export interface RenderedChart<R extends ChartRow = ChartRow> {
  rows: R[];
  /** Page variants: role="img", named by the figure's title and description elements. */
  variants: Record<VariantName, RenderedVariant>;
  /** The drawing for standalone files (wide layout, file font), unframed: the file places it. */
  file: Drawing;
  /** The view drawn: the chart's default view (chart/table only for charts without `views`). */
  view: View;
}

/** Transform the data and render each variant to an SVG string. Errors name the chart. */
export async function renderChart<R extends ChartRow>(def: ChartDefinition<R>, data: DataSource): Promise<RenderedChart<R>> {
  try {
    const all = def.transform(data);
    if (all.length === 0) throw new Error('transform returned no rows');
    // The build draws the default view through the same view → rows the browser runs for other views.
    const view = def.views ? defaultView(def.views.dims(all)) : { tab: 'chart' as const };
    const rows = def.views ? def.views.rows(all, view) : all;
    const draw = async (variant: Variant): Promise<Drawing> => {
      if (def.render.kind === 'vega-lite') {
        // Ids are prefixed by layout (the file drawing is the wide layout), so a page can hold both.
        return renderVegaLite(def.render.spec(rows, { variant, view }), variant, `${def.id}-${variant.name}`);
      }
      const { body, height } = def.render.render(rows, { variant, view });
      return { body, width: variant.width, height, variant };
    };
    const labelledBy = chartTextIds(def.id);
    const variants = {} as Record<VariantName, RenderedVariant>;
    for (const name of VARIANT_NAMES) {
      const page = frame(await draw(VARIANTS[name]), { labelledBy });
      variants[name] = { ...page, lite: liteSvg(page.svg) };
    }
    return { rows, variants, file: await draw(FILE_VARIANT), view };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.startsWith(`Chart "${def.id}"`)) throw e;
    throw new Error(`Chart "${def.id}": ${message}`, { cause: e });
  }
}
