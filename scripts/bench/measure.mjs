// Runs a command and measures its wall time and peak memory (largest process in its tree, via GNU
// time's ru_maxrss). Without /usr/bin/time the memory is reported as null, never guessed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {{ wallMs: number, peakRssMB: number | null, stdout: string, stderr: string }} Measured
 */

/**
 * Run `cmd args` in `cwd`, throwing with its output when it fails.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [opts]
 * @returns {Measured}
 */
export function measure(cmd, args, opts = {}) {
  const withTime = existsSync(GNU_TIME);
  const [c, a] = withTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, args];
  const start = performance.now();
  const r = spawnSync(c, a, { cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  const kb = withTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] : undefined;
  return { wallMs, peakRssMB: kb ? Number(kb) / 1024 : null, stdout: r.stdout, stderr: r.stderr };
}

/** Astro's own "N page(s) built in X s" from its log, or null. */
export function astroPagesBuilt(log) {
  const m = /(\d+) page\(s\) built in ([\d.]+)\s*(m?s)/.exec(log);
  if (!m) return null;
  const t = Number(m[2]);
  return { pages: Number(m[1]), ms: m[3] === 'ms' ? t : t * 1000 };
}
