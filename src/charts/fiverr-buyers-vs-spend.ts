import { defineChart } from '../kit/define-chart';
import { fmt, formatDay } from '../kit/format';
import { platformColumns, platformPanelsRender, platformRows, platformViews, platformValue as full, SPARSE_NOTE, type PlatformMetricPanel, type PlatformRow } from '../kit/series/platform-panels';
import { provenanceOf } from '../kit/provenance';
import { COLORS } from '../kit/theme';

const METRICS = {
  active_buyers: {
    title: 'Active buyers (millions)',
    color: COLORS.software,
    tick: (v) => fmt(v, 'count', { decimals: 0 }),
    short: (r) => (r.unit === 'million' ? fmt(r.value, 'count', { decimals: 1 }) : full(r)),
  },
  spend_per_buyer: { title: 'Spend per buyer (US$, trailing 12 months)', color: COLORS.ai, tick: (v) => fmt(v, 'usd', { decimals: 0 }), short: full },
} satisfies Record<string, PlatformMetricPanel>;

/** Fiverr: active buyers and spend per buyer, two panels on their own scales. */
export default defineChart<PlatformRow>({
  id: 'fiverr-buyers-vs-spend',
  title: 'Fiverr has fewer buyers, each spending more',
  dek: 'Fiverr active buyers (millions) and annual spend per buyer (US$), at each reported period end',
  datasets: ['platform-metrics'],
  sourceIds: [],
  provenance: provenanceOf,
  transform: (data) => platformRows(data, 'Fiverr', Object.keys(METRICS)),
  render: platformPanelsRender(METRICS),
  views: platformViews,
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
  columns: platformColumns(METRICS),
  notes: [
    'Two panels, each on its own zero-based scale, rather than one chart with two y axes.',
    'Both are trailing-12-month measures at the period end, as Fiverr defines them.',
    SPARSE_NOTE,
  ],
});
