import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser';
import { allPages, distDir, exploreCharts, scrollThrough, settle } from '../support/quality';
import { foreignCssRefs, foreignResourceRefs } from '../support/foreign-refs.mjs';
import { SITE_URL } from '../../site.config.mjs';

// No request to any origin but the site's own: every page is loaded, scrolled to the bottom and its
// charts hovered and keyed; any request elsewhere (fonts, analytics, CDNs, …) fails the page.
const pages = allPages();
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
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
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
