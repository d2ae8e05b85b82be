import type { TopLevelSpec } from 'vega-lite';
import type { RowOf, TypedResourceName } from '../data';
import type { Variant } from './theme';
import type { Provenance } from './provenance';
import type { View, ViewDims } from './view-dims';

/** Reads a dataset's typed rows by resource name (the real loader at build time, inline rows in tests). */
export type DataSource = <N extends TypedResourceName>(name: N) => readonly RowOf<N>[];

/** A charted row: plain values only, so it serialises to CSV and JSON as is. */
export type ChartRow = Record<string, string | number | boolean | null>;

/** Render context: which layout variant is being drawn. */
export interface RenderContext {
  variant: Variant;
  /** The view drawn (charts with `views`; the build passes the default view). */
  view?: View;
}

/** A chart drawn with d3 scales and shapes into an SVG string (no DOM). */
export interface D3Render<R extends ChartRow> {
  kind: 'd3';
  /** The chart body (everything inside the root <svg>) and its height for the variant's width. */
  render(rows: readonly R[], ctx: RenderContext): { body: string; height: number };
}

/** A chart drawn by vega-lite (compiled and rendered headless at build time). */
export interface VegaLiteRender<R extends ChartRow> {
  kind: 'vega-lite';
  /** A complete vega-lite spec for the variant (use vegaBase() from src/kit/vega.ts for size and theme). */
  spec(rows: readonly R[], ctx: RenderContext): TopLevelSpec;
}

/** One column of the data table and the CSV/JSON downloads. */
export interface ChartColumn<R extends ChartRow> {
  key: keyof R & string;
  /** Column header, with the unit where there is one: "Change in job posts (%)". */
  label: string;
  /** How the table prints the cell; default String(value) ("" for null). Downloads keep raw values. */
  format?: (row: R) => string;
  /** Right-align (numbers). */
  numeric?: boolean;
}

/** An event marked on a time axis, as data. */
export interface Annotation {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Short label drawn on the chart. */
  label: string;
  /** The source wording the date comes from. */
  basis: string;
}

/** Text derived from the data: a short alt text and a longer summary (numbers come from rows, never typed). */
export interface ChartDescription {
  alt: string;
  summary: string;
}

/**
 * What a reader may change about a chart (see src/render/view-dims.ts), and the one transform from
 * the chart's rows to the rows a view shows: the build draws `rows(all, defaultView(dims))`, the
 * browser redraws `rows(all, view)` with the same render function or spec.
 */
export interface ChartViews<R extends ChartRow> {
  /** The dimensions, from the chart's rows (options and ranges come from the data, never typed). */
  dims(rows: readonly R[]): ViewDims;
  /** The rows a view shows (its table, its description, its CSV); pure, no I/O. */
  rows(rows: readonly R[], view: View): R[];
  /** Table/CSV columns for a view, where they depend on it (a measure's unit); default: the chart's columns. */
  columns?(view: View): readonly ChartColumn<R>[];
}

/** Everything one chart needs: metadata, data transform, renderer, description, table columns, notes. */
export interface ChartDefinition<R extends ChartRow = ChartRow> {
  /** URL-safe id: /charts/<id>/. Articles reference charts by this id. */
  id: string;
  /** A short declarative finding: "Writing jobs fell most". */
  title: string;
  /** The measure and unit, one line. */
  dek: string;
  /** Resource names in data/ the chart reads. */
  datasets: readonly TypedResourceName[];
  /** Ids in data/sources.json credited in the source line (rows may add more through {@link provenance}). */
  sourceIds: readonly string[];
  /** Where a charted row's number comes from (research rows with a source per row); the source line credits each. */
  provenance?: (row: R) => Provenance;
  /** Loaded rows → the exact rows charted (and shown in the table, and downloaded). */
  transform(data: DataSource): R[];
  /** How to draw it. */
  render: D3Render<R> | VegaLiteRender<R>;
  /** Alt text and summary computed from the charted rows. */
  describe(rows: readonly R[], view?: View): ChartDescription;
  /** Table and download columns, in order. */
  columns: readonly ChartColumn<R>[];
  /** Caveats shown under the chart (may be computed from the data). */
  notes: readonly string[] | ((data: DataSource, rows: readonly R[]) => readonly string[]);
  /** Events marked on the chart, as data. */
  annotations?: readonly Annotation[];
  /** True if the picture is an illustration, not data (then the caption says so). */
  illustrative?: boolean;
  /** The view dimensions a reader may change (chart/table is offered on every chart). */
  views?: ChartViews<R>;
  /**
   * 'narrow' where the narrow layout reads well at every width (a tall list of labelled rows): pages
   * paint only it, capped in width, instead of both layouts (half the bytes; issue #15).
   */
  pageLayout?: 'narrow';
  /** Set only where the chart needs vega's runtime in the browser (loaded lazily, when visible). */
  runtime?: 'vega';
}
