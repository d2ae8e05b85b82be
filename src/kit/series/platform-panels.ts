import type { PlatformMetric } from '../../data/schemas/platform-metrics';
import type { ChartColumn, D3Render, DataSource } from '../types';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../provenance';
import { timePanels } from '../d3/time-panels';
import { fmt } from '../format';
import type { View, ViewDims } from '../view-dims';

/** A platform metric as charted: one published value at one period end. */
export type PlatformRow = { id: string; metric: string; period_end: string; period_label: string; value: number; unit: PlatformMetric['unit'] } & Provenance;

/** The rows of one platform's metrics, oldest first; throws if a metric has no rows (a renamed metric). */
export function platformRows(data: DataSource, platform: PlatformMetric['platform'], metrics: readonly string[]): PlatformRow[] {
  const rows = data('platform-metrics').filter((r) => r.platform === platform && metrics.includes(r.metric));
  for (const m of metrics) if (!rows.some((r) => r.metric === m)) throw new Error(`platform-metrics has no ${platform} rows for metric "${m}"`);
  return rows
    .map((r) => ({ id: r.id, metric: r.metric, period_end: r.period_end, period_label: r.period_label, value: r.value, unit: r.unit, ...provenanceOf(r) }))
    .sort((a, b) => a.metric.localeCompare(b.metric) || a.period_end.localeCompare(b.period_end));
}

/** First day of the first year and last day of the last year the rows cover. */
export function yearSpan(dates: readonly string[]): { from: string; to: string } {
  const sorted = [...dates].sort();
  return { from: `${sorted[0]!.slice(0, 4)}-01-01`, to: `${sorted.at(-1)!.slice(0, 4)}-12-31` };
}

/** Note shared by the platform charts. */
export const SPARSE_NOTE =
  'Points appear only where a figure was published and could be verified (grade P or S); periods without one are left empty, never interpolated. Lines join adjacent quarters only.';

/** A platform row's value with its unit, as the tooltip and the table print it. */
export const platformValue = (r: PlatformRow): string => fmt(r.value, r.unit);

/** How one metric of a platform chart is drawn: panel title (with unit), colour, tick and point labels. */
export interface PlatformMetricPanel {
  title: string;
  color: string;
  tick: (v: number) => string;
  /** The short label drawn next to a point. */
  short: (r: PlatformRow) => string;
}

/** A platform chart's renderer: one panel per metric on its own scale, lines joining adjacent quarters only. */
export function platformPanelsRender(metrics: Readonly<Record<string, PlatformMetricPanel>>): D3Render<PlatformRow> {
  return {
    kind: 'd3',
    render(rows, { variant }) {
      const panels = Object.entries(metrics).map(([metric, panel]) => ({
        title: panel.title,
        color: panel.color,
        tickFormat: panel.tick,
        points: rows
          .filter((r) => r.metric === metric)
          .map((r) => ({ date: r.period_end, value: r.value, short: panel.short(r), datum: { series: panel.title, label: r.period_label, value: platformValue(r) } })),
      }));
      return timePanels(panels, { variant, ...yearSpan(rows.map((r) => r.period_end)), maxGapDays: 100 });
    },
  };
}

/** Table and download columns of a platform chart: metric (by its panel title), period, value, provenance. */
export function platformColumns(metrics: Readonly<Record<string, PlatformMetricPanel>>): ChartColumn<PlatformRow>[] {
  return [
    { key: 'metric', label: 'Metric', format: (r) => metrics[r.metric]?.title ?? r.metric },
    { key: 'period_label', label: 'Period' },
    { key: 'period_end', label: 'Period end' },
    { key: 'value', label: 'Value', numeric: true, format: platformValue },
    ...PROVENANCE_COLUMNS,
  ];
}

const month = (iso: string) => iso.slice(0, 7);

/** The platform panels' view: a month range over the period ends (both panels share it). */
export const platformViews = {
  dims: (rows: readonly PlatformRow[]): ViewDims => {
    const months = rows.map((r) => month(r.period_end)).sort();
    return { time: { label: 'Period ends', min: months[0]!, max: months.at(-1)! } };
  },
  rows: (rows: readonly PlatformRow[], view: View): PlatformRow[] =>
    rows.filter((r) => !view.time || (month(r.period_end) >= view.time.from && month(r.period_end) <= view.time.to)),
};
