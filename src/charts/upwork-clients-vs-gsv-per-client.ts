import { defineChart } from '../kit/define-chart';
import { fmt, formatDay } from '../kit/format';
import { platformRows, SPARSE_NOTE, yearSpan, type PlatformRow } from '../kit/series/platform-panels';
import { PROVENANCE_COLUMNS, provenanceOf } from '../kit/provenance';
import { timePanels } from '../kit/d3/time-panels';
import { COLORS } from '../kit/theme';

const METRICS = { active_clients: 'Active clients (thousands)', gsv_per_active_client: 'GSV per active client (US$, trailing 12 months)' } as const;
const full = (r: PlatformRow) => fmt(r.value, r.unit);
const short = (r: PlatformRow) => (r.metric === 'active_clients' ? `${fmt(r.value / 1000, 'count', { decimals: 0 })}k` : fmt(r.value, r.unit));

/** Upwork: active clients and gross services volume per active client, two panels. */
export default defineChart<PlatformRow>({
  id: 'upwork-clients-vs-gsv-per-client',
  title: 'Upwork’s active clients have fallen since 2024',
  dek: 'Upwork active clients and gross services volume (GSV) per active client, at each reported period end',
  datasets: ['platform-metrics'],
  sourceIds: [],
  provenance: provenanceOf,
  transform: (data) => platformRows(data, 'Upwork', Object.keys(METRICS)),
  render: {
    kind: 'd3',
    render(rows, { variant }) {
      const span = yearSpan(rows.map((r) => r.period_end));
      return timePanels(
        (Object.keys(METRICS) as (keyof typeof METRICS)[]).map((m) => ({
          title: METRICS[m],
          color: m === 'active_clients' ? COLORS.software : COLORS.ai,
          tickFormat: (v: number) => (m === 'active_clients' ? `${fmt(v / 1000, 'count', { decimals: 0 })}k` : fmt(v, 'usd', { decimals: 0 })),
          points: rows
            .filter((r) => r.metric === m)
            .map((r) => ({ date: r.period_end, value: r.value, short: short(r), datum: { series: METRICS[m], label: r.period_label, value: full(r) } })),
        })),
        { variant, ...span, maxGapDays: 100 },
      );
    },
  },
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
  columns: [
    { key: 'metric', label: 'Metric', format: (r) => METRICS[r.metric as keyof typeof METRICS] ?? r.metric },
    { key: 'period_label', label: 'Period' },
    { key: 'period_end', label: 'Period end' },
    { key: 'value', label: 'Value', numeric: true, format: full },
    ...PROVENANCE_COLUMNS,
  ],
  notes: (_d, rows) => [
    'Two panels, each on its own zero-based scale, rather than one chart with two y axes.',
    `GSV per active client has ${rows.filter((r) => r.metric === 'gsv_per_active_client').length === 1 ? 'a single verified value' : 'few verified values'}; earlier year-end values were not found in readable filings.`,
    SPARSE_NOTE,
  ],
});
