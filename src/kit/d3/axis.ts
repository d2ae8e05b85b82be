import type { ScaleLinear, ScaleTime } from 'd3-scale';
import { COLORS, type Variant } from '../theme';
import { el, g, text } from '../svg';
import { textWidth } from '../text-width';

/** Keep a centred label of width w inside [lo, hi]. */
export function clampLabel(x: number, w: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo + w / 2), hi - w / 2);
}

/** Vertical gridlines and labels for a horizontal value axis (labels below `bottom`, or above `top`). */
export function xAxis(
  scale: ScaleLinear<number, number> | ScaleTime<number, number>,
  opts: { top: number; bottom: number; ticks: readonly (number | Date)[]; format: (v: never) => string; variant: Variant; labelsAt?: 'bottom' | 'top'; zero?: boolean },
): string {
  const parts: string[] = [];
  for (const t of opts.ticks) {
    const x = scale(t as never) as number;
    const isZero = opts.zero && typeof t === 'number' && t === 0;
    parts.push(el('line', { x1: x, x2: x, y1: opts.top, y2: opts.bottom, stroke: isZero ? COLORS.inkMuted : COLORS.grid, 'stroke-width': 1 }));
    const y = opts.labelsAt === 'top' ? opts.top - 6 : opts.bottom + opts.variant.smallFontSize + 4;
    const label = opts.format(t as never);
    const [lo, hi] = scale.range() as [number, number];
    const lx = clampLabel(x, textWidth(label, opts.variant.smallFontSize), Math.min(lo, hi) - 2, Math.max(lo, hi) + 2);
    parts.push(text(label, { x: lx, y, 'text-anchor': 'middle', fill: COLORS.inkMuted, 'font-size': opts.variant.smallFontSize }));
  }
  return g({ class: 'axis axis-x', 'aria-hidden': 'true' }, parts);
}

/** Horizontal gridlines with labels at the left edge, sitting just above each line (space-saving, as in print). */
export function yAxis(
  scale: ScaleLinear<number, number>,
  opts: { left: number; right: number; ticks: readonly number[]; format: (v: number) => string; variant: Variant; zero?: boolean },
): string {
  const parts: string[] = [];
  for (const t of opts.ticks) {
    const y = scale(t);
    parts.push(el('line', { x1: opts.left, x2: opts.right, y1: y, y2: y, stroke: opts.zero && t === 0 ? COLORS.inkMuted : COLORS.grid, 'stroke-width': 1 }));
    parts.push(text(opts.format(t), { x: opts.left, y: y - 4, fill: COLORS.inkMuted, 'font-size': opts.variant.smallFontSize }));
  }
  return g({ class: 'axis axis-y', 'aria-hidden': 'true' }, parts);
}
