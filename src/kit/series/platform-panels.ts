import type { PlatformMetric } from '../../data/schemas/platform-metrics';
import type { DataSource } from '../types';
import { provenanceOf, type Provenance } from '../provenance';
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
