// Editorial rules every explainer must keep; each failure names the article and what to fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getFigure, getSource, reportedByIds } from '../../../src/data';
import { charts as registry } from '../../../src/charts';
import { blockBefore, chartPlacements, h2s, idsOf, readArticles, strayDigits, wordCount } from './article-source';

const articles = readArticles();

describe('the explainers', () => {
  it('report file line numbers: body line + bodyOffset is the line in the .mdx file', () => {
    for (const a of articles) {
      const fileLines = readFileSync(a.file, 'utf8').split('\n');
      for (const c of chartPlacements(a.body)) expect(fileLines[c.line + a.bodyOffset - 1], a.file).toContain(`<Chart id="${c.id}"`);
    }
  });

  it('are the four articles, in order 1, 2, 3, 4', () => {
    const order = articles.map((a) => [a.slug, Number(/^order:\s*(\d+)/m.exec(a.frontmatter)?.[1])]);
    expect(Object.fromEntries(order)).toEqual({ 'writing-and-image-freelancing': 1, 'good-enough-economy': 2, 'client-demand': 3, 'what-the-newest-evidence-says': 4 });
  });
});

describe.each(articles.map((a) => [a.slug, a] as const))('%s', (_slug, a) => {
  it('has 1,200 to 2,500 words of prose', () => {
    const n = wordCount(a.body);
    expect(n, `${a.file}: ${n} words`).toBeGreaterThanOrEqual(1200);
    expect(n, `${a.file}: ${n} words`).toBeLessThanOrEqual(2500);
  });

  it('has at least three h2 sections (the outline appears)', () => {
    expect(h2s(a.body).length).toBeGreaterThanOrEqual(3);
  });

  it('places at least three different known charts, each introduced by a paragraph, and names one as heroChart', () => {
    const charts = chartPlacements(a.body);
    expect(new Set(charts.map((c) => c.id)).size, `${a.file}: charts`).toBeGreaterThanOrEqual(3);
    for (const c of charts) {
      const at = `${a.file}:${c.line + a.bodyOffset}`; // the line in the file, front matter included
      expect(registry.map((r) => r.id), `${at}: no chart with this id in src/charts/index.ts`).toContain(c.id);
      const before = blockBefore(a.body, c.line);
      expect(before, `${at}: a chart must follow the paragraph that introduces it`).toMatch(/^[A-Z"(<]/);
      expect(before, `${at}: a chart must follow a paragraph that introduces it, not a heading or another chart`).not.toMatch(/^#|<Chart|^\{\/\*/);
    }
    const hero = /^heroChart:\s*(\S+)/m.exec(a.frontmatter)?.[1];
    expect(charts.map((c) => c.id), `${a.file}: heroChart must be one of its charts`).toContain(hero);
  });

  it('types no number in prose: every figure comes through <Stat> (years and dates excepted)', () => {
    expect(strayDigits(a.body).map((d) => ({ ...d, line: d.line + a.bodyOffset })), a.file).toEqual([]);
  });

  it('cites the source of every figure it states, and who reported each S-grade figure', () => {
    const cited = new Set(idsOf(a.body, 'Cite'));
    const missing = idsOf(a.body, 'Stat').flatMap((id) => {
      const f = getFigure(id);
      const need = [f.source, ...(f.grade === 'S' ? reportedByIds(f.reported_by) : [])];
      return need.filter((s) => !cited.has(s)).map((s) => `${id} → <Cite id="${s}" />`);
    });
    expect(missing, a.file).toEqual([]);
  });

  it('cites only sources that exist (checked again at build time)', () => {
    for (const id of idsOf(a.body, 'Cite')) expect(() => getSource(id)).not.toThrow();
  });
});
