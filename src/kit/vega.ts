import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View, type Spec } from 'vega';
import type { Variant } from './theme';
import type { Drawing } from './frame';

export { AXIS_EXTENT, vegaBase, type VegaPadding } from './vega-base';

/** Compile vega-lite to a vega spec (also what the browser runtime renders, for charts that need it). */
export function compileVegaLite(spec: TopLevelSpec): Spec {
  return compile(spec).spec;
}

/**
 * Render a vega-lite spec to SVG at build time with vega's headless view (no canvas needed) and keep
 * what is inside vega's root <svg>: the renderer frames it like every other chart. Element ids are
 * prefixed (`idPrefix`) so several charts, or both variants of one, can share a page.
 */
export async function renderVegaLite(spec: TopLevelSpec, variant: Variant, idPrefix: string): Promise<Drawing> {
  const view = new View(parse(compileVegaLite(spec)), { renderer: 'none' });
  let raw: string;
  try {
    raw = await view.toSVG();
  } finally {
    view.finalize();
  }
  const open = /^<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"[^>]*>/.exec(raw);
  if (!open) throw new Error(`vega: unexpected SVG output for ${idPrefix}`);
  // vega numbers clip paths with a process-wide counter: renumber per chart so output is deterministic.
  const ids = new Map<string, string>();
  const idFor = (id: string) => ids.get(id) ?? (ids.set(id, `${idPrefix}-c${ids.size + 1}`), ids.get(id)!);
  // Only inside tags, and only ids vega defined: chart text may itself read `id="x"` or `url(#y)`.
  const defined = new Set([...raw.matchAll(/<[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!));
  const body = raw
    .slice(open[0].length, raw.lastIndexOf('</svg>'))
    .replace(/<[^>]+>/g, (tag) =>
      tag
        .replace(/\sid="([^"]+)"/g, (m, id: string) => (defined.has(id) ? ` id="${idFor(id)}"` : m))
        .replace(/url\(#([^)]+)\)/g, (m, id: string) => (defined.has(id) ? `url(#${idFor(id)})` : m)),
    );
  return { body, width: Number(open[1]), height: Number(open[2]), variant };
}
