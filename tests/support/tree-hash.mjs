// sha256 of every file in a folder, and the differences between two such listings.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Map of folder-relative POSIX path → sha256 hex, for every file under dir.
 * @param {string} dir
 * @returns {Map<string, string>}
 */
export function treeHashes(dir) {
  /** @type {Map<string, string>} */
  const out = new Map();
  /** @param {string} d @param {string} rel */
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.set(r, createHash('sha256').update(readFileSync(join(d, e.name))).digest('hex'));
    }
  };
  walk(dir, '');
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Human-readable differences between two listings ("changed x", "only in first: y"), sorted.
 * @param {Map<string, string>} a
 * @param {Map<string, string>} b
 */
export function treeDiff(a, b) {
  /** @type {string[]} */
  const out = [];
  for (const [f, h] of a) {
    if (!b.has(f)) out.push(`only in first build: ${f}`);
    else if (b.get(f) !== h) out.push(`differs: ${f}`);
  }
  for (const f of b.keys()) if (!a.has(f)) out.push(`only in second build: ${f}`);
  return out.sort();
}
