import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser';
import { allPages, exploreCharts, scrollThrough, settle } from '../support/quality';

// No request to any origin but the site's own: every page is loaded, scrolled to the bottom and its
// charts hovered and keyed; any request elsewhere (fonts, analytics, CDNs, …) fails the page.
// The files themselves are read for foreign references by tests/static/privacy.test.ts.
const pages = allPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('no third-party requests', () => {
  // Pages run a few at a time: most of a walk is waiting for the network to go quiet.
  it.concurrent.for(pages.map((p) => [`/${p.path}`, p] as const))('%s requests only the test server’s origin', async ([_label, p], { expect }) => {
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
});
