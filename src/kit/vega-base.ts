import type { TopLevelSpec } from 'vega-lite';
import { COLORS, type Variant } from './theme';

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
  // The variant's font: the page stack for page layouts, one named font for standalone files.
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

