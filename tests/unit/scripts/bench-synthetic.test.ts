import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, normalize } from 'node:path';
import { copiedForBuild, syntheticRoute } from '../../../scripts/bench/synthetic.mjs';

// `npm run bench` builds a copy of the project with synthetic chart pages; it is not part of `npm test`,
// so a move in src/ or a new import in astro.config.mjs broke it silently twice. These keep it buildable.
// (Under Vitest import.meta.env is always defined, so the extractor's env defines are not tested here.)
const relativeImports = (source: string) => [...source.matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);

/** A relative import as a tracked path, trying the extensions the build resolves. */
function tracked(fromFile: string, spec: string): string | undefined {
  const base = normalize(join(dirname(fromFile), spec));
  return [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, `${base}/index.ts`].find((p) => existsSync(p));
}

describe('bench: the synthetic-site copy', () => {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);

  it('copies every file astro.config.mjs imports, and leaves out tests and the bench', () => {
    const imports = relativeImports(readFileSync('astro.config.mjs', 'utf8'));
    expect(imports.length).toBeGreaterThan(3);
    for (const spec of imports) {
      const file = tracked('astro.config.mjs', spec);
      expect(file, spec).toBeDefined();
      expect(copiedForBuild(file!), file).toBe(true);
    }
    expect(files.filter((f) => f.startsWith('tests/')).some(copiedForBuild)).toBe(false);
    expect(copiedForBuild('scripts/bench/bench.mjs')).toBe(false);
  });

  it('writes a route whose imports exist (src/pages/bench-synthetic/[n].astro)', () => {
    const route = 'src/pages/bench-synthetic/[n].astro';
    const imports = relativeImports(syntheticRoute(5));
    expect(imports.length).toBeGreaterThan(2);
    for (const spec of imports) expect(tracked(route, spec), spec).toBeDefined();
  });
});

describe('bench: the vega-lite baseline specs', () => {
  it('are extracted for every vega-lite chart by the esbuild bundle the bench runs', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { extractSpecs } = await import('../../../scripts/bench/baseline.mjs');
    const { charts } = await import('../../../src/charts');
    const dir = mkdtempSync(join(tmpdir(), 'bench-specs-'));
    try {
      const specs: { id: string; kind: string; wide: unknown }[] = await extractSpecs(dir);
      const vegaLite = charts.filter((c) => c.render.kind === 'vega-lite').map((c) => c.id);
      expect(vegaLite.length).toBeGreaterThan(0);
      expect(specs.filter((s) => s.kind === 'vega-lite').map((s) => s.id)).toEqual(vegaLite);
      for (const s of specs.filter((x) => x.kind === 'vega-lite')) {
        const spec = s.wide as Record<string, unknown>;
        expect(spec['width'], s.id).toBeGreaterThan(0);
        expect(['mark', 'layer', 'concat', 'vconcat', 'hconcat'].some((k) => k in spec), s.id).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
