import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View, type Spec } from 'vega';
import { COLORS, type Variant } from './theme';
import type { Drawing } from './frame';

/** Padding around the plot area (axis labels and direct labels live in it). */
export interface VegaPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Axis label extents, fixed so a browser re-render (real text metrics) lays out exactly like the build. */
export const AXIS_EXTENT = { y: 40, x: 24 } as const;

/**
 * Size, padding and theme for a vega-lite spec. `autosize: none` makes the SVG exactly
 * width + padding by height + padding: text measurement cannot move anything (zero layout shift).
 */
export function vegaBase(variant: Variant, height: number, padding: VegaPadding): Partial<TopLevelSpec> & Record<string, unknown> {
  const small = variant.smallFontSize;
  const font = variant.fontFamily;
  return {
    width: variant.width - padding.left - padding.right,
    height,
    autosize: { type: 'none' },
    padding,
    background: null,
    config: {
      font,
      view: { stroke: null },
      axis: {
        labelColor: COLORS.inkMuted,
        labelFont: font,
        labelFontSize: small,
        titleColor: COLORS.inkMuted,
        titleFont: font,
        titleFontSize: small,
        titleFontWeight: 'normal',
        gridColor: COLORS.grid,
        domainColor: COLORS.rule,
        tickColor: COLORS.rule,
        labelOverlap: true,
      },
      axisX: { minExtent: AXIS_EXTENT.x, maxExtent: AXIS_EXTENT.x, grid: false },
      axisY: { minExtent: AXIS_EXTENT.y, maxExtent: AXIS_EXTENT.y, domain: false, ticks: false },
      text: { font, fontSize: small, fill: COLORS.ink },
      line: { strokeWidth: 2, strokeJoin: 'round', strokeCap: 'round' },
      rule: { stroke: COLORS.annotation },
    },
  } as unknown as Partial<TopLevelSpec> & Record<string, unknown>;
}

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
