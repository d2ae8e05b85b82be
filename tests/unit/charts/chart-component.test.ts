import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../src/components/Chart.astro';
import { getChart } from '../../../src/charts/lookup';

describe('<Chart id/>', () => {
  it('renders a figure with both SVG layouts, the table of rows, downloads, permalink and embed link', async () => {
    const c = await AstroContainer.create();
    const html = await c.renderToString(Chart, { props: { id: 'demirci-by-category' } });
    expect(html).toMatch(/<figure[^>]*data-chart-id="demirci-by-category"/);
    expect((html.match(/<svg role="img" aria-labelledby="chart-demirci-by-category-title" aria-describedby="chart-demirci-by-category-desc"/g) ?? []).length).toBe(2);
    expect(html).toMatch(/<h2 id="chart-demirci-by-category-title"/);
    expect(html).toMatch(/<details class="chart-data"[^>]*><summary>Show data/);
    expect(html).toMatch(/<caption>Data for/);
    expect((html.match(/<th scope="col"/g) ?? []).length).toBe(getChart('demirci-by-category').columns.length);
    for (const ext of ['csv', 'json', 'svg', 'png']) expect(html).toContain(`/charts/demirci-by-category.${ext}`);
    expect(html).toContain('/charts/demirci-by-category/#embed');
    expect(html).not.toContain('data-runtime="vega"');
  });

  it('an unknown id fails the render naming the id', async () => {
    const c = await AstroContainer.create();
    await expect(c.renderToString(Chart, { props: { id: 'no-such-chart' } })).rejects.toThrow(/Unknown chart id "no-such-chart"/);
  });
});
