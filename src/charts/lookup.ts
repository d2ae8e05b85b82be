import { nearMatches } from '../data';
import { charts } from './index';
import type { ChartDefinition, ChartRow } from '../kit/types';

/** The chart with this id; an unknown id stops the build naming it (and the closest known ids). */
export function getChart(id: string): ChartDefinition<ChartRow> {
  const chart = charts.find((c) => c.id === id);
  if (!chart) {
    const near = nearMatches(id, charts.map((c) => c.id));
    throw new Error(`Unknown chart id "${id}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}. Known ids: ${charts.map((c) => c.id).join(', ')}`);
  }
  return chart;
}
