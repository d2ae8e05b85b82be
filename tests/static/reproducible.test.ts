import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir } from '../support/quality';
import { treeDiff, treeHashes } from '../support/tree-hash.mjs';

// The same sources must give the same bytes: a second build into a temporary folder (the one extra
// build this costs) is compared file by file, sha256, with the dist/ that `npm test` just built.
// The Pagefind index is included: it names its files by content hash and was byte-identical here.
const tmp = mkdtempSync(join(tmpdir(), 'repro-'));
const second = join(tmp, 'dist');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Run a command through npx (Node 22 first on PATH); throw with its output when it fails. */
function npx(args: string[]) {
  const r = spawnSync('npx', args, { encoding: 'utf8', env: process.env });
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

describe('reproducible build', () => {
  it('a second build produces byte-identical files', { timeout: 600_000 }, () => {
    npx(['astro', 'build', '--outDir', second]);
    npx(['pagefind', '--site', second]);
    const first = treeHashes(resolve(distDir()));
    const again = treeHashes(second);
    expect(first.size).toBeGreaterThan(0);
    expect(treeDiff(first, again)).toEqual([]);
  });
});
