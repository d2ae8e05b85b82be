import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUDGETS, gzipSize, pageWeight, staticImportGraph } from '../support/page-weight.mjs';
import { vegaChunks } from '../support/vega-chunks.mjs';
import { allPages, distDir } from '../support/quality';
import { BASE_PATH } from '../../site.config.mjs';

// Byte budgets of views (issue #16) and of page HTML (issue #15), on the built files: bytes, never time.
const dist = distDir();
const astro = readdirSync(join(dist, '_astro'));
const chunk = (name: string) => {
  const f = astro.find((x) => x.startsWith(`${name}.`) && x.endsWith('.js'));
  if (!f) throw new Error(`no ${name}.*.js chunk in dist/_astro`);
  return `_astro/${f}`;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('HTML ≤ 40 KB gzip on every article and chart page', () => {
  const pages = allPages().filter((p) => p.kind === 'article' || p.kind === 'chart');
  it('has article and chart pages', () => expect(pages.length).toBeGreaterThan(3));
  it.each(pages.map((p) => [`/${p.path}`, p] as const))('%s', async (_l, p) => {
    const w = await pageWeight(dist, relative(dist, p.file).split('\\').join('/'), BASE_PATH);
    expect(w.html.gzip, `${p.path}: ${kb(w.html.gzip)}`).toBeLessThanOrEqual(BUDGETS.htmlPerPage);
  });
});

describe('JS per view change', () => {
  it('nothing for views loads before interaction: the views client is only reached by import()', async () => {
    const first = await staticImportGraph(dist, [chunk('chart-figure')], BASE_PATH);
    expect(first.filter((f) => /view-client|exposure-vs-wage|oli-postings|d3-scale|vega/.test(f))).toEqual([]);
    // The trigger in the first script really does import it lazily.
    expect(readFileSync(join(dist, chunk('chart-figure')), 'utf8')).toMatch(/import\(["'`][^"'`]*view-client/);
  });

  it.each(['exposure-vs-wage', 'fiverr-buyers-vs-spend'])(`a d3 chart (%s): ≤ ${kb(BUDGETS.viewChangeD3)} gzip, no vega`, async (id) => {
    const before = new Set(await staticImportGraph(dist, [chunk('chart-figure')], BASE_PATH));
    const graph = await staticImportGraph(dist, [chunk('view-client'), chunk(id)], BASE_PATH);
    const added = graph.filter((f) => !before.has(f));
    const vega = new Set(vegaChunks(dist));
    expect(added.filter((f) => vega.has(f))).toEqual([]);
    const bytes = added.reduce((n, f) => n + gzipSize(readFileSync(join(dist, f))), 0);
    console.log(`view change JS, ${id}: ${kb(bytes)} gzip (${added.length} files)`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.viewChangeD3);
  });
});
