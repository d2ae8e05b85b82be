import { scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { COLORS, type Variant } from '../theme';
import { datumAttrs, type Datum } from '../datum';
import { el, g, text } from '../svg';
import { textWidth, wrapText } from '../text-width';
import { xAxis } from './axis';

/** Mark shapes, one per population (shape carries the population; hollow marks are context, not freelancers). */
export const POPULATION_SHAPES = {
  freelancers: { type: symbolCircle, hollow: false },
  creators: { type: symbolDiamond, hollow: false },
  'language professionals': { type: symbolTriangle, hollow: false },
  employees: { type: symbolCircle, hollow: true },
  firms: { type: symbolSquare, hollow: true },
} as const satisfies Record<string, { type: SymbolType; hollow: boolean }>;

/** A population with a mark shape. */
export type MapPopulation = keyof typeof POPULATION_SHAPES;

/** One row of the map: a point, a range, or (no numbers) a labelled arrow in the direction column. */
export interface MapItem {
  /** Finding id: the row's group carries it as data-row, so a page can dim rows it filters out. */
  id: string;
  label: string;
  /** The muted second line, in parts (design, market, what the row is: news-reported, comparison not stated); a line breaks between parts where it can. */
  sublabel: readonly string[];
  population: MapPopulation;
  /** A point on the percent axis. */
  value: number | null;
  /** A range on the percent axis (drawn as a bar). */
  low: number | null;
  high: number | null;
  /** Set for rows off the axis: the arrow's direction. */
  arrow: 'down' | 'up' | 'none' | null;
  valueText: string;
  datum: Datum;
}

/** A titled group of rows (one kind of work). */
export interface MapGroup {
  title: string;
  items: readonly MapItem[];
}

const MARK = 64; // d3 symbol area (px²)
const HALO = { stroke: COLORS.paper, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;

function mark(pop: MapPopulation, x: number, y: number, datum: Datum | null): string {
  const s = POPULATION_SHAPES[pop];
  const d = symbol(s.type, MARK)() ?? '';
  const paint = s.hollow ? { fill: COLORS.paper, stroke: COLORS.ink, 'stroke-width': 1.75 } : { fill: COLORS.ink };
  return el('path', { ...(datum ? datumAttrs(datum) : {}), d, transform: `translate(${x.toFixed(2)},${y.toFixed(2)})`, ...paint });
}

/** A short arrow pointing down, up, or both ways (no measurable change), centred on (x, y). */
function arrow(dir: 'down' | 'up' | 'none', x: number, y: number, datum: Datum): string {
  const h = 7;
  const head = 4;
  const path =
    dir === 'none'
      ? `M${x - h},${y}H${x + h}M${x - h + head},${y - head}L${x - h},${y}L${x - h + head},${y + head}M${x + h - head},${y - head}L${x + h},${y}L${x + h - head},${y + head}`
      : dir === 'down'
        ? `M${x},${y - h}V${y + h}M${x - head},${y + h - head}L${x},${y + h}L${x + head},${y + h - head}`
        : `M${x},${y + h}V${y - h}M${x - head},${y - h + head}L${x},${y - h}L${x + head},${y - h + head}`;
  return el('path', { ...datumAttrs(datum), d: path, fill: 'none', stroke: COLORS.ink, 'stroke-width': 2, 'stroke-linecap': 'round' });
}

/** Lines of parts joined by " · ", breaking between parts; a part wider than a line is wrapped on its own. */
function wrapParts(parts: readonly string[], fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line === '' ? part : `${line} · ${part}`;
    if (textWidth(joined, fontSize) <= width) line = joined;
    else {
      if (line !== '') lines.push(`${line} ·`);
      const wrapped = wrapText(part, fontSize, width);
      lines.push(...wrapped.slice(0, -1));
      line = wrapped.at(-1) ?? '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The evidence map: rows grouped by kind of work; relative changes as dots (ranges as bars) on one
 * percent axis; findings without a relative change as labelled arrows in their own column. Population
 * is the mark's shape (legend on top). Returns the SVG body and its height.
 */
export function evidenceMap(groups: readonly MapGroup[], opts: { variant: Variant; tickFormat: (v: number) => string; legend: readonly MapPopulation[] }): { body: string; height: number } {
  const { variant } = opts;
  const W = variant.width;
  const fs = variant.fontSize;
  const small = variant.smallFontSize;
  const stacked = variant.name === 'narrow';
  const labelW = stacked ? W : Math.round(W * 0.34);
  const colW = stacked ? 116 : 140;
  const plotL = stacked ? 40 : labelW + 56;
  const plotR = W - colW - 48;
  const ends = groups.flatMap((gr) => gr.items.flatMap((i) => [i.value, i.low, i.high].filter((v): v is number => typeof v === 'number')));
  const x = scaleLinear()
    .domain([Math.min(0, ...ends), Math.max(0, ...ends)])
    .nice(4)
    .range([plotL, plotR]);
  const colX = W - colW + 10;

  let parts: string[] = [];
  let y = 0;
  // Legend: one shape per population that appears.
  let lx = 0;
  y += fs;
  for (const pop of opts.legend) {
    const w = 18 + pop.length * small * 0.55;
    if (lx + w > W) {
      lx = 0;
      y += fs + 8;
    }
    parts.push(mark(pop, lx + 6, y - small * 0.35, null), text(pop, { x: lx + 16, y, fill: COLORS.ink, 'font-size': small }));
    lx += w + 12;
  }
  y += small + 14;
  const headY = y;
  parts.push(text('Direction only', { x: colX - 10, y: headY, fill: COLORS.inkMuted, 'font-size': small, 'font-weight': 600 }));
  y += 10;
  const top = y;
  /** A point (the population's shape) or a range bar on the percent axis, with its value text. */
  const rangeOrPoint = (item: MapItem, markY: number) => {
    // The mark's left and right ends: the value text goes outside them, on the side away from zero
    // unless it would leave the canvas there.
    let left: number;
    let right: number;
    let negative: boolean;
    if (item.low !== null && item.high !== null && item.value === null) {
      left = x(Math.min(item.low, item.high));
      right = x(Math.max(item.low, item.high));
      negative = Math.abs(item.low) > Math.abs(item.high) ? item.low < 0 : item.high < 0;
      // A published range (e.g. across skill clusters) is a bar, not an interval around a point.
      parts.push(el('rect', { ...datumAttrs(item.datum), x: left, y: markY - 6, width: Math.max(2, right - left), height: 12, rx: 6, fill: COLORS.ink, 'fill-opacity': 0.35, stroke: COLORS.ink, 'stroke-width': 1.5 }));
    } else {
      const at = item.value ?? 0;
      left = right = x(at);
      negative = at < 0;
      parts.push(mark(item.population, x(at), markY, item.datum));
    }
    const onLeft = negative && left - 9 - textWidth(item.valueText, small) >= 0;
    parts.push(text(item.valueText, { x: onLeft ? left - 9 : right + 9, y: markY + small * 0.35, 'text-anchor': onLeft ? 'end' : 'start', fill: COLORS.ink, 'font-size': small, 'font-weight': 600, ...HALO }));
  };

  for (const group of groups) {
    y += fs + 8;
    parts.push(text(group.title, { x: 0, y, 'font-weight': 700, fill: COLORS.ink, ...HALO }));
    y += 6;
    for (const item of group.items) {
      // Each row draws into its own group (data-row), so a page can dim the rows its filters leave out.
      const all = parts;
      const row: string[] = [];
      parts = row;
      const labelLines = wrapText(item.label, fs, stacked ? W : labelW - 10);
      const subLines = wrapParts(item.sublabel, small, stacked ? W : labelW - 10);
      const textH = labelLines.length * (fs + 3) + subLines.length * (small + 3);
      let markY: number;
      const labelAt = (ty: number) => {
        labelLines.forEach((l, k) => parts.push(text(l, { x: 0, y: ty + fs - 2 + k * (fs + 3), fill: COLORS.ink, ...HALO })));
        subLines.forEach((l, k) => parts.push(text(l, { x: 0, y: ty + labelLines.length * (fs + 3) + small - 2 + k * (small + 3), fill: COLORS.inkMuted, 'font-size': small, ...HALO })));
      };
      if (stacked) {
        labelAt(y + 4);
        markY = y + textH + 18;
        y = markY + 14;
      } else {
        const rowH = Math.max(30, textH + 12);
        labelAt(y + (rowH - textH) / 2);
        markY = y + rowH / 2;
        y += rowH;
      }
      parts.push(el('line', { x1: stacked ? 0 : labelW, x2: W, y1: markY, y2: markY, stroke: COLORS.grid, 'stroke-width': 1, 'stroke-dasharray': '2 3', 'aria-hidden': 'true' }));
      if (item.arrow) {
        parts.push(arrow(item.arrow, colX, markY, item.datum));
        const lines = wrapText(item.valueText, small, W - colX - 16);
        lines.forEach((l, k) => parts.push(text(l, { x: colX + 14, y: markY + small * 0.35 + (k - (lines.length - 1) / 2) * (small + 2), fill: COLORS.ink, 'font-size': small, ...HALO })));
      } else {
        rangeOrPoint(item, markY);
      }
      parts = all;
      parts.push(g({ 'data-row': item.id }, row));
    }
  }
  const bottom = y + 4;
  const axis = xAxis(x, { top, bottom, ticks: x.ticks(stacked ? 3 : 4), format: opts.tickFormat as (v: never) => string, variant, labelsAt: 'top', zero: true });
  return { body: axis + g({ class: 'marks' }, parts), height: bottom + 4 };
}
