// Lighthouse 13 (mobile preset: emulated phone, simulated slow 4G and CPU throttling) on headless
// Chromium, run through npx so it uses Node 22; returns the scores and metrics the report needs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcpMs: number, tbtMs: number, cls: number, fcpMs: number, totalBytes: number }} LighthouseRun
 */

/**
 * Run a command asynchronously (the static server lives in this process, so a blocking spawn would
 * starve it); resolves with its exit code and stderr.
 * @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number | null, stderr: string }>}
 */
function run(cmd, args, env) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stderr }));
  });
}

/**
 * Audit one URL once; the full JSON report is kept at `outFile`.
 * @param {string} url
 * @param {string} outFile
 * @param {string} chromePath
 * @param {string} [categories] comma-separated Lighthouse categories (fewer = faster; CLS needs only performance)
 * @returns {Promise<LighthouseRun>}
 */
export async function lighthouse(url, outFile, chromePath, categories = 'performance,accessibility,best-practices,seo') {
  mkdirSync(dirname(outFile), { recursive: true });
  const args = [
    'lighthouse', url, '--quiet', '--output=json', `--output-path=${outFile}`,
    `--only-categories=${categories}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  const r = await run('npx', args, { ...process.env, CHROME_PATH: chromePath });
  if (r.code !== 0) throw new Error(`lighthouse ${url} failed (${r.code}):\n${r.stderr.slice(-2000)}`);
  const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const audit = (/** @type {string} */ id) => Number(lhr.audits[id]?.numericValue ?? NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcpMs: audit('first-contentful-paint'),
    totalBytes: audit('total-byte-weight'),
  };
}

/** Median of numbers (NaN-free input). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/**
 * Audit a URL `runs` times and take the median of each figure (Lighthouse varies run to run).
 * @param {string} url
 * @param {string} outPrefix
 * @param {string} chromePath
 * @param {number} runs
 */
export async function lighthouseMedian(url, outPrefix, chromePath, runs) {
  /** @type {LighthouseRun[]} */
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouse(url, `${outPrefix}-${i + 1}.json`, chromePath));
  const keys = /** @type {(keyof LighthouseRun)[]} */ (Object.keys(all[0] ?? {}));
  return { runs, ...Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])) };
}
