import { scaleLinear } from 'd3-scale';
import { COLORS, LABEL_HALO, type Variant } from '../theme';
import { datumAttrs, type Datum } from '../datum';
import { el, g, text } from '../svg';
import { textWidth } from '../text-width';
import { dodge } from '../dodge';
import { xAxis, yAxis } from './axis';

/** One point; highlighted points are drawn larger, on top, with a direct label. */
export interface ScatterPoint {
  x: number;
  y: number;
  color: string;
  /** Direct label for a highlighted point. */
  label?: string;
  datum: Datum;
}

/** Options for {@link scatter}. */
export interface ScatterOptions {
  variant: Variant;
  xFormat: (v: number) => string;
  yFormat: (v: number) => string;
  xTitle: string;
  yTitle: string;
  yDomain?: [number, number];
}


/** A scatter plot: many muted points, a few highlighted with direct labels placed to the right, dodged. */
export function scatter(points: readonly ScatterPoint[], opts: ScatterOptions): { body: string; height: number } {
  const { variant } = opts;
  const small = variant.smallFontSize;
  const W = variant.width;
  const H = variant.name === 'wide' ? 400 : 330;
  const top = small * 2 + 14;
  const bottom = H - (small + 26);
  const x = scaleLinear().domain([0, Math.max(...points.map((p) => p.x))]).nice(5).range([2, W - 4]);
  const y = scaleLinear().domain(opts.yDomain ?? [0, Math.max(...points.map((p) => p.y))]).nice(5).range([bottom, top]);
  const parts: string[] = [];
  parts.push(yAxis(y, { left: 0, right: W, ticks: y.ticks(5), format: opts.yFormat, variant }));
  parts.push(xAxis(x, { top: bottom, bottom, ticks: x.ticks(variant.name === 'wide' ? 6 : 4), format: opts.xFormat as (v: never) => string, variant }));
  parts.push(text(opts.yTitle, { x: 0, y: small, fill: COLORS.inkMuted, 'font-size': small, 'aria-hidden': 'true' }));
  parts.push(text(opts.xTitle, { x: W, y: H - 4, 'text-anchor': 'end', fill: COLORS.inkMuted, 'font-size': small, 'aria-hidden': 'true' }));
  const plain = points.filter((p) => !p.label);
  const marked = points.filter((p) => p.label);
  parts.push(g({ class: 'marks' }, plain.map((p) => el('circle', { ...datumAttrs(p.datum), cx: x(p.x), cy: y(p.y), r: 2.6, fill: p.color, 'fill-opacity': 0.45 }))));
  // Labels: right of the point unless that would leave the plot, then left; pushed apart vertically.
  const ys = dodge(marked.map((p) => y(p.y)), small + 3, top, bottom);
  const labels: string[] = [];
  marked.forEach((p, i) => {
    const cx = x(p.x);
    const w = textWidth(p.label!, small, { weight: 700 });
    const right = cx + 10 + w < W;
    const lx = right ? cx + 10 : cx - 10;
    labels.push(el('line', { x1: cx, y1: y(p.y), x2: right ? lx - 2 : lx + 2, y2: ys[i]!, stroke: p.color, 'stroke-width': 1, 'aria-hidden': 'true' }));
    labels.push(text(p.label!, { x: lx, y: ys[i]! + small * 0.35, 'text-anchor': right ? 'start' : 'end', fill: p.color, 'font-size': small, 'font-weight': 700, ...LABEL_HALO }));
  });
  parts.push(g({ class: 'marks marks-highlight' }, marked.map((p) => el('circle', { ...datumAttrs(p.datum), cx: x(p.x), cy: y(p.y), r: 5, fill: p.color, stroke: COLORS.paper, 'stroke-width': 1.5 }))));
  parts.push(g({ class: 'labels' }, labels));
  return { body: parts.join(''), height: H };
}
