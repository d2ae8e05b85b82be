// `npm run bench`: builds the site and, in one run on this machine, measures it and writes
// bench/report.json and bench/report.md: Lighthouse (mobile) for the home page, each article and one
// embed; bytes per page; the same article's charts drawn the standard way with vega-embed, with ratios;
// build time and peak memory for the site and for synthetic sites of 200 and 1000 chart pages.
// Also CLS (layout shift) on every page against the issue #15 budget of 0.01.
// Never part of `npm test` (it measures time). Env: BENCH_RUNS (Lighthouse runs for the compared pair,
// default 3), BENCH_SYNTHETIC (comma-separated page counts, default "200,1000"; "" to skip), BENCH_CLS=0
// (skip the per-page CLS pass).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from '../tests/support/chromium.mjs';
import { serveStatic } from '../tests/support/static-server.mjs';
import { sitePages } from '../tests/support/site-pages.mjs';
import { pageWeight } from '../tests/support/page-weight.mjs';
import { astroPagesBuilt, measure } from './bench/measure.mjs';
import { lighthouse as lighthouseOnce, lighthouseMedian } from './bench/lighthouse.mjs';
import { extractSpecs, writeBaseline } from './bench/baseline.mjs';
import { syntheticBuild } from './bench/synthetic.mjs';
import { toMarkdown } from './bench/report.mjs';
import { benchViews } from './bench/views.mjs';

const DIST = 'dist';
const TMP = 'bench/tmp';
const SITE_COPY = join(TMP, 'site');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
// BENCH_CLS=0 skips the per-page layout-shift pass (one Lighthouse run per page, about 12 s each).
const CLS_ALL = process.env.BENCH_CLS !== '0';
const SYNTHETIC = (process.env.BENCH_SYNTHETIC ?? '200,1000').split(',').map((x) => Number(x.trim())).filter((x) => x > 0);
const loadStart = loadavg()[0] ?? 0;

const log = (/** @type {string} */ m) => console.log(`[bench] ${m}`);
const started = performance.now();
const chrome = ensureChromium();
mkdirSync(TMP, { recursive: true });

// 1. The site build, timed as `npm run build` does it (astro build, then the Pagefind index).
log('building the site …');
const astro = measure('npx', ['astro', 'build']);
const pagefind = measure('npx', ['pagefind', '--site', DIST]);
const built = astroPagesBuilt(astro.stdout + astro.stderr);
const build = {
  wallMs: astro.wallMs + pagefind.wallMs,
  astroMs: built?.ms ?? null,
  pagesBuilt: built?.pages ?? null,
  pagefindMs: pagefind.wallMs,
  peakRssMB: astro.peakRssMB === null ? null : Math.max(astro.peakRssMB, pagefind.peakRssMB ?? 0),
};
log(`built ${build.pagesBuilt} pages in ${(build.wallMs / 1000).toFixed(1)} s, peak ${build.peakRssMB?.toFixed(0)} MB`);

// 2. Bytes per page.
const pages = [];
for (const p of sitePages(DIST)) {
  const file = p.file.slice(DIST.length + 1);
  const w = await pageWeight(DIST, file);
  pages.push({ path: p.path, kind: p.kind, file, html: w.html, css: { raw: w.css.raw, gzip: w.css.gzip }, js: { raw: w.js.raw, gzip: w.js.gzip, files: w.js.files.map((f) => f.file) } });
}

// 3. The baseline: the article with the most vega-lite charts, redrawn with vega-embed.
rmSync(SITE_COPY, { recursive: true, force: true });
cpSync(DIST, SITE_COPY, { recursive: true });
const workDir = join(TMP, 'baseline');
mkdirSync(workDir, { recursive: true });
const specs = await extractSpecs(workDir);
const vegaLiteIds = new Set(specs.filter((s) => s.kind === 'vega-lite').map((s) => s.id));
const articles = pages.filter((p) => p.kind === 'article');
const chartIds = (/** @type {string} */ file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/<figure\b[^>]*data-chart-id="([^"]+)"/g)].map((m) => m[1] ?? '');
/** The page among `candidates` with the most vega-lite charts, or null when none has one. */
const mostVegaLite = (/** @type {typeof pages} */ candidates) => {
  const best = candidates.map((a) => ({ a, n: chartIds(a.file).filter((id) => vegaLiteIds.has(id)).length })).sort((x, y) => y.n - x.n)[0];
  return best && best.n > 0 ? best.a : null;
};
// An article when one has vega-lite charts; until then, the chart page that has one (said in the report).
const compared = mostVegaLite(articles) ?? mostVegaLite(pages.filter((p) => p.kind === 'chart'));
let baseline = null;
if (compared) {
  const slug = compared.path.replace(/^(articles|charts)\/|\/$/g, '');
  baseline = await writeBaseline({ siteDir: SITE_COPY, articleFile: compared.file, outPath: `bench-baseline/${slug}/`, specs, workDir });
  log(`baseline for /${compared.path}: vega-lite charts ${baseline.charts.join(', ')}`);
}

