// The baseline a reader's publisher would otherwise build: the same article page, but its vega-lite
// charts drawn in the browser by the standard `vegaEmbed(el, spec)` call (vega-embed + vega + vega-lite
// bundled by esbuild) from the very specs our build renders to SVG. Charts drawn with d3 keep their
// server SVG and lose our scripts (a conservative choice: the standard way would cost more there).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** esbuild plugin: Vite's `?raw` imports as text (theme tokens are read that way). */
const rawPlugin = {
  name: 'raw',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

/**
 * Every chart's vega-lite specs, computed by the project's own chart definitions and data loader.
 * @param {string} workDir scratch folder
 * @returns {Promise<{ id: string, title: string, kind: 'vega-lite' | 'd3', wide: unknown, narrow: unknown }[]>}
 */
export async function extractSpecs(workDir) {
  const outfile = join(workDir, 'extract-specs.mjs');
  await build({
    entryPoints: ['scripts/bench/extract-specs.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    plugins: [rawPlugin],
    // The values Vite gives the server build (chart definitions keep their renderers only when SSR is true).
    define: { 'import.meta.env.BASE_URL': '"/"', 'import.meta.env.SSR': 'true', 'import.meta.env.DEV': 'false' },
    logLevel: 'warning',
  });
  const mod = await import(`${pathToFileURL(resolve(outfile)).href}?t=${Date.now()}`);
  return mod.chartSpecs();
}

/**
 * Write the baseline page for one built article into a copy of the site.
 * @param {{ siteDir: string, articleFile: string, outPath: string, specs: Awaited<ReturnType<typeof extractSpecs>>, workDir: string }} o
 *   siteDir: the served copy of dist/; articleFile: dist-relative HTML of the article; outPath: URL path
 *   (relative to the site root) of the baseline page, e.g. "bench-baseline/<slug>/".
 * @returns {Promise<{ charts: string[], d3Charts: string[], html: string }>}
 */
export async function writeBaseline({ siteDir, articleFile, outPath, specs, workDir }) {
  let html = readFileSync(join(siteDir, articleFile), 'utf8');
  const byId = new Map(specs.map((s) => [s.id, s]));
  /** @type {string[]} */ const charts = [];
  /** @type {string[]} */ const d3Charts = [];
  // Each chart's server SVG lives in its <chart-figure> wrapper; vega-lite ones become empty containers.
  const source = html;
  html = html.replace(/<chart-figure\b[^>]*>[\s\S]*?<\/chart-figure>/g, (block, /** @type {number} */ offset) => {
    // The figure that holds this wrapper is the last one opened before it.
    const id = [...source.slice(0, offset).matchAll(/data-chart-id="([^"]+)"/g)].at(-1)?.[1] ?? '';
    const s = byId.get(id);
    if (!s || s.kind !== 'vega-lite') {
      d3Charts.push(id);
      return block.replace(/<chart-figure\b[^>]*>/, '<div class="chart-frame">').replace(/<\/chart-figure>$/, '</div>');
    }
    charts.push(id);
    return `<div class="chart-frame" id="vl-${id}"></div>`;
  });
  // The standard page: no CSP meta (vega compiles expressions with Function) and none of our scripts.
  html = html
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
    .replace(/<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace('</body>', '<script type="module" src="./baseline.js"></script></body>');

  const used = charts.map((id) => byId.get(id));
  const entry = join(workDir, 'baseline-entry.mjs');
  writeFileSync(join(workDir, 'specs.json'), JSON.stringify(used));
  writeFileSync(
    entry,
    [
      "import vegaEmbed from 'vega-embed';",
      "import specs from './specs.json';",
      "const variant = matchMedia('(max-width: 599px)').matches ? 'narrow' : 'wide';",
      'for (const s of specs) vegaEmbed(`#vl-${s.id}`, s[variant]);',
      '',
    ].join('\n'),
  );
  const pageDir = join(siteDir, outPath);
  mkdirSync(pageDir, { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(pageDir, 'baseline.js'),
    nodePaths: [resolve('node_modules')],
    logLevel: 'warning',
  });
  writeFileSync(join(pageDir, 'index.html'), html);
  return { charts, d3Charts, html: join(outPath, 'index.html') };
}

