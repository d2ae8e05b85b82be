// The occupation explorer's byte budget, read from the built files (its behaviour in Chromium:
// tests/browser/explore.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../support/page-weight.mjs';
import { distDir } from '../support/quality';

describe('explorer byte budget', () => {
  it('loads at most 15 KB gzip of JavaScript before interaction; the data file is separate and compact', async () => {
    const dist = distDir();
    const w = await pageWeight(dist, 'explore/index.html', '/');
    const json = readFileSync(join(dist, 'explore/occupations.json'));
    const jsonGzip = gzipSync(json, { level: 9 }).length;
    console.log(
      `\n/explore/: JS before interaction ${(w.js.gzip / 1024).toFixed(1)} KB gzip (${w.js.files.map((f) => f.file).join(', ')} + inline); ` +
        `occupations.json ${(json.length / 1024).toFixed(1)} KB raw, ${(jsonGzip / 1024).toFixed(1)} KB gzip; HTML ${(w.html.gzip / 1024).toFixed(1)} KB gzip\n`,
    );
    expect(w.js.files.some((f) => /OccupationExplorer/.test(f.file))).toBe(true);
    expect(w.js.gzip).toBeLessThanOrEqual(15 * 1024);
    expect(jsonGzip).toBeLessThanOrEqual(35 * 1024);
  });
});
