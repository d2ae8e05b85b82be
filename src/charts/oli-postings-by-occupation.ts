import type { TopLevelSpec } from 'vega-lite';
import { CHATGPT_RELEASE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { extremes, fmt, formatDay, formatMonth, listWords } from '../kit/format';
import { OLI_NOTES, OLI_SERIES } from '../kit/series/oli-series';
import { dodge } from '../kit/dodge';
import { datumDescription } from '../kit/datum';
import { COLORS } from '../kit/theme';
import { AXIS_EXTENT, vegaBase } from '../kit/vega';

/** One month of one OLI occupation, as charted. */
type Row = { month: string; occupation: keyof typeof OLI_SERIES; index: number; partial: boolean };

const points = (v: number) => fmt(v, 'index-points', { decimals: 1 });

/** OLI vacancies by occupation, monthly, May 2016 – Aug 2024, with the ChatGPT release marked. */
export default defineChart<Row>({
  id: 'oli-postings-by-occupation',
  title: 'Online vacancies for writing fell most after ChatGPT',
  dek: 'New online freelance vacancies by occupation, monthly; index points (all occupations in May 2016 = 100)',
  datasets: ['oli-monthly'],
  sourceIds: ['oli-2019', 'oli-derived-repo'],
  annotations: [CHATGPT_RELEASE],
  runtime: 'vega',
  transform: (data) =>
    data('oli-monthly')
      .filter((r) => r.occupation !== 'Total')
      .map((r) => ({ month: r.month, occupation: r.occupation as Row['occupation'], index: r.index, partial: r.partial })),
  render: {
    kind: 'vega-lite',
    spec(rows, { variant }) {
      const narrow = variant.name === 'narrow';
      const height = narrow ? 260 : 340;
      const padding = { top: 22, right: narrow ? 86 : 160, bottom: 28, left: AXIS_EXTENT.y };
      const yMax = Math.ceil(Math.max(...rows.map((r) => r.index)) / 10) * 10;
      const full = rows.filter((r) => !r.partial);
      const lastMonth = full.reduce((m, r) => (r.month > m ? r.month : m), '');
      // Direct labels at the last full month, pushed apart in pixels, then put back into data units.
      const labelled = full.filter((r) => r.month === lastMonth && (!narrow || OLI_SERIES[r.occupation].emphasis));
      const px = (v: number) => height - (v / yMax) * height;
      const ys = dodge(labelled.map((r) => px(r.index)), variant.smallFontSize + 2, 0, height);
      const labels = labelled.map((r, i) => ({
        month: r.month,
        y: ((height - ys[i]!) / height) * yMax,
        text: narrow ? OLI_SERIES[r.occupation].short.split(' ')[0] : OLI_SERIES[r.occupation].short,
        color: OLI_SERIES[r.occupation].color,
      }));
      const values = rows.map((r) => ({
        ...r,
        color: OLI_SERIES[r.occupation].color,
        emphasis: OLI_SERIES[r.occupation].emphasis,
        desc: datumDescription({ series: r.occupation, label: formatMonth(r.month) + (r.partial ? ' (partial)' : ''), value: points(r.index) }),
      }));
      const x = { field: 'month', type: 'temporal', title: null, axis: { format: '%Y', tickCount: narrow ? 4 : 8, labelFlush: true } } as const;
      const y = { field: 'index', type: 'quantitative', title: null, scale: { domain: [0, yMax] }, axis: { tickCount: 5, labelPadding: 4 } } as const;
      return {
        ...vegaBase(variant, height, padding),
        layer: [
          {
            data: { values: [CHATGPT_RELEASE] },
            layer: [
              { mark: { type: 'rule', strokeDash: [4, 3], clip: true }, encoding: { x: { field: 'date', type: 'temporal' } } },
              {
                mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -4, dy: -6, fill: COLORS.annotation, clip: false },
                encoding: { x: { field: 'date', type: 'temporal' }, y: { value: 0 }, text: { field: 'label' } },
              },
            ],
          },
          {
            data: { values },
            layer: [
              {
                name: 'lines',
                params: [{ name: 'zoom', select: { type: 'interval', encodings: ['x'], zoom: 'wheel![event.shiftKey]' }, bind: 'scales' }],
                transform: [{ filter: 'datum.partial === false' }],
                mark: { type: 'line', clip: true },
                encoding: {
                  x,
                  y,
                  detail: { field: 'occupation' },
                  stroke: { field: 'color', type: 'nominal', scale: null },
                  strokeWidth: { condition: { test: 'datum.emphasis', value: 2.25 }, value: 1 },
                  strokeOpacity: { condition: { test: 'datum.emphasis', value: 1 }, value: 0.7 },
                  order: { field: 'emphasis' },
                  description: { field: 'occupation' },
                },
              },
              {
                transform: [{ filter: 'datum.partial === true' }],
                mark: { type: 'point', filled: false, size: 30, clip: true },
                encoding: { x, y, stroke: { field: 'color', type: 'nominal', scale: null }, description: { field: 'desc' } },
              },
              {
                // Invisible points: one per datum, for the tooltip and keyboard (read via aria-label).
                transform: [{ filter: 'datum.partial === false' }],
                mark: { type: 'point', filled: true, size: 20, opacity: 0, fill: COLORS.ink, clip: true },
                encoding: { x, y, description: { field: 'desc' } },
              },
            ],
          },
          {
            data: { values: labels },
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontWeight: 600, clip: false },
            encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'y', type: 'quantitative' }, text: { field: 'text' }, fill: { field: 'color', type: 'nominal', scale: null } },
          },
        ],
      } as TopLevelSpec;
    },
  },
  describe(rows) {
    const full = rows.filter((r) => !r.partial);
    const months = [...new Set(full.map((r) => r.month))].sort();
    const first = months[0]!;
    const last = months.at(-1)!;
    const changes = Object.keys(OLI_SERIES).map((occ) => {
      const series = full.filter((r) => r.occupation === occ);
      const peak = extremes(series, (r) => r.index).max;
      const end = series.find((r) => r.month === last)!;
      return { occ, peak, end, fall: (end.index - peak.index) / peak.index };
    });
    const worst = extremes(changes, (c) => c.fall).min;
    const writing = changes.find((c) => c.occ === 'Writing and translation')!;
    const alt = `Line chart of monthly online freelance vacancies for ${changes.length} occupations, ${formatMonth(first)} to ${formatMonth(last)}. ${writing.occ} peaked at ${points(writing.peak.index)} in ${formatMonth(writing.peak.month)} and fell to ${points(writing.end.index)} by ${formatMonth(last)}.`;
    const others = changes
      .filter((c) => c.occ !== writing.occ)
      .sort((a, b) => a.fall - b.fall)
      .map((c) => `${c.occ.toLowerCase()} ${fmt(c.fall * 100, 'percent', { kind: 'change', decimals: 0 })}`);
    const summary = `The Online Labour Index counts new vacancies on English-language freelance platforms. ${writing.occ} reached its highest month in ${formatMonth(writing.peak.month)} (${points(writing.peak.index)}) and stood at ${points(writing.end.index)} in ${formatMonth(last)}, a change of ${fmt(writing.fall * 100, 'percent', { kind: 'change', decimals: 0 })} from its peak. The largest fall from peak among all occupations was in ${worst.occ.toLowerCase()}. From each occupation's peak to ${formatMonth(last)}: ${listWords(others)}. The chart marks ChatGPT's release on ${formatDay(CHATGPT_RELEASE.date)}.`;
    return { alt, summary };
  },
  columns: [
    { key: 'month', label: 'Month', format: (r) => formatMonth(r.month) },
    { key: 'occupation', label: 'Occupation' },
    { key: 'index', label: 'Index (points, May 2016 total = 100)', numeric: true, format: (r) => fmt(r.index, 'count', { decimals: 1 }) },
    { key: 'partial', label: 'Partial month', format: (r) => (r.partial ? 'yes' : '') },
  ],
  notes: [
    OLI_NOTES.platforms,
    OLI_NOTES.descriptive,
    OLI_NOTES.partial,
    'With JavaScript on, drag the chart sideways to pan, hold Shift and scroll to zoom the years, and double-click to reset.',
  ],
});
