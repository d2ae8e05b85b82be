import type { ChartRow, D3Render } from '../types';
import { hbars } from '../d3/hbars';
import { fmt } from '../format';

/** A percentage change as the change charts print it: "−12.3%" (true minus, sign always shown). */
export const pctChange = (v: number): string => fmt(v, 'percent', { kind: 'change' });

/** A charted row with a category and its percentage change. */
export type ChangeRow = ChartRow & { category: string; change_pct: number };

/** How a change bar is coloured and which series its tooltip names. */
export interface ChangeBarStyle<R extends ChangeRow> {
  color: (r: R) => string;
  series: (r: R) => string;
}

/** One horizontal bar per row: the category's percentage change, labelled, on a zero-centred axis. */
export function changeBarsRender<R extends ChangeRow>(style: ChangeBarStyle<R>): D3Render<R> {
  return {
    kind: 'd3',
    render: (rows, { variant }) =>
      hbars(
        [
          {
            items: rows.map((r) => ({
              label: r.category,
              value: r.change_pct,
              color: style.color(r),
              valueText: pctChange(r.change_pct),
              datum: { series: style.series(r), label: r.category, value: pctChange(r.change_pct) },
            })),
          },
        ],
        { variant, tickFormat: (v) => fmt(v, 'percent', { kind: 'change', decimals: 0 }) },
      ),
  };
}
