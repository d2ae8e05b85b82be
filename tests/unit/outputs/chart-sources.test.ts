import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts';
import { getChart } from '../../../src/charts/lookup';
import { chartSources } from '../../../src/outputs/chart-sources';
import { chartBundle } from '../../../src/outputs/chart-bundle';

describe('chart provenance', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: rows with a source column declare a provenance accessor, and the source line credits every row source', async (_id, def) => {
    const { rows } = await chartBundle(def.id);
    const rowSources = new Set(rows.map((r) => r['source']).filter((s): s is string => typeof s === 'string'));
    expect(Boolean(def.provenance)).toBe(rowSources.size > 0);
    const credited = new Set(chartSources(def, rows).map((s) => s.id));
    for (const id of rowSources) expect(credited).toContain(id);
  });

  it('the source line reads provenance through the accessor, not from column names', async () => {
    const def = getChart('study-estimates');
    const { rows } = await chartBundle(def.id);
    const only = { ...def, sourceIds: [], provenance: () => ({ source: 'hui-2024', reported_by: null, locator: '', quote: '', grade: 'P' as const }) };
    expect(chartSources(only, rows).map((s) => s.id)).toEqual(['hui-2024']);
    expect(chartSources({ ...def, sourceIds: [], provenance: undefined }, rows)).toEqual([]);
  });
});
