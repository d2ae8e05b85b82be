import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../../src/components/Chart.astro';

describe('<Chart variant="embed">', () => {
  it('paints the lite SVGs, puts the page’s data slot in place of the table, and has no links, downloads or scripts', async () => {
    const c = await AstroContainer.create();
    const props = { id: 'exposure-vs-wage', level: 1 as const };
    const page = await c.renderToString(Chart, { props });
    const embed = await c.renderToString(Chart, { props: { ...props, variant: 'embed' }, slots: { data: '<p id="slotted">data</p>' } });
    // Same figure, title and accessible names on both layouts.
    expect((embed.match(/<svg role="img" aria-labelledby="chart-exposure-vs-wage-title"/g) ?? []).length).toBe(2);
    expect(embed).toContain('<h1 id="chart-exposure-vs-wage-title"');
    // Tooltip data stays out of the first paint (a chart this heavy is lite on its page too, and says
    // where the full marks are) …
    expect(page).toContain('data-full="/embed/exposure-vs-wage/full.json"');
    expect(page).not.toMatch(/data-value="|data-label="/);
    expect(embed).not.toMatch(/data-value="|data-label="/);
    expect(embed.length).toBeLessThan(page.length);
    // … the table too: the slot takes its place.
    expect(embed).toContain('<p id="slotted">data</p>');
    expect(embed).not.toContain('<table');
    expect(embed).not.toMatch(/chart-downloads|#embed"|Permalink/);
    expect(embed).not.toMatch(/<script/);
    expect(page).toMatch(/<script/);
  });
});
