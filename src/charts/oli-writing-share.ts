import type { TopLevelSpec } from 'vega-lite';
import { CHATGPT_RELEASE, TIMING_NOTE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { extremes, fmt, formatDay, formatMonth } from '../kit/format';
import { OLI_NOTES } from '../kit/series/oli-series';
import { datumDescription } from '../kit/datum';
import { COLORS } from '../kit/theme';
import { AXIS_EXTENT, vegaBase } from '../kit/vega-base';

type Row = { month: string; writing_index: number; total_index: number; share_pct: number; partial: boolean };
const share = (v: number) => fmt(v, 'percent', { decimals: 1 });

/** Writing and translation as a share of all OLI vacancies, monthly. */
export default defineChart<Row>({
  id: 'oli-writing-share',
  title: 'Writing’s share of online freelance vacancies shrank',
  dek: 'Writing and translation vacancies as a share of all new vacancies in the Online Labour Index, monthly (%)',
  datasets: ['oli-monthly'],
  sourceIds: ['oli-2019', 'oli-derived-repo', 'olo-decoding-oli-2024'],
  annotations: [CHATGPT_RELEASE],
  transform(data) {
    const rows = data('oli-monthly');
    const total = new Map(rows.filter((r) => r.occupation === 'Total').map((r) => [r.month, r.index]));
    return rows
      .filter((r) => r.occupation === 'Writing and translation')
      .map((r) => {
        const t = total.get(r.month);
        if (!t) throw new Error(`oli-monthly has no Total for ${r.month}`);
        return { month: r.month, writing_index: r.index, total_index: t, share_pct: Math.round((r.index / t) * 10000) / 100, partial: r.partial };
      });
  },
  render: {
    kind: 'vega-lite',
    spec(rows, { variant }) {
      const narrow = variant.name === 'narrow';
      const height = narrow ? 220 : 280;
      const padding = { top: 22, right: 14, bottom: 28, left: AXIS_EXTENT.y };
      const values = rows.map((r) => ({ ...r, desc: datumDescription({ series: 'Writing and translation share', label: formatMonth(r.month) + (r.partial ? ' (partial)' : ''), value: share(r.share_pct) }) }));
      const x = { field: 'month', type: 'temporal', title: null, axis: { format: '%Y', tickCount: narrow ? 4 : 8, labelFlush: true } } as const;
      const y = { field: 'share_pct', type: 'quantitative', title: null, scale: { domain: [0, Math.ceil(Math.max(...rows.map((r) => r.share_pct)) / 5) * 5] }, axis: { tickCount: 4, labelExpr: "datum.label + '%'" } } as const;
      return {
        ...vegaBase(variant, height, padding),
        layer: [
          {
            data: { values: [CHATGPT_RELEASE] },
            layer: [
              { mark: { type: 'rule', strokeDash: [4, 3] }, encoding: { x: { field: 'date', type: 'temporal' } } },
              { mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -4, dy: -6, fill: COLORS.annotation }, encoding: { x: { field: 'date', type: 'temporal' }, y: { value: 0 }, text: { field: 'label' } } },
            ],
          },
          {
            data: { values },
            layer: [
              { transform: [{ filter: 'datum.partial === false' }], mark: { type: 'line', stroke: COLORS.writing }, encoding: { x, y, description: { value: 'Writing and translation share' } } },
              { transform: [{ filter: 'datum.partial === true' }], mark: { type: 'point', filled: false, size: 30, stroke: COLORS.writing }, encoding: { x, y, description: { field: 'desc' } } },
              { transform: [{ filter: 'datum.partial === false' }], mark: { type: 'point', filled: true, size: 20, opacity: 0, fill: COLORS.ink }, encoding: { x, y, description: { field: 'desc' } } },
            ],
          },
        ],
      } as TopLevelSpec;
    },
  },
  describe(rows) {
    const full = rows.filter((r) => !r.partial);
    const { max, min } = extremes(full, (r) => r.share_pct);
    const first = full[0]!;
    const last = full.at(-1)!;
    const before = full.filter((r) => r.month < CHATGPT_RELEASE.date).at(-1)!;
    return {
      alt: `Line chart of writing and translation's share of online freelance vacancies, ${formatMonth(first.month)} to ${formatMonth(last.month)}: ${share(first.share_pct)} at the start, highest ${share(max.share_pct)} in ${formatMonth(max.month)}, ${share(last.share_pct)} at the end.`,
      summary: `Writing and translation made up ${share(first.share_pct)} of new vacancies in ${formatMonth(first.month)} and ${share(before.share_pct)} in ${formatMonth(before.month)}, the last month before ChatGPT's release on ${formatDay(CHATGPT_RELEASE.date)}. Its share peaked at ${share(max.share_pct)} (${formatMonth(max.month)}) and fell to ${share(last.share_pct)} by ${formatMonth(last.month)}; the lowest month was ${formatMonth(min.month)} (${share(min.share_pct)}). A share can fall because writing shrank or because other work grew; the occupations chart shows which.`,
    };
  },
  columns: [
    { key: 'month', label: 'Month', format: (r) => formatMonth(r.month) },
    { key: 'writing_index', label: 'Writing and translation (index points)', numeric: true, format: (r) => fmt(r.writing_index, 'count', { decimals: 1 }) },
    { key: 'total_index', label: 'All occupations (index points)', numeric: true, format: (r) => fmt(r.total_index, 'count', { decimals: 1 }) },
    { key: 'share_pct', label: 'Writing and translation share (%)', numeric: true, format: (r) => share(r.share_pct) },
    { key: 'partial', label: 'Partial month', format: (r) => (r.partial ? 'yes' : '') },
  ],
  notes: ['Share = writing and translation index ÷ total index for the month (the categories add up to the total).', OLI_NOTES.platforms, OLI_NOTES.descriptive, TIMING_NOTE, OLI_NOTES.partial, OLI_NOTES.ended],
});
