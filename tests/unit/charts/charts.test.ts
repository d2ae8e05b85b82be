import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts';
import { getChart } from '../../../src/charts/lookup';
import { renderChart } from '../../../src/kit/render-chart';
import { loadedData } from '../../../src/outputs/chart-bundle';
import { formatValue } from '../../../src/lib/format';

/** Datum marks in an SVG string: d3 marks carry class="datum", vega points an aria-roledescription. */
const datumCount = (svg: string) => (svg.match(/class="datum"/g) ?? []).length + (svg.match(/aria-roledescription="point"/g) ?? []).length;
const textOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('chart registry', () => {
  // Ids come from the registry itself: a new chart needs no edit here, only a unique, URL-safe id.
  it('gives each chart a unique, URL-safe id', () => {
    const ids = charts.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('finds every chart by its id', () => {
    for (const c of charts) expect(getChart(c.id)).toBe(c);
  });

  it('an unknown id stops with an error naming it and the closest id', () => {
    const real = charts[0]!.id;
    const typo = `${real.slice(0, -2)}${real.slice(-1)}`; // one letter dropped
    expect(() => getChart(typo)).toThrow(`Unknown chart id "${typo}"`);
    expect(() => getChart(typo)).toThrow(`did you mean "${real}"`);
  });
});

describe.each(charts.map((c) => [c.id, c] as const))('%s', (_id, chart) => {
  it('renders every charted row as one datum mark, in both layouts, deterministically', async () => {
    const out = await renderChart(chart, loadedData);
    expect(out.rows.length).toBeGreaterThan(0);
    for (const v of ['wide', 'narrow'] as const) {
      expect(datumCount(out.variants[v].svg)).toBe(out.rows.length);
      expect(out.variants[v].svg).toMatch(/^<svg [^>]*viewBox="0 0 [\d.]+ [\d.]+"[^>]*width="100%"/);
    }
    const again = await renderChart(chart, loadedData);
    expect(again.variants.wide.svg).toBe(out.variants.wide.svg);
  });

  it('takes every colour from theme tokens (no hard-coded colours)', async () => {
    const out = await renderChart(chart, loadedData);
    for (const v of ['wide', 'narrow'] as const) {
      const svg = out.variants[v].svg;
      const literal = [...svg.matchAll(/\b(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]).filter((c) => !/^(var\(--[\w-]+\)|none|transparent)$/.test(c!));
      expect(literal).toEqual([]);
      expect(svg).toContain('var(--');
    }
  });

  it('describes itself from the data: alt and summary without unformatted numbers', async () => {
    const { rows } = await renderChart(chart, loadedData);
    const d = chart.describe(rows);
    expect(d.alt.length).toBeGreaterThan(40);
    expect(d.summary.length).toBeGreaterThan(d.alt.length / 2);
    // Numbers go through the site's formatter: never a hyphen-minus before a digit, never float noise.
    expect(`${d.alt} ${d.summary}`).not.toMatch(/(^|[\s(])-\d|\d\.\d{5,}/);
  });

  it('has a table column for each key it declares, all present in the rows', async () => {
    const { rows } = await renderChart(chart, loadedData);
    for (const c of chart.columns) expect(Object.keys(rows[0]!)).toContain(c.key);
  });
});

describe('chart-specific marks and labels', () => {
  it('OLI occupations: one line per occupation, direct labels for each on wide, emphasised ones on narrow', async () => {
    const out = await renderChart(getChart('oli-postings-by-occupation'), loadedData);
    const series = new Set(out.rows.map((r) => r['occupation']));
    expect((out.variants.wide.svg.match(/aria-roledescription="line mark"/g) ?? []).length).toBe(series.size);
    const wideTexts = textOf(out.variants.wide.svg);
    expect(wideTexts).toContain('Writing & translation');
    expect(wideTexts).toContain('Microwork');
    expect(wideTexts).toContain('ChatGPT released');
    expect(textOf(out.variants.narrow.svg)).not.toContain('Microwork');
    // The partial month is drawn (as an open point) but never joined to the line.
    expect(out.rows.filter((r) => r['partial']).length).toBe(series.size);
  });

  it('bars: each row’s formatted value is printed at its bar', async () => {
    for (const id of ['bloomberry-categories', 'demirci-by-category']) {
      const out = await renderChart(getChart(id), loadedData);
      const texts = textOf(out.variants.wide.svg);
      for (const r of out.rows) expect(texts).toContain(formatValue(r['change_pct'] as number, 'percent', { kind: 'change' }));
    }
  });

  it('bloomberry describe() names the largest fall and rise', async () => {
    const chart = getChart('bloomberry-categories');
    const { rows } = await renderChart(chart, loadedData);
    const sorted = [...rows].sort((a, b) => (a['change_pct'] as number) - (b['change_pct'] as number));
    const { alt } = chart.describe(rows);
    expect(alt).toContain(formatValue(sorted[0]!['change_pct'] as number, 'percent', { kind: 'change' }));
    expect(alt).toContain(formatValue(sorted.at(-1)!['change_pct'] as number, 'percent', { kind: 'change' }));
  });

  it('study estimates: Teutloff’s range is a band labelled low to high, not a point', async () => {
    const out = await renderChart(getChart('study-estimates'), loadedData);
    const range = out.rows.find((r) => r['estimate'] === null)!;
    const label = `${formatValue(range['estimate_low'] as number, 'percent', { kind: 'change' })} to ${formatValue(range['estimate_high'] as number, 'percent', { kind: 'change' })}`;
    expect(textOf(out.variants.wide.svg)).toContain(label);
    expect(out.variants.wide.svg).toContain(`data-value="${label}"`);
    // One heading per study.
    for (const name of ['Hui, Reshef &amp; Zhou', 'Demirci, Hannane &amp; Zhu', 'Teutloff et al.']) expect(out.variants.wide.svg).toContain(`>${name}<`);
  });

  it('exposure vs wage: the five highlighted occupations carry direct labels', async () => {
    const out = await renderChart(getChart('exposure-vs-wage'), loadedData);
    const texts = textOf(out.variants.wide.svg);
    for (const label of ['Writers and authors', 'Editors', 'Interpreters and translators', 'Graphic designers', 'Photographers']) expect(texts).toContain(label);
    expect(out.rows.filter((r) => r['highlight']).length).toBe(5);
  });

  it('platform panels: periods far apart are not joined by a line', async () => {
    const out = await renderChart(getChart('fiverr-buyers-vs-spend'), loadedData);
    const paths = [...out.variants.wide.svg.matchAll(/<path d="([^"]+)" fill="none"/g)].map((m) => m[1]!);
    // More "M" (move) commands than panels: gaps in the reporting break the lines.
    expect(paths.join('').split('M').length - 1).toBeGreaterThan(2);
  });
});
