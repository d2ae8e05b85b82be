// Locators shown to readers name the place (the work's section and paragraph, or the copy's host),
// never a path inside the project's source pack (issue #12). Reads every built page and download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, filesIn, requireBuild } from '../support/built-site';

const build = BUILDS[0]!;
/** Pack paths: "research/press/x.txt", "research/market.md", "../shared/…". */
const PACK_PATH = /(?:^|[\s("'>;])(?:\.\.\/shared\/|research\/[\w./-]*\.(?:txt|md)\b)/g;
/** Any "name.txt" file path. */
const TXT_PATH = /[\w./-]+\.txt\b/g;
/** A named public repository at a commit, or the figshare deposit: a place a reader can open. */
const PUBLIC_PLACE = /[\w.-]+\/[\w.-]+@[0-9a-f]{7,}|github\.com\/[\w.-]+\/[\w.-]+|figshare/;

/** Reader-facing text files of the build: pages, their downloads (CSV, JSON, BibTeX, RIS). */
function readerFiles(): string[] {
  requireBuild(build);
  return filesIn(build.dir).filter((f) => /\.(html|csv|json|bib|ris|txt)$/.test(f) && !f.startsWith('pagefind/') && !f.startsWith('_astro/'));
}

describe('locators in the built site', () => {
  it('no page or download prints a source-pack path', () => {
    const hits: string[] = [];
    for (const f of readerFiles()) {
      for (const m of readFileSync(join(build.dir, f), 'utf8').matchAll(PACK_PATH)) hits.push(`${f}: ${m[0].trim()}`);
    }
    expect(hits).toEqual([]);
  });

  it('every ".txt" path a page shows is a file of a named public repository or deposit', () => {
    const pages = readerFiles().filter((f) => f.endsWith('.html'));
    const bare: string[] = [];
    let seen = 0;
    for (const f of pages) {
      const html = readFileSync(join(build.dir, f), 'utf8');
      for (const m of html.matchAll(TXT_PATH)) {
        if (m[0] === 'robots.txt' || m[0].endsWith('/robots.txt')) continue;
        seen++;
        const around = html.slice(Math.max(0, m.index - 300), m.index + m[0].length + 300);
        if (!PUBLIC_PLACE.test(around)) bare.push(`${f}: ${m[0]}`);
      }
    }
    expect(seen).toBeGreaterThan(0); // the OLI locators name results/results_oli.txt in its repository
    expect(bare).toEqual([]);
  });
});
