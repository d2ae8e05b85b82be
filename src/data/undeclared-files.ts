import fs from 'node:fs';
import path from 'node:path';
import type { DataIssue } from './errors';
import { displayPath } from './paths';
import type { DataPackage } from './schemas/package';

function rawPaths(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) rawPaths(v, out);
  else if (value && typeof value === 'object' && 'path' in value) rawPaths((value as { path: unknown }).path, out);
}

/** Every CSV directly in data/ must be a resource (or be listed in the package's x-raw). */
export function checkUndeclaredCsvs(pkg: DataPackage, dataDir: string): DataIssue[] {
  const declared = new Set(pkg.resources.map((r) => r.path));
  rawPaths(pkg['x-raw'], declared);
  return fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.csv') && !declared.has(f))
    .sort()
    .map((f) => ({
      file: displayPath(path.join(dataDir, f)),
      column: 'file',
      message: 'CSV is not a resource in datapackage.json (add it, with a schema, sources and licenses)',
    }));
}
