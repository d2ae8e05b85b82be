import { describe, expect, it } from 'vitest';
import bloomberry from '../../../src/charts/bloomberry-categories';
import sideHustle from '../../../src/charts/side-hustle-prevalence';
import { defineChart } from '../../../src/kit/define-chart';
import { renderChart } from '../../../src/kit/render-chart';
import type { DataSource } from '../../../src/kit/types';

// The pure render path on small inline rows: no data/ files involved.
const prov = { source: 's', reported_by: null, locator: 'l', quote: 'q', grade: 'P' as const, note: null };
const inline = (tables: Record<string, unknown[]>): DataSource => ((name: string) => tables[name] ?? []) as DataSource;

describe('charts on inline rows', () => {
  it('bloomberry: three rows → three bars, sorted, chart-excluded rows left out', async () => {
    const row = (id: string, category: string, change_pct: number, in_chart = true) => ({ id, category, change_pct, window_start: '2022-11-01', window_end: '2024-02-14', method: 'm', in_chart, ...prov });
    const data = inline({ 'bloomberry-categories': [row('a', 'Alpha', 12), row('b', 'Beta', -40), row('c', 'Gamma', 3), row('d', 'Huge', 900, false)] });
    const out = await renderChart(bloomberry, data);
    expect(out.rows.map((r) => r['category'])).toEqual(['Beta', 'Gamma', 'Alpha']);
    expect((out.variants.wide.svg.match(/<rect class="datum"/g) ?? []).length).toBe(3);
    expect(out.variants.wide.svg).toContain('>\u221240%<');
    const notes = typeof bloomberry.notes === 'function' ? bloomberry.notes(data, out.rows) : bloomberry.notes;
    expect(notes.join(' ')).toContain('Huge (+900%)');
  });

  it('side hustle: years without data leave a gap and are named in the summary', async () => {
    const row = (year: number, value: number) => ({ id: `y${year}`, year, metric: 'share_with_side_hustle', value, unit: 'percent', approximate: false, ...prov });
    const out = await renderChart(sideHustle, inline({ 'side-hustle': [row(2019, 10), row(2022, 20), row(2023, 30)] }));
    expect(sideHustle.describe(out.rows).summary).toContain('No figure is charted for 2020, 2021');
    const path = /<path d="([^"]+)" fill="none"/.exec(out.variants.wide.svg)![1]!;
    expect(path.split('M').length - 1).toBe(2); // 2019 alone, 2022–2023 joined
  });

  it('escapes text that reaches the SVG', async () => {
    const row = { id: 'x', category: 'R&D <script>', change_pct: 5, window_start: '2022-11-01', window_end: '2024-02-14', method: 'm', in_chart: true, ...prov };
    const out = await renderChart(bloomberry, inline({ 'bloomberry-categories': [row] }));
    expect(out.variants.wide.svg).toContain('R&amp;D &lt;script&gt;');
    expect(out.variants.wide.svg).not.toContain('<script>');
  });

  it('a transform that yields no rows fails naming the chart', async () => {
    await expect(renderChart(bloomberry, inline({ 'bloomberry-categories': [] }))).rejects.toThrow(/Chart "bloomberry-categories": transform returned no rows/);
  });

  it('defineChart rejects a malformed definition, naming it', () => {
    expect(() => defineChart({ ...bloomberry, id: 'Bad Id' })).toThrow(/Chart "Bad Id": id: must be lower-case/);
    expect(() => defineChart({ ...bloomberry, columns: [] })).toThrow(/columns/);
  });
});
