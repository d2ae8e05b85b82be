import { scaleLinear } from 'd3-scale';
import { COLORS, LABEL_HALO, type Variant } from '../theme';
import { datumAttrs, type Datum } from '../datum';
import { el, g, text } from '../svg';
import { textWidth, wrapText } from '../text-width';
import { xAxis } from './axis';

/** One bar: a value from zero, or a range (low–high) drawn as a hatched band; or no value (text only). */
export interface BarItem {
  label: string;
  /** A second, muted line under the label (comparison, window…). */
  sublabel?: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  color: string;
  /** Printed at the bar's end. */
  valueText: string;
  datum: Datum;
}

/** A titled group of bars (e.g. one study). */
export interface BarGroup {
  title?: string;
  subtitle?: string;
  items: readonly BarItem[];
}

/** Options for {@link hbars}. */
export interface HBarsOptions {
  variant: Variant;
  tickFormat: (v: number) => string;
  /** Force labels above bars (long labels); default: beside on wide, above on narrow. */
  stacked?: boolean;
  ticks?: number;
}

const BAR = 16;

/**
 * Horizontal bars from zero (diverging when values have both signs), with direct value labels, optional
 * range bands and group headings. Returns the SVG body and its height.
 */
export function hbars(groups: readonly BarGroup[], opts: HBarsOptions): { body: string; height: number } {
  const { variant } = opts;
  const W = variant.width;
  const fs = variant.fontSize;
  const small = variant.smallFontSize;
  const stacked = opts.stacked ?? variant.name === 'narrow';
  const nTicks = opts.ticks ?? (variant.name === 'narrow' ? 3 : 5);
  const items = groups.flatMap((gr) => gr.items);
  const ends = items.flatMap((i) => [i.value, i.low, i.high].filter((v): v is number => typeof v === 'number'));
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);

  const labelW = stacked ? 0 : Math.min(W * 0.36, Math.max(...items.map((i) => textWidth(i.label, fs))) + 10);
  const textAt = (i: BarItem) => i.value ?? (i.low != null && i.high != null ? (Math.abs(i.low) > Math.abs(i.high) ? i.low : i.high) : 0);
  const leftText = Math.max(0, ...items.filter((i) => textAt(i) < 0).map((i) => textWidth(i.valueText, small, { weight: 600 }) + 8));
  const rightText = Math.max(0, ...items.filter((i) => textAt(i) >= 0).map((i) => textWidth(i.valueText, small, { weight: 600 }) + 8));
  const x = scaleLinear().domain([lo, hi]).nice(nTicks).range([labelW + leftText, W - rightText - 2]);

  const parts: string[] = [];
  let y = small + 10; // room for the axis labels on top
  const top = y;
  for (const group of groups) {
    if (group.title) {
      y += fs + 6;
      parts.push(text(group.title, { x: 0, y, 'font-weight': 700, fill: COLORS.ink, ...LABEL_HALO }));
      if (group.subtitle) {
        for (const line of wrapText(group.subtitle, small, W)) {
          y += small + 4;
          parts.push(text(line, { x: 0, y, fill: COLORS.inkMuted, 'font-size': small, ...LABEL_HALO }));
        }
      }
      y += 6;
    }
    for (const item of group.items) {
      const labelLines = wrapText(item.label, fs, stacked ? W : labelW - 10);
      const subLines = item.sublabel ? wrapText(item.sublabel, small, stacked ? W : labelW - 10) : [];
      const textH = labelLines.length * (fs + 3) + subLines.length * (small + 3);
      let barY: number;
      if (stacked) {
        labelLines.forEach((l, k) => parts.push(text(l, { x: 0, y: y + fs + k * (fs + 3), fill: COLORS.ink, ...LABEL_HALO })));
        subLines.forEach((l, k) => parts.push(text(l, { x: 0, y: y + labelLines.length * (fs + 3) + small + k * (small + 3), fill: COLORS.inkMuted, 'font-size': small, ...LABEL_HALO })));
        barY = y + textH + 4;
        y = barY + BAR + 10;
      } else {
        const rowH = Math.max(BAR + 12, textH + 8);
        barY = y + (rowH - BAR) / 2;
        const textTop = y + (rowH - textH) / 2;
        labelLines.forEach((l, k) => parts.push(text(l, { x: labelW - 10, y: textTop + fs - 2 + k * (fs + 3), 'text-anchor': 'end', fill: COLORS.ink })));
        subLines.forEach((l, k) =>
          parts.push(text(l, { x: labelW - 10, y: textTop + labelLines.length * (fs + 3) + small - 2 + k * (small + 3), 'text-anchor': 'end', fill: COLORS.inkMuted, 'font-size': small })),
        );
        y += rowH;
      }
      const at = textAt(item);
      const tx = x(at) + (at < 0 ? -6 : 6);
      const anchor = at < 0 ? 'end' : 'start';
      if (typeof item.value === 'number') {
        const x0 = x(Math.min(0, item.value));
        parts.push(el('rect', { ...datumAttrs(item.datum), x: x0, y: barY, width: Math.max(1, Math.abs(x(item.value) - x(0))), height: BAR, fill: item.color }));
      } else if (item.low != null && item.high != null) {
        const x0 = x(Math.min(item.low, item.high));
        const w = Math.abs(x(item.high) - x(item.low));
        // A range is not an estimate with an interval: an outlined band, hatched, reads as "somewhere in here".
        parts.push(el('rect', { ...datumAttrs(item.datum), x: x0, y: barY, width: w, height: BAR, fill: item.color, 'fill-opacity': 0.25, stroke: item.color, 'stroke-width': 1.5 }));
        for (let hx = x0 + 6; hx < x0 + w; hx += 7) {
          parts.push(el('line', { x1: hx, x2: Math.max(x0, hx - BAR * 0.6), y1: barY + 1, y2: barY + BAR - 1, stroke: item.color, 'stroke-width': 1, 'aria-hidden': 'true' }));
        }
      } else {
        parts.push(el('rect', { ...datumAttrs(item.datum), x: x(0) - 1, y: barY, width: 2, height: BAR, fill: COLORS.inkMuted }));
      }
      parts.push(text(item.valueText, { x: tx, y: barY + BAR / 2 + small * 0.35, 'text-anchor': anchor, fill: COLORS.ink, 'font-size': small, 'font-weight': 600, ...LABEL_HALO }));
    }
  }
  const bottom = y;
  const axis = xAxis(x, { top, bottom, ticks: x.ticks(nTicks), format: opts.tickFormat as (v: never) => string, variant, labelsAt: 'top', zero: true });
  // Axis first, so bars paint over the gridlines.
  return { body: axis + g({ class: 'marks' }, parts), height: bottom + 4 };
}