// 4. Lighthouse, against the copy served with gzip like a real host.
const server = await serveStatic({ dir: SITE_COPY, compress: true });
const lhDir = join(TMP, 'lighthouse');
rmSync(lhDir, { recursive: true, force: true });
const targets = [
  { label: 'home', path: '', runs: 1 },
  ...articles.map((a) => ({ label: 'article', path: a.path, runs: a === compared ? RUNS : 1 })),
  ...(compared && compared.kind !== 'article' ? [{ label: 'chart page', path: compared.path, runs: RUNS }] : []),
  ...pages.filter((p) => p.kind === 'embed').slice(0, 1).map((e) => ({ label: 'embed', path: e.path, runs: 1 })),
  ...(compared ? [{ label: 'baseline (vega-embed)', path: `bench-baseline/${compared.path.replace(/^(articles|charts)\//, '')}`, runs: RUNS }] : []),
];
const lighthouse = [];
/** @type {{ path: string, kind: string, cls: number }[]} */
const cls = [];
/** @type {Awaited<ReturnType<typeof benchViews>> | null} */
let views = null;
try {
  for (const t of targets) {
    log(`lighthouse ×${t.runs}: /${t.path}`);
    const name = t.path.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '_') || 'home';
    lighthouse.push({ ...t, ...(await lighthouseMedian(new URL(t.path, server.url).href, join(lhDir, name), chrome, t.runs)) });
  }
  // Layout shift on every page (issue #15: CLS ≤ 0.01 everywhere); pages audited above reuse their figure.
  if (CLS_ALL) {
    for (const p of pages) {
      const known = lighthouse.find((l) => l.path === p.path && !l.label.startsWith('baseline'));
      if (known) {
        cls.push({ path: p.path, kind: p.kind, cls: known.cls });
        continue;
      }
      log(`lighthouse CLS: /${p.path}`);
      const name = `cls-${p.path.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '_') || 'home'}`;
      const run = await lighthouseOnce(new URL(p.path, server.url).href, join(lhDir, `${name}.json`), chrome, 'performance');
      cls.push({ path: p.path, kind: p.kind, cls: run.cls });
    }
  }
  // Views: bytes per view change, redraw vs vegaEmbed, HTML after/before (issues #15, #16).
  log('views: view changes and HTML bytes …');
  views = await benchViews({ siteDir: SITE_COPY, siteUrl: server.url, chrome, specs, workDir, pages, runs: RUNS });
} finally {
  await server.close();
}

// 5. Ours vs baseline, same article, same run.
/** @type {any} */
let comparison = null;
if (compared && baseline) {
  const oursW = await pageWeight(DIST, compared.file);
  const baseW = await pageWeight(SITE_COPY, baseline.html);
  const lhOurs = lighthouse.find((l) => !l.label.startsWith('baseline') && l.path === compared.path);
  const lhBase = lighthouse.find((l) => l.label.startsWith('baseline'));
  const div = (/** @type {number} */ a, /** @type {number} */ b) => (b > 0 ? a / b : null);
  const total = (/** @type {typeof oursW} */ w) => w.html.gzip + w.css.gzip + w.js.gzip - w.js.inline.gzip;
  comparison = {
    article: compared.path,
    kind: compared.kind,
    charts: baseline.charts,
    d3Charts: baseline.d3Charts,
    ours: { jsGzip: oursW.js.gzip, totalGzip: total(oursW), lighthouse: lhOurs },
    baseline: { jsGzip: baseW.js.gzip, jsRaw: baseW.js.raw, totalGzip: total(baseW), lighthouse: lhBase },
    ratios: {
      jsBytes: div(oursW.js.gzip, baseW.js.gzip),
      totalBytes: div(total(oursW), total(baseW)),
      transferBytes: div(lhOurs.totalBytes, lhBase.totalBytes),
      lcp: div(lhOurs.lcpMs, lhBase.lcpMs),
      tbt: div(lhOurs.tbtMs, lhBase.tbtMs),
      performance: div(lhOurs.performance, lhBase.performance),
    },
  };
}

// 6. Synthetic sites: how build cost grows with chart pages.
// A 0-page control built the same way first: the marginal cost per chart page is measured against it,
// not against the main build (whose caches and timing differ).
const synthetic = [];
for (const n of SYNTHETIC.length ? [0, ...SYNTHETIC] : []) {
  log(`synthetic build: site + ${n} chart pages …`);
  synthetic.push(syntheticBuild(n));
}

// Debian's wrapper script prints a shell warning on stderr; only the version line matters.
const chromium = execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^\D+/, '').replace(/\s.*$/, '');
const report = {
  machine: {
    when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium,
    lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
    // Other work on the machine slows builds and Lighthouse's CPU tasks; the 1-minute load average says how busy it was.
    loadAverage: { start: Math.round(loadStart * 10) / 10, end: Math.round((loadavg()[0] ?? 0) * 10) / 10 },
  },
  build,
  synthetic,
  comparison,
  comparisonSkipped: comparison ? undefined : 'no page has a vega-lite chart',
  lighthouse,
  cls,
  views,
  pages,
  benchSeconds: Math.round((performance.now() - started) / 1000),
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/report.md', `${toMarkdown(report)}\n`);
log(`wrote bench/report.md and bench/report.json in ${report.benchSeconds} s`);
