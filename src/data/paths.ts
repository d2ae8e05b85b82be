import path from 'node:path';

/** The project root: the directory Astro, Vitest and npm scripts run from. */
export function projectRoot(): string {
  return process.cwd();
}

/** Where the data package lives unless a caller passes `dataDir`: `<project root>/data`. */
export function defaultDataDir(): string {
  return path.join(projectRoot(), 'data');
}

/** A path as error messages show it: relative to the project root with "/" separators, or absolute when outside it. */
export function displayPath(absolutePath: string): string {
  const rel = path.relative(projectRoot(), absolutePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return absolutePath.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}
