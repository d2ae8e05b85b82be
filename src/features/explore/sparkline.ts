// Build-time geometry of a category's OLI sparkline: the monthly index as one SVG path, plus the
// facts its text equivalent states (first, last and peak month). Never runs in the browser.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** One month of a series: "YYYY-MM-DD" and its index value. */
export interface MonthValue {
  month: string;
  index: number;
}

/** Sparkline geometry and summary. */
export interface Sparkline {
  width: number;
  height: number;
  /** The path's d attribute. */
  d: string;
  first: MonthValue;
  last: MonthValue;
  peak: MonthValue;
  /** x of the month a YYYY-MM-DD date falls in, or undefined when the series does not cover it. */
  xOf: (month: string) => number | undefined;
}

/** Sparkline of a monthly series (in month order, at least two months) in a width × height box. */
export function sparkline(series: readonly MonthValue[], width = 300, height = 72, pad = 3, headroom = 12): Sparkline {
  if (series.length < 2) throw new Error(`sparkline: needs at least two months, got ${series.length}`);
  const max = Math.max(...series.map((m) => m.index));
  const x = scaleLinear().domain([0, series.length - 1]).range([pad, width - pad]);
  // Zero-based so the line's height is proportional to the index: a fall to half looks like half.
  // The top `headroom` is left free for an annotation label.
  const y = scaleLinear().domain([0, max]).range([height - pad, pad + headroom]);
  const d = line<MonthValue>()
    .x((_, i) => x(i))
    .y((m) => y(m.index))
    .digits(1)(series as MonthValue[]);
  const peak = series.reduce((p, m) => (m.index > p.index ? m : p));
  const months = series.map((m) => m.month.slice(0, 7));
  return {
    width,
    height,
    d: d ?? '',
    first: series[0]!,
    last: series[series.length - 1]!,
    peak,
    xOf: (month) => {
      const i = months.indexOf(month.slice(0, 7));
      return i < 0 ? undefined : Math.round(x(i) * 10) / 10;
    },
  };
}
