import { defineChart } from '../kit/define-chart';
import { fmt, formatDay } from '../kit/format';
import { platformRows, SPARSE_NOTE, yearSpan, type PlatformRow } from '../kit/series/platform-panels';
import { PROVENANCE_COLUMNS, provenanceOf } from '../kit/provenance';
import { timePanels } from '../kit/d3/time-panels';
import { COLORS } from '../kit/theme';

const METRICS = { active_buyers: 'Active buyers (millions)', spend_per_buyer: 'Spend per buyer (US$, trailing 12 months)' } as const;
const full = (r: PlatformRow) => fmt(r.value, r.unit);
const short = (r: PlatformRow) => (r.unit === 'million' ? fmt(r.value, 'count', { decimals: 1 }) : fmt(r.value, r.unit));

/** Fiverr: active buyers and spend per buyer, two panels on their own scales. */
export default defineChart<PlatformRow>({
  id: 'fiverr-buyers-vs-spend',
  title: 'Fiverr has fewer buyers, each spending more',
  dek: 'Fiverr active buyers (millions) and annual spend per buyer (US$), at each reported period end',
  datasets: ['platform-metrics'],
  sourceIds: [],
  provenance: provenanceOf,
  transform: (data) => platformRows(data, 'Fiverr', Object.keys(METRICS)),
  render: {
    kind: 'd3',
    render(rows, { variant }) {
      const span = yearSpan(rows.map((r) => r.period_end));
      return timePanels(
        (Object.keys(METRICS) as (keyof typeof METRICS)[]).map((m) => ({
          title: METRICS[m],
          color: m === 'active_buyers' ? COLORS.software : COLORS.ai,
          tickFormat: (v: number) => (m === 'active_buyers' ? fmt(v, 'count', { decimals: 0 }) : fmt(v, 'usd', { decimals: 0 })),
          points: rows
            .filter((r) => r.metric === m)
            .map((r) => ({ date: r.period_end, value: r.value, short: short(r), datum: { series: METRICS[m], label: r.period_label, value: full(r) } })),
        })),
        { variant, ...span, maxGapDays: 100 },
      );
    },
  },
  describe(rows) {
    const part = (m: keyof typeof METRICS) => {
      const s = rows.filter((r) => r.metric === m);
      const peak = s.reduce((a, b) => (b.value > a.value ? b : a));
      return { first: s[0]!, last: s.at(-1)!, peak, n: s.length };
    };
    const b = part('active_buyers');
    const s = part('spend_per_buyer');
    return {
      alt: `Two panels. Fiverr active buyers: ${full(b.first)} at ${formatDay(b.first.period_end)}, peak ${full(b.peak)} at ${formatDay(b.peak.period_end)}, ${full(b.last)} at ${formatDay(b.last.period_end)}. Spend per buyer rose from ${full(s.first)} to ${full(s.last)} over ${formatDay(s.first.period_end)} to ${formatDay(s.last.period_end)}.`,
      summary: `Fiverr reports two trailing-12-month measures. Active buyers: ${b.n} published values, highest ${full(b.peak)} (${b.peak.period_label}), latest ${full(b.last)} (${b.last.period_label}). Spend per buyer: ${s.n} published values, from ${full(s.first)} (${s.first.period_label}) to ${full(s.last)} (${s.last.period_label}). Fewer buyers spending more each is consistent with small, simple orders leaving the platform, but these figures alone do not show why.`,
    };
  },
  columns: [
    { key: 'metric', label: 'Metric', format: (r) => METRICS[r.metric as keyof typeof METRICS] ?? r.metric },
    { key: 'period_label', label: 'Period' },
    { key: 'period_end', label: 'Period end' },
    { key: 'value', label: 'Value', numeric: true, format: full },
    ...PROVENANCE_COLUMNS,
  ],
  notes: [
    'Two panels, each on its own zero-based scale, rather than one chart with two y axes.',
    'Both are trailing-12-month measures at the period end, as Fiverr defines them.',
    SPARSE_NOTE,
  ],
});
