import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { COLORS, LABEL_HALO, type Variant } from '../theme';
import { datumAttrs, type Datum } from '../datum';
import { el, g, num, text } from '../svg';
import { textWidth } from '../text-width';
import { clampLabel, yAxis } from './axis';

/** One reported value at a date. */
export interface TimePoint {
  /** YYYY-MM-DD. */
  date: string;
  value: number;
  /** Short label drawn next to the point ("4.2"); the tooltip shows the datum's full value. */
  short: string;
  datum: Datum;
}

/** A small panel: one measure with its own y scale. */
export interface TimePanel {
  title: string;
  color: string;
  points: readonly TimePoint[];
  tickFormat: (v: number) => string;
}

/** Options for {@link timePanels}. */
export interface TimePanelOptions {
  variant: Variant;
  /** Shared x extent, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Points further apart than this are not joined: a missing period shows as a gap, never interpolated. */
  maxGapDays: number;
  panelHeight?: number;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;

/**
 * Small multiples of sparse time series: points at the periods that exist, joined only where periods are
 * adjacent, each panel on its own zero-based y scale (never a dual axis). Side by side when wide.
 */
export function timePanels(panels: readonly TimePanel[], opts: TimePanelOptions): { body: string; height: number } {
  const { variant } = opts;
  const fs = variant.fontSize;
  const small = variant.smallFontSize;
  const cols = variant.name === 'wide' ? Math.min(panels.length, 2) : 1;
  const gap = 28;
  const pw = (variant.width - gap * (cols - 1)) / cols;
  const ph = opts.panelHeight ?? (variant.name === 'wide' ? 190 : 160);
  const titleH = fs + 10;
  const axisH = small + 10;
  const x = scaleUtc().domain([day(opts.from), day(opts.to)]).range([8, pw - 14]);
  const years = x.ticks(variant.name === 'wide' && cols === 1 ? 8 : 4);
  const yearFmt = (t: Date) => String(t.getUTCFullYear());
  const out: string[] = [];
  panels.forEach((panel, i) => {
    const ox = (i % cols) * (pw + gap);
    const oy = Math.floor(i / cols) * (titleH + ph + axisH + 16);
    const maxV = Math.max(...panel.points.map((p) => p.value));
    const y = scaleLinear().domain([0, maxV * 1.18]).nice(3).range([ph, small + 4]);
    const parts: string[] = [text(panel.title, { x: 0, y: fs, 'font-weight': 700, fill: panel.color })];
    const plot: string[] = [yAxis(y, { left: 0, right: pw, ticks: y.ticks(3), format: panel.tickFormat, variant, zero: true })];
    for (const t of years) {
      plot.push(text(yearFmt(t), { x: clampLabel(x(t), textWidth(yearFmt(t), small), 0, pw), y: ph + small + 6, 'text-anchor': 'middle', fill: COLORS.inkMuted, 'font-size': small, 'aria-hidden': 'true' }));
      plot.push(el('line', { x1: x(t), x2: x(t), y1: ph, y2: ph + 4, stroke: COLORS.inkMuted, 'aria-hidden': 'true' }));
    }
    const pts = [...panel.points].sort((a, b) => a.date.localeCompare(b.date));
    // Segments between adjacent periods only: a missing period shows as a gap, never interpolated. A null
    // between two points further apart than maxGapDays breaks the line there; a point alone between gaps
    // gets a closed zero-length segment ("M…Z", nothing drawn), its circle shows it.
    const broken = pts.flatMap((p, k) => {
      const prev = pts[k - 1];
      return prev && (day(p.date).getTime() - day(prev.date).getTime()) / DAY_MS > opts.maxGapDays ? [null, p] : [p];
    });
    const path =
      line<TimePoint | null>()
        .defined((p) => p !== null)
        .x((p) => x(day(p!.date)))
        .y((p) => y(p!.value))
        .digits(2)(broken) ?? ''; // 0.01 px, as every other coordinate (svg.ts num)
    if (pts.length > 1) plot.push(el('path', { d: path, fill: 'none', stroke: panel.color, 'stroke-width': 2, 'aria-hidden': 'true' }));
    // Label first, last, lowest and highest points, skipping any that would overlap a label already placed.
    const want = new Set([pts[0], pts.at(-1), ...pts.filter((p) => p.value === maxV), pts.reduce((a, b) => (b.value < a.value ? b : a))]);
    const placed: [number, number][] = [];
    for (const p of pts) {
      const cx = x(day(p.date));
      const cy = y(p.value);
      plot.push(el('circle', { ...datumAttrs(p.datum), cx, cy, r: 4, fill: panel.color, stroke: COLORS.paper, 'stroke-width': 1.5 }));
      if (!want.has(p)) continue;
      const w = textWidth(p.short, small, { weight: 600 });
      const lx = Math.min(Math.max(cx, w / 2), pw - w / 2);
      if (placed.some(([a, b]) => Math.abs(a - lx) < (w + b) / 2 + 4)) continue;
      placed.push([lx, w]);
      plot.push(text(p.short, { x: lx, y: cy - 9, 'text-anchor': 'middle', fill: COLORS.ink, 'font-size': small, 'font-weight': 600, ...LABEL_HALO }));
    }
    parts.push(g({ transform: `translate(0,${titleH})` }, plot));
    out.push(g({ class: 'panel', transform: `translate(${num(ox)},${num(oy)})` }, parts));
  });
  const rows = Math.ceil(panels.length / cols);
  return { body: out.join(''), height: rows * (titleH + ph + axisH + 16) - 12 };
}
