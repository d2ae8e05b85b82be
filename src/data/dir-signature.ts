import fs from 'node:fs';
import path from 'node:path';

/** A cheap fingerprint of a data directory (name, size and mtime of each top-level .json/.csv file). */
export function dirSignature(dir: string): string {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.csv') || n.endsWith('.json')).sort();
  } catch {
    return 'missing';
  }
  return names
    .map((n) => {
      const s = fs.statSync(path.join(dir, n));
      return `${n}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
}
