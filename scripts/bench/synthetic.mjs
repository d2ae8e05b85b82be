// Build time of the site plus N synthetic chart pages: a temporary copy of the project (tracked files,
// node_modules linked) gains one route that renders a chart per page through the real pipeline
// (the chart's transform on the real data, then renderChart for both layout variants, uncached),
// then `astro build` and Pagefind run as in `npm run build`. The copy is removed afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { astroPagesBuilt, measure } from './measure.mjs';

/** The synthetic route: page n renders chart n mod (number of charts); written to src/pages/bench-synthetic/. */
export function syntheticRoute(n) {
  return `---
// Bench only (scripts/bench/synthetic.mjs): one chart per page through the real render pipeline.
import BaseLayout from '../../layouts/BaseLayout.astro';
import { charts } from '../../charts';
import { renderChart } from '../../kit/render-chart';
import { loadedData } from '../../outputs/chart-bundle';

export function getStaticPaths() {
  return Array.from({ length: ${n} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const i = Number(Astro.params.n) - 1;
const def = charts[i % charts.length]!;
const r = await renderChart(def, loadedData);
---
<BaseLayout title={\`Synthetic chart page \${i + 1}: \${def.title}\`} description="A generated page for the build benchmark.">
  <figure class="wide" data-chart-id={def.id}>
    <h1>{def.title}</h1>
    <Fragment set:html={r.variants.wide.svg + r.variants.narrow.svg} />
  </figure>
</BaseLayout>
`;
}

/** Whether a tracked file goes into the copy: not the tests, the bench or the scripts, except the build's own Vite plugins (astro.config imports them). */
export function copiedForBuild(file) {
  return !/^(tests|bench)\/|^scripts\/(?!vite\/)/.test(file);
}

/**
 * Build the project with `n` extra chart pages in a temporary copy; returns timings and peak memory.
 * @param {number} n
 * @returns {{ chartPages: number, wallMs: number, astroMs: number | null, pagesBuilt: number | null, pagefindMs: number, peakRssMB: number | null }}
 */
export function syntheticBuild(n) {
  const root = mkdtempSync(join(tmpdir(), `bench-synth-${n}-`));
  try {
    const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      if (!copiedForBuild(f)) continue;
      mkdirSync(dirname(join(root, f)), { recursive: true });
      cpSync(f, join(root, f));
    }
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    if (n > 0) {
      mkdirSync(join(root, 'src/pages/bench-synthetic'), { recursive: true });
      writeFileSync(join(root, 'src/pages/bench-synthetic/[n].astro'), syntheticRoute(n));
    }
    const astro = measure('npx', ['astro', 'build'], { cwd: root });
    const pagefind = measure('npx', ['pagefind', '--site', 'dist'], { cwd: root });
    const built = astroPagesBuilt(astro.stdout + astro.stderr);
    return {
      chartPages: n,
      wallMs: astro.wallMs + pagefind.wallMs,
      astroMs: built?.ms ?? null,
      pagesBuilt: built?.pages ?? null,
      pagefindMs: pagefind.wallMs,
      peakRssMB: astro.peakRssMB === null ? null : Math.max(astro.peakRssMB, pagefind.peakRssMB ?? 0),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
