import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { attrsOf, elementsByTag, parseDocument, textContent, walkElements } from '../support/html-dom.mjs';
import { BUDGETS, budgetBreaches, pageWeight, type PageWeight } from '../support/page-weight.mjs';
import { vegaChunks } from '../support/vega-chunks.mjs';
import { allPages, distDir } from '../support/quality';
import { BASE_PATH } from '../../site.config.mjs';

// Byte budgets from ../shared/DESIGN.md, checked on the built files (bytes, never time).
const dist = distDir();
const pages = allPages();
const weights = new Map<string, PageWeight>();
const vega = new Set(vegaChunks(dist));

const kb = (n: number) => (n / 1024).toFixed(1);

/** The figures as a table, printed after the checks whether they pass or fail. */
function table(): string {
  const rows = pages
    .filter((p) => weights.has(p.path))
    .map((p) => {
      const w = weights.get(p.path)!;
      return [`/${p.path}`, p.kind, kb(w.html.gzip), kb(w.css.gzip), kb(w.js.gzip), String(w.js.files.length), p.kind === 'embed' ? kb(w.embedTotalGzip) : ''];
    });
  const head = ['page', 'kind', 'HTML', 'CSS', 'JS before interaction', 'JS files', 'embed total'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Page weight, KB gzip -9 (budgets: article JS ≤ ${kb(BUDGETS.articleJs)}, embed total ≤ ${kb(BUDGETS.embedTotal)}, CSS ≤ ${kb(BUDGETS.cssPerPage)}):`,
    line(head),
    ...rows.map(line),
  ].join('\n');
}

afterAll(() => {
  console.log(`\n${table()}\n`);
});

describe('byte budgets', () => {
  it('has pages to weigh', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [`/${p.path}`, p] as const))('%s is within budget', async (_label, p) => {
    const w = await pageWeight(dist, relative(dist, p.file).split('\\').join('/'), BASE_PATH);
    weights.set(p.path, w);
    expect(budgetBreaches(w, p.kind)).toEqual([]);
    // vega's runtime is only ever loaded by import() on visibility or intent, never up front.
    expect(w.js.files.map((f) => f.file).filter((f) => vega.has(f))).toEqual([]);
  });
});

/** Charts in a page's HTML: their SVG and its text, as a browser without JS would see them. */
function chartsInHtml(html: string): { id: string; svgs: number; texts: string[] }[] {
  const charts: { id: string; svgs: number; texts: string[] }[] = [];
  const inner = new Set<unknown>();
  walkElements(parseDocument(html), (el) => {
    const id = attrsOf(el)['data-chart-id'];
    // The outermost element carrying the id is the chart; the client element inside may repeat it.
    if (id === undefined || inner.has(el)) return;
    walkElements(el, (d) => inner.add(d));
    const texts = [...elementsByTag(el, 'text'), ...elementsByTag(el, 'tspan')].map((t) => textContent(t).trim()).filter(Boolean);
    charts.push({ id, svgs: elementsByTag(el, 'svg').length, texts });
  });
  return charts;
}

describe('JS needed to read: 0 bytes', () => {
  const chartPages = pages.filter((p) => p.kind === 'chart' || p.kind === 'embed');

  it.each(pages.map((p) => [`/${p.path}`, p] as const))('%s: every chart’s SVG and text are in the HTML', (_label, p) => {
    const charts = chartsInHtml(readFileSync(p.file, 'utf8'));
    // A chart page or an embed exists to show a chart; an empty match means the markup changed.
    if (chartPages.includes(p)) expect(charts.length, `/${p.path} should contain a [data-chart-id] chart`).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.svgs, `chart ${c.id} on /${p.path} has no server-rendered <svg>`).toBeGreaterThan(0);
      expect(c.texts.length, `chart ${c.id} on /${p.path} has no text in its SVG`).toBeGreaterThan(0);
    }
  });
});
