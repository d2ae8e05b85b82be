import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/lookup';
import { loadedData } from '../../../src/outputs/chart-bundle';
import { renderChart } from '../../../src/kit/render-chart';
import { parseView } from '../../../src/kit/views/view-params';
import { defaultView } from '../../../src/kit/view-dims';
import type { ChartDefinition, ChartRow } from '../../../src/kit/types';

/** The chart's full rows, its declared dimensions, and the rows of a view given as a query string. */
function setup(id: string) {
  const def = getChart(id) as ChartDefinition<ChartRow>;
  const all = def.transform(loadedData);
  const views = def.views!;
  const dims = views.dims(all);
  const rowsOf = (q: string) => {
    const { view, notices } = parseView(q, dims);
    expect(notices, q).toEqual([]);
    return { rows: views.rows(all, view), view };
  };
  return { def, all, dims, rowsOf };
}

describe('oli-postings-by-occupation views', () => {
  const { def, all, dims, rowsOf } = setup('oli-postings-by-occupation');
  const raw = loadedData('oli-monthly');
  const rawIndex = (month: string, occ: string) => raw.find((r) => r.month === month && r.occupation === occ)!.index;

  it('declares series (slugs of the occupation names), the months of the data and three measures', () => {
    expect(dims.series!.options.map((o) => o.id)).toContain('writing-and-translation');
    expect(dims.series!.options.map((o) => o.id)).toContain('software-development-and-technology');
    const months = raw.map((r) => r.month.slice(0, 7)).sort();
    expect(dims.time).toMatchObject({ min: months[0], max: months.at(-1) });
    expect(dims.measure!.options.map((o) => o.id)).toEqual(['index', 'share', 'change']);
  });

  it('the default view is every row, value = index', () => {
    const { rows } = rowsOf('');
    expect(rows.length).toBe(all.length);
    for (const r of rows) expect(r.value).toBe(r.index);
  });

  it('series and time filter the rows', () => {
    const { rows } = rowsOf('series=writing-and-translation~microwork&time=2020-01..2021-12');
    expect(new Set(rows.map((r) => r.occupation))).toEqual(new Set(['Writing and translation', 'Microwork']));
    expect(rows.length).toBe(2 * 24);
    expect(rows.every((r) => String(r.month) >= '2020-01-01' && String(r.month) <= '2021-12-01')).toBe(true);
  });

  it('share = occupation index / total index that month, in %', () => {
    const { rows } = rowsOf('measure=share&series=writing-and-translation');
    const r = rows.find((x) => x.month === '2022-11-01')!;
    expect(r.value).toBeCloseTo((rawIndex('2022-11-01', 'Writing and translation') / rawIndex('2022-11-01', 'Total')) * 100, 10);
  });

  it('change is relative to the first month in view, per series', () => {
    const { rows } = rowsOf('measure=change&time=2022-01..');
    const writing = rows.filter((x) => x.occupation === 'Writing and translation');
    expect(writing[0]!.value).toBe(0);
    const base = rawIndex('2022-01-01', 'Writing and translation');
    const r = writing.find((x) => x.month === '2023-06-01')!;
    expect(r.value).toBeCloseTo((rawIndex('2023-06-01', 'Writing and translation') / base - 1) * 100, 10);
  });

  it('describe follows the view: series count, months and measure', () => {
    const { rows, view } = rowsOf('series=software-development-and-technology&time=2019-01..2021-12&measure=share');
    const d = def.describe(rows, view);
    expect(d.alt).toMatch(/share of all new online freelance vacancies for 1 occupation, Jan 2019 to Dec 2021/);
    expect(d.alt).toMatch(/Software development and technology peaked at [\d.]+%/);
    expect(d.summary).not.toMatch(/ChatGPT's release/);
  });

  it('the vega spec of a view compiles and renders (same definition as the build)', async () => {
    const { view } = rowsOf('measure=change&time=2021-01..2023-12&series=writing-and-translation');
    const out = await renderChart({ ...def, views: { ...def.views!, dims: () => dims, rows: (r) => def.views!.rows(r, view) } } as ChartDefinition<ChartRow>, loadedData);
    expect(out.variants.wide.svg).toMatch(/Writing &amp; translation|Writing & translation/);
  });
});

describe('exposure-vs-wage views', () => {
  const { def, all, dims, rowsOf } = setup('exposure-vs-wage');
  const raw = loadedData('occupation-exposure');

  it('declares rating, score and every charted occupation as a highlight option', () => {
    expect(dims.rating!.options.map((o) => o.id)).toEqual(['human', 'gpt4']);
    expect(dims.score!.options.map((o) => o.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(dims.highlight!.options.length).toBe(all.length);
    expect(defaultView(dims).highlight).toContain('27-3043.00');
  });

  it('rating × score picks the column the data has', () => {
    for (const rating of ['human', 'gpt4'])
      for (const score of ['alpha', 'beta', 'gamma']) {
        const { rows } = rowsOf(`rating=${rating}&score=${score}`);
        const r = rows.find((x) => x.onet_code === '27-3043.00')!;
        const source = raw.find((x) => x.onet_code === '27-3043.00')! as unknown as Record<string, number>;
        expect(r.exposure, `${rating} ${score}`).toBe(source[`${rating}_${score}`]);
      }
  });

  it('highlight marks exactly the chosen occupations', () => {
    const { rows, view } = rowsOf('highlight=11-1011.00~27-3043.00');
    expect(rows.filter((r) => r.highlight).map((r) => r.onet_code).sort()).toEqual(['11-1011.00', '27-3043.00']);
    expect(def.describe(rows, view).alt).toMatch(/Chief Executives: β/);
  });

  it('the describe names the score and rating of the view', () => {
    const { rows, view } = rowsOf('rating=gpt4&score=gamma');
    expect(def.describe(rows, view).alt).toMatch(/\(γ \(GPT-4-rated\)\)/);
  });
});

describe.each(['fiverr-buyers-vs-spend', 'upwork-clients-vs-gsv-per-client'])('%s views', (id) => {
  const { all, dims, rowsOf } = setup(id);
  it('declares only a time range, spanning the period ends', () => {
    expect(Object.keys(dims)).toEqual(['time']);
    const months = all.map((r) => String(r.period_end).slice(0, 7)).sort();
    expect(dims.time).toMatchObject({ min: months[0], max: months.at(-1) });
  });
  it('time keeps the period ends in range', () => {
    const from = dims.time!.max.slice(0, 4) + '-01';
    const { rows } = rowsOf(`time=${from}..`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.length);
    expect(rows.every((r) => String(r.period_end).slice(0, 7) >= from)).toBe(true);
  });
});
