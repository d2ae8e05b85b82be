/**
 * The view contract of the chart kit: which parts of a chart a reader may change (its "view
 * dimensions"), declared by each ChartDefinition, and the resolved view its `views.rows` receives.
 * The URL parser (src/features/views/view-params.ts) validates against these declarations.
 */

/** One choice a reader can make: its URL id and its visible label. */
export interface ViewOption {
  id: string;
  label: string;
}

/** A single choice among options (measure, rating, score). */
export interface ChoiceDim {
  /** Control label: "Measure". */
  label: string;
  options: readonly ViewOption[];
  default: string;
}

/** A set of options (series to show, occupations to highlight). */
export interface SetDim {
  label: string;
  options: readonly ViewOption[];
  default: readonly string[];
  /** Most items at once (highlight); default: all options. */
  max?: number;
  /** Fewest items (series: at least one); default 0. */
  min?: number;
}

/** A month range, inclusive, `YYYY-MM`. */
export interface TimeDim {
  label: string;
  min: string;
  max: string;
}

/** The dimensions a chart declares; an undeclared one is not offered and its URL key is ignored with a notice. */
export interface ViewDims {
  series?: SetDim;
  time?: TimeDim;
  measure?: ChoiceDim;
  rating?: ChoiceDim;
  score?: ChoiceDim;
  highlight?: SetDim;
}

/** Chart or table. */
export type ViewTab = 'chart' | 'table';

/** A resolved view: every declared dimension filled (from the URL, else its default). */
export interface View {
  tab: ViewTab;
  series?: readonly string[];
  time?: { from: string; to: string };
  measure?: string;
  rating?: string;
  score?: string;
  highlight?: readonly string[];
}

/** The view a chart shows by default (what the build draws). */
export function defaultView(dims: ViewDims): View {
  const v: View = { tab: 'chart' };
  if (dims.series) v.series = [...dims.series.default];
  if (dims.time) v.time = { from: dims.time.min, to: dims.time.max };
  if (dims.measure) v.measure = dims.measure.default;
  if (dims.rating) v.rating = dims.rating.default;
  if (dims.score) v.score = dims.score.default;
  if (dims.highlight) v.highlight = [...dims.highlight.default];
  return v;
}
