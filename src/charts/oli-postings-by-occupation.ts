import type { TopLevelSpec } from 'vega-lite';
import { CHATGPT_RELEASE, TIMING_NOTE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { OLI_NOTES } from '../kit/series/oli-series';
import { oliCore, oliHeight, oliSpecData, type OliRow } from './core/oli-postings-by-occupation';
import { COLORS } from '../kit/theme';
import { AXIS_EXTENT, vegaBase } from '../kit/vega-base';

/** OLI vacancies by occupation, monthly, May 2016 – Aug 2024, with the ChatGPT release marked. */
export default defineChart<OliRow>({
  id: 'oli-postings-by-occupation',
  title: 'Online vacancies for writing fell most after ChatGPT',
  dek: 'New online freelance vacancies by occupation, monthly; index points (all occupations in May 2016 = 100)',
  datasets: ['oli-monthly'],
  sourceIds: ['oli-2019', 'oli-derived-repo', 'olo-decoding-oli-2024'],
  annotations: [CHATGPT_RELEASE],
  runtime: 'vega',
  transform(data) {
    const rows = data('oli-monthly');
    const totals = new Map(rows.filter((r) => r.occupation === 'Total').map((r) => [r.month, r.index]));
    return rows
      .filter((r) => r.occupation !== 'Total')
      .map((r) => {
        const total = totals.get(r.month);
        if (total === undefined) throw new Error(`oli-monthly has no Total row for ${r.month}`);
        return { month: r.month, occupation: r.occupation as OliRow['occupation'], index: r.index, total, value: r.index, partial: r.partial };
      });
  },
  render: {
    kind: 'vega-lite',
    // The view lives in named datasets (rows, labels, events) and params (ymin, ymax, measure): the
    // browser redraws another view by setting them on this same compiled spec.
    spec(rows, { variant, view }) {
      const narrow = variant.name === 'narrow';
      const height = oliHeight(variant);
      const padding = { top: 22, right: narrow ? 86 : 160, bottom: 28, left: AXIS_EXTENT.y };
      const d = oliSpecData(rows, variant, view);
      const x = { field: 'month', type: 'temporal', title: null, axis: { format: '%Y', tickCount: narrow ? 4 : 8, labelFlush: true } } as const;
      const y = {
        field: 'value',
        type: 'quantitative',
        title: null,
        scale: { domain: { expr: '[ymin, ymax]' }, nice: false, zero: false },
        axis: { tickCount: 5, labelPadding: 4, labelExpr: "measure === 'index' ? format(datum.value, ',') : format(datum.value, ',') + '%'" },
      } as const;
      return {
        ...vegaBase(variant, height, padding),
        params: [
          { name: 'ymin', value: d.ymin },
          { name: 'ymax', value: d.ymax },
          { name: 'measure', value: d.measure },
        ],
        datasets: { rows: d.rows, labels: d.labels, events: d.events },
        layer: [
          {
            data: { name: 'events' },
            layer: [
              { mark: { type: 'rule', strokeDash: [4, 3], clip: true }, encoding: { x: { field: 'date', type: 'temporal' } } },
              {
                mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -4, dy: -6, fill: COLORS.annotation, clip: false },
                encoding: { x: { field: 'date', type: 'temporal' }, y: { value: 0 }, text: { field: 'label' } },
              },
            ],
          },
          {
            data: { name: 'rows' },
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
            data: { name: 'labels' },
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontWeight: 600, clip: false },
            encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'y', type: 'quantitative' }, text: { field: 'text' }, fill: { field: 'color', type: 'nominal', scale: null } },
          },
        ],
      } as unknown as TopLevelSpec;
    },
  },
  ...oliCore,
  notes: [
    OLI_NOTES.platforms,
    OLI_NOTES.descriptive,
    TIMING_NOTE,
    OLI_NOTES.partial,
    OLI_NOTES.ended,
    'With JavaScript on, drag the chart sideways to pan, hold Shift and scroll to zoom the years, and double-click to reset.',
  ],
});
