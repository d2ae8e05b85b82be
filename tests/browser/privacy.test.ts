import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser';
import { allPages, distDir, exploreCharts, scrollThrough, settle } from '../support/quality';
import { foreignCssRefs, foreignResourceRefs } from '../support/foreign-refs.mjs';
import { attrsOf, parseDocument, walkElements } from '../support/html-dom.mjs';
import { SITE_URL } from '../../site.config.mjs';

// No request to any origin but the site's own: every page is loaded, scrolled to the bottom and its
// charts hovered and keyed; any request elsewhere (fonts, analytics, CDNs, …) fails the page.
const pages = allPages();
/** Every file below dir, relative, with "/" separators. */
const treeFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('no third-party requests', () => {
  it.each(pages.map((p) => [`/${p.path}`, p] as const))('%s requests only the test server’s origin', async (_label, p) => {
    const origin = new URL(baseUrl()).origin;
    // bypassCSP: the site's CSP would block some foreign loads before they reach the network; the gate
    // is about what the page tries to load, so every attempt must be seen.
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, bypassCSP: true });
    const foreign: string[] = [];
    const errors: string[] = [];
    // Abort foreign requests so an offline machine fails fast instead of waiting on timeouts.
    await context.route(
      (url) => !['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin,
      (route) => {
        foreign.push(`${route.request().resourceType()} ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    context.on('weberror', (e) => errors.push(e.error().message));
    const page = await context.newPage();
    page.on('websocket', (ws) => foreign.push(`websocket ${ws.url()}`));
    await page.goto(new URL(p.path, baseUrl()).href);
    await settle(page);
    await scrollThrough(page);
    await exploreCharts(page);
    await context.close();
    expect(foreign, `/${p.path} made requests to other origins`).toEqual([]);
    expect(errors, `/${p.path} threw in the browser`).toEqual([]);
  });

  // Static complement: catches resources the run above never triggered (print styles, srcset, lazy
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
