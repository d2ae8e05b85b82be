import { defineChart } from '../kit/define-chart';
import { fmt, formatDay } from '../kit/format';
import { platformColumns, platformPanelsRender, platformRows, platformViews, platformValue as full, SPARSE_NOTE, type PlatformMetricPanel, type PlatformRow } from '../kit/series/platform-panels';
import { provenanceOf } from '../kit/provenance';
import { COLORS } from '../kit/theme';

const thousands = (v: number) => `${fmt(v / 1000, 'count', { decimals: 0 })}k`;
// The axis prints thousands as "851k"; the table prints the full count, so the heading names no unit.
const METRICS = {
  active_clients: { title: 'Active clients', color: COLORS.software, tick: thousands, short: (r) => thousands(r.value) },
  gsv_per_active_client: { title: 'GSV per active client (US$, trailing 12 months)', color: COLORS.ai, tick: (v) => fmt(v, 'usd', { decimals: 0 }), short: full },
} satisfies Record<string, PlatformMetricPanel>;

/** Upwork: active clients and gross services volume per active client, two panels. */
export default defineChart<PlatformRow>({
  id: 'upwork-clients-vs-gsv-per-client',
  title: 'Upwork’s active clients have fallen since 2024',
  dek: 'Upwork active clients and gross services volume (GSV) per active client, at each reported period end',
  datasets: ['platform-metrics'],
  sourceIds: [],
  provenance: provenanceOf,
  transform: (data) => platformRows(data, 'Upwork', Object.keys(METRICS)),
  render: platformPanelsRender(METRICS),
  views: platformViews,
  describe(rows) {
    const clients = rows.filter((r) => r.metric === 'active_clients');
    const gsv = rows.filter((r) => r.metric === 'gsv_per_active_client');
    const peak = clients.reduce((a, b) => (b.value > a.value ? b : a));
    const last = clients.at(-1)!;
    return {
      alt: `Two panels. Upwork active clients: ${clients.length} published values, highest ${full(peak)} at ${formatDay(peak.period_end)}, latest ${full(last)} at ${formatDay(last.period_end)}. GSV per active client: ${gsv.map((r) => `${full(r)} (${r.period_label})`).join(', ')}.`,
      summary: `Upwork counts a client as active if it spent on the marketplace in the previous 12 months. Published values: ${clients.map((r) => `${full(r)} (${r.period_label})`).join(', ')}. GSV per active client is the year's gross services volume divided by active clients; the only verified value is ${gsv.map((r) => `${full(r)} (${r.period_label})`).join(', ')}, so no trend can be drawn for it.`,
    };
  },
  columns: platformColumns(METRICS),
  notes: (_d, rows) => [
    'Two panels, each on its own zero-based scale, rather than one chart with two y axes.',
    `GSV per active client has ${rows.filter((r) => r.metric === 'gsv_per_active_client').length === 1 ? 'a single verified value' : 'few verified values'}; earlier year-end values were not found in readable filings.`,
    SPARSE_NOTE,
  ],
});
