import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUDGETS, budgetBreaches, gzipSize, htmlRefs, pageWeight, staticImportGraph } from '../support/page-weight.mjs';
import { isVegaRuntime, vegaChunks } from '../support/vega-chunks.mjs';
import { fileToPath, pageKind, pathToFile, sitePages } from '../support/site-pages.mjs';

// A miniature dist/ written per run, so each gate is proven to fail on a page that breaks it.
let dist: string;
const write = (rel: string, body: string | Buffer) => {
  mkdirSync(dirname(join(dist, rel)), { recursive: true });
  writeFileSync(join(dist, rel), body);
};
// Incompressible bytes as a JS string literal: gzip cannot shrink them, so sizes are predictable.
const noise = (bytes: number) => `export const n=${JSON.stringify(randomBytes(bytes).toString('base64'))};`;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
  write('_astro/entry.js', `import{a}from"./a.js";import"./side.js";document.x=()=>import("./lazy.js");console.log(a);`);
  write('_astro/a.js', `export{b as a}from"./b.js";`);
  write('_astro/b.js', `export const b=1;`);
  write('_astro/side.js', `window.side=1;`);
  write('_astro/lazy.js', `throw Error("Duplicate signal name: "+x)`);
  write('_astro/big.js', noise(20_000));
  write('_astro/site.css', 'body{color:red}');
  write('_astro/huge.css', `/*${randomBytes(30_000).toString('base64')}*/`);
  write(
    'articles/light/index.html',
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style>` +
      `<script type="module" src="/_astro/entry.js"></script><script>var t=1</script>` +
      `<script type="application/ld+json">{"big":"${'x'.repeat(5000)}"}</script></head><body><p>hi</p></body></html>`,
  );
  write('articles/heavy/index.html', `<!doctype html><script type="module" src="../../_astro/big.js"></script><p>heavy</p>`);
  write('embed/heavy/index.html', `<!doctype html><link rel="stylesheet" href="/_astro/huge.css"><script type="module">import "/_astro/big.js";</script>`);
  write('index.html', '<!doctype html><title>home</title>');
  write('pagefind/ui/index.html', 'not a page');
  write('sub-page/index.html', '<script type="module" src="/explainer/_astro/entry.js"></script>');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('page weight', () => {
  it('finds scripts, stylesheets and inline code but ignores JSON data blocks', () => {
    const refs = htmlRefs(readFileSync(join(dist, 'articles/light/index.html'), 'utf8'));
    expect(refs.scripts).toEqual([{ src: '/_astro/entry.js', module: true }]);
    expect(refs.inlineScripts).toEqual(['var t=1']);
    expect(refs.stylesheets).toEqual(['/_astro/site.css']);
    expect(refs.inlineStyles).toEqual(['p{margin:0}']);
  });

  it('follows static imports and export-from, never dynamic import()', async () => {
    const graph = await staticImportGraph(dist, ['_astro/entry.js']);
    expect(graph.sort()).toEqual(['_astro/a.js', '_astro/b.js', '_astro/entry.js', '_astro/side.js']);
  });

  it('fails loudly when a static import points at a missing file', async () => {
    write('_astro/broken.js', 'import"./missing.js";');
    await expect(staticImportGraph(dist, ['_astro/broken.js'])).rejects.toThrow(/missing\.js/);
  });

  it('sums gzip sizes of the graph plus inline scripts', async () => {
    const w = await pageWeight(dist, 'articles/light/index.html');
    const files = ['_astro/entry.js', '_astro/a.js', '_astro/side.js', '_astro/b.js'];
    const expected = files.reduce((s, f) => s + gzipSize(readFileSync(join(dist, f))), 0) + gzipSize('var t=1');
    expect(w.js.gzip).toBe(expected);
    expect(w.js.files.map((f) => f.file).sort()).toEqual(files.sort());
    expect(w.css.gzip).toBe(gzipSize(readFileSync(join(dist, '_astro/site.css'))) + gzipSize('p{margin:0}'));
    expect(budgetBreaches(w, 'article')).toEqual([]);
  });

  it('flags an article page over the JS budget (relative script URL)', async () => {
    const w = await pageWeight(dist, 'articles/heavy/index.html');
    expect(w.js.gzip).toBeGreaterThan(BUDGETS.articleJs);
    const breaches = budgetBreaches(w, 'article');
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatch(/articles\/heavy\/index\.html: JS before interaction .* > 8\.0 KB .*big\.js/);
  });

  it('flags an embed page over its total budget and any page over the CSS budget', async () => {
    const w = await pageWeight(dist, 'embed/heavy/index.html');
    expect(w.js.files.map((f) => f.file)).toEqual(['_astro/big.js']);
    const breaches = budgetBreaches(w, 'embed');
    expect(breaches.some((b) => /embed HTML\+CSS\+JS .* > 20\.0 KB/.test(b))).toBe(true);
    expect(breaches.some((b) => /CSS .* > 20\.0 KB .*huge\.css/.test(b))).toBe(true);
  });

  it('resolves absolute URLs under a base path', async () => {
    const w = await pageWeight(dist, 'sub-page/index.html', '/explainer/');
    expect(w.js.files).toHaveLength(4);
  });
});

describe('vega runtime detection', () => {
  it('recognises vega’s own minified build and a chunk with its parser, not other code', () => {
    expect(isVegaRuntime(readFileSync('node_modules/vega/build/vega.min.js', 'utf8'))).toBe(true);
    expect(isVegaRuntime(readFileSync('node_modules/d3-scale/dist/d3-scale.min.js', 'utf8'))).toBe(false);
    expect(vegaChunks(dist)).toEqual(['_astro/lazy.js']);
  });
});

describe('page enumeration', () => {
  it('lists every HTML file outside asset folders, with its URL path and kind', () => {
    const pages = sitePages(dist).map((p) => [p.path, p.kind]);
    expect(pages).toEqual([
      ['articles/heavy/', 'article'],
      ['articles/light/', 'article'],
      ['embed/heavy/', 'embed'],
      ['', 'home'],
      ['sub-page/', 'page'],
    ]);
  });

  it('maps paths and files both ways', () => {
    expect(fileToPath('404.html')).toBe('404.html');
    expect(pathToFile('charts/x/')).toBe('charts/x/index.html');
    expect(pageKind('404.html')).toBe('notfound');
    expect(pageKind('charts/')).toBe('page');
  });
});
