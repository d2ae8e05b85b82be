import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch, pagePool, siteUrl, type PagePool } from './browser';
import { vegaChunks } from '../support/vega-chunks.mjs';
import { allPages, distDir, onePerTemplate, settle, VEGA_CHART_SELECTOR } from '../support/quality';

// vega's runtime (~185 KB gzip) may load only once a chart that needs it is visible: a page opened
// without scrolling must not request it unless such a chart sits in the first viewport.
const pages = allPages();
const vega = vegaChunks(distDir());
/** Pages with a chart that may load the runtime: the only ones whose result can depend on the viewport. */
const runtimePages = new Set(pages.filter((p) => /data-runtime="vega"/.test(readFileSync(p.file, 'utf8'))).map((p) => p.path));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

// Only a chart flagged as needing the runtime imports it (by import(), see tests/browser/budgets-views for
// the static graph), so a page without one is a matter of its template: one page of each is visited.
const withoutRuntime = onePerTemplate(pages.filter((p) => !runtimePages.has(p.path))).map((p) => p.path);

describe.each([
  { name: 'desktop', width: 1000, height: 800, only: (path: string) => runtimePages.has(path) || withoutRuntime.includes(path) },
  // Elsewhere nothing may load vega at any size; the desktop pass already proves that.
  { name: 'phone', width: 375, height: 740, only: (path: string) => runtimePages.has(path) },
])('vega runtime stays unloaded until needed ($name viewport)', ({ width, height, only }) => {
  // Pages kept open between visits (pagePool), each recording the vega chunks it requests.
  let pool: PagePool<{ requested: string[] }>;
  beforeAll(() => {
    pool = pagePool(browser, { width, height }, (page) => {
      const record = { requested: [] as string[] };
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (vega.some((chunk) => path.endsWith(`/${chunk}`))) record.requested.push(path);
      });
      return record;
    });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it.concurrent.for(pages.filter((p) => only(p.path)).map((p) => [`/${p.path}`, p] as const))('%s', async ([_label, p], { expect }) => {
    await pool.use(async (page, record) => {
      record.requested.length = 0;
      const { requested } = record;
      await page.goto(siteUrl(p.path));
      await settle(page);
      if (requested.length) {
        // Allowed only for a chart flagged as needing the runtime that is (partly) in the first viewport.
        const visibleVegaCharts = await page.locator(VEGA_CHART_SELECTOR).evaluateAll((els) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
          }).length,
        );
        expect(visibleVegaCharts, `/${p.path} requested ${requested.join(', ')} with no vega chart in view`).toBeGreaterThan(0);
      }
    });
  });
});
