// No resource on another origin and no script smuggled in, read from the built files (the browser
// walk that loads, scrolls and explores every page is tests/browser/page-walk.test.ts).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { allPages, distDir } from '../support/quality';
import { foreignCssRefs, foreignResourceRefs } from '../support/foreign-refs.mjs';
import { attrsOf, parseDocument, walkElements } from '../support/html-dom.mjs';
import { SITE_URL } from '../../site.config.mjs';

const pages = allPages();
/** Every file below dir, relative, with "/" separators. */
const treeFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));

describe('no third-party resources in the built files', () => {
  // Catches resources a browser run may never trigger (print styles, srcset, lazy
  // iframes). Absolute URLs on the configured public origin are the site's own and allowed here.
  const own = [new URL(SITE_URL).origin];

  it.each(pages.map((p) => [`/${p.path}`, p] as const))('%s references no resource on another origin', (_label, p) => {
    expect(foreignResourceRefs(readFileSync(p.file, 'utf8'), own)).toEqual([]);
  });

  it('no stylesheet imports or loads from another origin', () => {
    const dir = join(distDir(), '_astro');
    const css = readdirSync(dir).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    expect(css.flatMap((f) => foreignCssRefs(readFileSync(join(dir, f), 'utf8'), own).map((u) => `${f}: ${u}`))).toEqual([]);
  });
});

// Nothing in the build runs script except the site's own <script> elements: no inline event handlers,
// no javascript: URLs, and no script or foreignObject inside the downloadable SVG files.
describe('no script smuggled into the output', () => {
  const files = treeFiles(distDir()).filter((f) => /\.(html|svg)$/.test(f) && !f.startsWith('pagefind/'));

  it('has files to scan', () => {
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
  });

  it('no event-handler attributes or javascript: URLs in any HTML or SVG file', () => {
    const found: string[] = [];
    for (const f of files) {
      walkElements(parseDocument(readFileSync(join(distDir(), f), 'utf8')), (el) => {
        for (const [name, value] of Object.entries(attrsOf(el))) {
          if (/^on[a-z]+$/i.test(name)) found.push(`${f}: <${el.tagName} ${name}>`);
          if (/^\s*javascript:/i.test(value)) found.push(`${f}: <${el.tagName} ${name}="${value.slice(0, 40)}">`);
        }
        if (f.endsWith('.svg') && ['script', 'foreignObject', 'iframe'].includes(el.tagName ?? '')) found.push(`${f}: <${el.tagName}>`);
      });
    }
    expect(found).toEqual([]);
  });
});
