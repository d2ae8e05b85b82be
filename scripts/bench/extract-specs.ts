// Node-side entry for the bench (bundled by esbuild in baseline.mjs): the vega-lite spec of each chart,
// exactly as the site's definitions build it from the real data, for both layout variants. Colours are
// resolved to the light theme because vega-embed's default canvas renderer has no CSS variables.
import { charts } from '../../src/charts';
import { getTypedResource } from '../../src/data';
import { VARIANTS } from '../../src/kit/theme';
import { lightTokens, resolveCssVars } from '../../src/kit/theme-colors';
import type { DataSource } from '../../src/kit/types';
import { defaultView } from '../../src/kit/view-dims';

/** One chart's specs (null for charts drawn with d3, which have no vega-lite spec). */
export interface ChartSpecs {
  id: string;
  title: string;
  kind: 'vega-lite' | 'd3';
  wide: unknown;
  narrow: unknown;
  /** The wide spec of one non-default view (the first non-default measure), for charts with views. */
  changed?: { query: string; spec: unknown };
}

const data: DataSource = (name) => getTypedResource(name);

/** Specs for every chart in the registry. */
export function chartSpecs(): ChartSpecs[] {
  const tokens = lightTokens();
  return charts.map((def) => {
    if (def.render.kind !== 'vega-lite') return { id: def.id, title: def.title, kind: 'd3', wide: null, narrow: null };
    const rows = def.transform(data);
    const render = def.render;
    const spec = (variant: (typeof VARIANTS)[keyof typeof VARIANTS]) =>
      JSON.parse(resolveCssVars(JSON.stringify(render.spec(rows, { variant })), tokens)) as unknown;
    const out: ChartSpecs = { id: def.id, title: def.title, kind: 'vega-lite', wide: spec(VARIANTS.wide), narrow: spec(VARIANTS.narrow) };
    const dims = def.views?.dims(rows);
    const measure = dims?.measure?.options.find((o) => o.id !== dims.measure!.default);
    if (def.views && dims && measure) {
      const view = { ...defaultView(dims), measure: measure.id };
      const shown = def.views.rows(rows, view);
      out.changed = { query: `?measure=${measure.id}`, spec: JSON.parse(resolveCssVars(JSON.stringify(render.spec(shown, { variant: VARIANTS.wide, view })), tokens)) as unknown };
    }
    return out;
  });
}
