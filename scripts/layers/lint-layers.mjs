// `npm run lint:layers`: imports in src/ point one way (scripts/layers/layers.mjs) and no folder
// imports another that imports it back. dependency-cruiser 18 cannot parse .astro files, so this
// first copies src/ into a shadow tree where each X.astro becomes X.astro.ts holding only its import
// statements (front matter and <script> blocks); `./X.astro` then resolves to it. Exit 1 on a violation.
// Usage: node scripts/layers/lint-layers.mjs [root]   (root defaults to the repository; tests pass a fixture)
import { cruise } from 'dependency-cruiser';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../../.dependency-cruiser.mjs';
import { unitOf } from './layers.mjs';

const IMPORT = /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g;

/** The import statements of an .astro file, as a module dependency-cruiser can read. */
export function astroImports(source) {
  return [...source.matchAll(IMPORT)].map((m) => `import '${m[1] ?? m[2]}';\n`).join('');
}

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Copy root/src into shadow/src, .astro files reduced to their imports. */
function shadowCopy(root, shadow) {
  for (const file of walk(join(root, 'src'))) {
    const rel = relative(root, file);
    if (!/\.(ts|mts|mjs|js|astro)$/.test(rel)) continue;
    const out = join(shadow, rel.endsWith('.astro') ? `${rel}.ts` : rel);
    mkdirSync(dirname(out), { recursive: true });
    const text = readFileSync(file, 'utf8');
    writeFileSync(out, rel.endsWith('.astro') ? astroImports(text) : text);
  }
}

/** Cycles in the folder graph (each as a list of folders), found by depth-first search. */
export function folderCycles(edges) {
  const graph = new Map();
  for (const [a, b] of edges) {
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a).add(b);
  }
  const cycles = [];
  const state = new Map(); // 1 = on the stack, 2 = done
  const stack = [];
  const visit = (n) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return cycles;
}

/** Lint the tree at root: the problems (empty when the layers hold) and how many modules were read. */
export async function lintLayers(root) {
  const shadow = mkdtempSync(join(tmpdir(), 'lint-layers-'));
  shadowCopy(root, shadow);
  try {
    // baseDir: module paths in the result are then "src/…", as the rules expect.
    const { output } = await cruise(['src'], { ...config.options, baseDir: shadow, validate: true, ruleSet: { forbidden: config.forbidden } });
    const clean = (p) => p.replace(/\.astro\.ts$/, '.astro');
    const problems = output.summary.violations.map((v) => `${v.rule.name}: ${clean(v.from)} → ${clean(v.to)}${v.cycle ? ` (cycle: ${v.cycle.map((c) => clean(c.name ?? c)).join(' → ')})` : ''}`);
    const edges = [];
    for (const m of output.modules) {
      const from = unitOf(m.source);
      for (const d of m.dependencies) {
        const to = unitOf(d.resolved);
        if (from && to && from !== to) edges.push([from, to]);
      }
    }
    for (const c of folderCycles(edges)) problems.push(`folder cycle: ${c.join(' → ')}`);
    return { problems, modules: output.modules.filter((m) => m.source.startsWith('src/')).length };
  } finally {
    rmSync(shadow, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
  const { problems, modules } = await lintLayers(root);
  for (const p of problems) console.error(p);
  console.log(`lint:layers: ${modules} modules read; ${problems.length ? `${problems.length} problem(s)` : 'imports point one way, no folder cycles'}`);
  process.exit(problems.length ? 1 : 0);
}
