// Views in `npm run bench` (issue #16; HTML bytes of issue #15): bytes a view change downloads, the
// redraw time against re-running vegaEmbed with the changed spec (same machine, same run), and each
// article and chart page's HTML bytes after/before the data-island work. Times are medians of RUNS.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/support/chromium.mjs';

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;

/** The view changes measured: a chart page, and the control the reader uses. */
const CASES = [
  { id: 'oli-postings-by-occupation', control: 'select[name="measure"]', value: 'share', kind: 'vega-lite' },
  { id: 'exposure-vs-wage', control: 'select[name="score"]', value: 'gamma', kind: 'd3' },
  { id: 'fiverr-buyers-vs-spend', control: 'input[name="from"]', value: '2023-01', kind: 'd3' },
];

/**
 * @param {{ siteDir: string, siteUrl: string, chrome: string, specs: { id: string, changed?: { query: string, spec: unknown } }[], workDir: string, pages: { path: string, kind: string, html: { gzip: number } }[], runs: number }} o
 */
export async function benchViews(o) {
  // A page with vegaEmbed on window, for the comparison (the site's CSP would block its eval).
  const dir = join(o.siteDir, 'bench-baseline', 'views');
  mkdirSync(dir, { recursive: true });
  const entry = join(o.workDir, 'vega-embed-global.mjs');
  writeFileSync(entry, "import vegaEmbed from 'vega-embed';\nwindow.vegaEmbed = vegaEmbed;\n");
  await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', outfile: join(dir, 'vega-embed.js'), logLevel: 'warning' });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>vegaEmbed redraw</title><div id="c"></div><script src="vega-embed.js"></script>\n');

  const browser = await chromium.launch({ executablePath: o.chrome, args: CHROMIUM_ARGS });
  const changes = [];
  try {
    for (const c of CASES) {
      const bytes = [];
      const redraw = [];
      for (let i = 0; i < o.runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
        await page.goto(new URL(`charts/${c.id}/`, o.siteUrl).href, { waitUntil: 'networkidle' });
        if (c.kind === 'vega-lite') await page.locator('chart-figure[data-hydrated="true"]').waitFor({ timeout: 30_000 });
        /** @type {Promise<number>[]} */
        const sizes = [];
        page.on('response', (r) => sizes.push(r.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0)));
        await page.locator(`figure[data-chart-id="${c.id}"] ${c.control}`).first().evaluate((el, v) => {
          /** @type {HTMLInputElement} */ (el).value = v;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }, c.value);
        await page.waitForFunction(() => performance.getEntriesByName('views:redraw').length > 0, undefined, { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        redraw.push(await page.evaluate(() => performance.getEntriesByName('views:redraw')[0]?.duration ?? 0));
        bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
        await page.close();
      }
      /** @type {number | null} */
      let vegaEmbedMs = null;
      const changed = o.specs.find((s) => s.id === c.id)?.changed;
      if (c.kind === 'vega-lite' && changed) {
        const times = [];
        for (let i = 0; i < o.runs; i++) {
          const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
          await page.goto(new URL('bench-baseline/views/', o.siteUrl).href, { waitUntil: 'load' });
          times.push(
            await page.evaluate(async (spec) => {
              const t0 = performance.now();
              // @ts-expect-error set by the bundle above
              await window.vegaEmbed('#c', spec, { renderer: 'svg', actions: false });
              return performance.now() - t0;
            }, changed.spec),
          );
          await page.close();
        }
        vegaEmbedMs = median(times);
      }
      const ms = median(redraw);
      changes.push({ chart: c.id, kind: c.kind, change: `${c.control} → ${c.value}`, bytesGzip: median(bytes), redrawMs: ms, vegaEmbedMs, ratio: ms !== null && vegaEmbedMs ? ms / vegaEmbedMs : null });
    }
  } finally {
    await browser.close();
  }

  const before = JSON.parse(readFileSync('scripts/bench/html-before.json', 'utf8')).pages;
  const html = o.pages
    .filter((p) => p.kind === 'article' || p.kind === 'chart')
    .map((p) => ({ path: p.path, beforeGzip: before[p.path]?.gzip ?? null, afterGzip: p.html.gzip, ratio: before[p.path] ? p.html.gzip / before[p.path].gzip : null }));
  return { changes, html };
}
