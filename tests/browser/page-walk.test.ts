// Every page walked once in Chromium, as a reader would (loaded, scrolled to the bottom, each chart hovered
// and keyed), with the meta and header Content-Security-Policy enforced:
// - the policy: no violation and no console error, and only embeds may be framed (static checks of the
//   policy itself: tests/static/csp.test.ts);
// - privacy: no request to any origin but the site's own (fonts, analytics, CDNs, …). An attempt the policy
//   blocks shows as a violation, any other reaches the router and is recorded, so each attempt fails the
//   page (the files are read for foreign references by tests/static/privacy.test.ts).
// One walk for both: each walk is mostly waiting for the network to go quiet.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, pagePool, type PagePool } from './browser';
import { exploreCharts, scrollThrough } from '../support/quality';
import { BUILDS, htmlPages, requireBuild, urlPathOf, type Build } from '../support/built-site';
import { serveFolder, serveWithHeaders, type Served } from './features-server';

const [main] = BUILDS as [Build, Build];
requireBuild(main);

describe('pages in Chromium with the policy enforced (meta and header)', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    browser = await launch();
    served = await serveWithHeaders(main);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** What a page reported during one visit: CSP/console/page errors, and requests to other origins. */
  interface Probe {
    problems: string[];
    foreign: string[];
  }
  // Pages stay open between visits (pagePool): each records into its probe, emptied before each visit.
  let pool: PagePool<Probe>;
  beforeAll(() => {
    pool = pagePool(browser, { width: 1000, height: 800 }, async (page, context) => {
      const probe: Probe = { problems: [], foreign: [] };
      const origin = new URL(served.url).origin;
      // Abort foreign requests so an offline machine fails fast instead of waiting on timeouts.
      await context.route(
        (u) => !['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin,
        (route) => {
          probe.foreign.push(`${route.request().resourceType()} ${route.request().url()}`);
          return route.abort('blockedbyclient');
        },
      );
      page.on('websocket', (ws) => probe.foreign.push(`websocket ${ws.url()}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) probe.problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => probe.problems.push(`pageerror: ${e.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      return probe;
    });
  });
  afterAll(async () => {
    await pool?.close();
  });

  const files = htmlPages(main.dir);
  const withToggle = new Set<string>();

  // Pages run a few at a time: most of a visit is waiting for the page's scripts to load and run.
  it.concurrent.for(files)('%s loads, scrolls, explores its charts: no CSP violation, no console error, no request to another origin', async (file, { expect }) => {
    await pool.use(async (page, probe, leave) => {
      probe.problems.length = 0;
      probe.foreign.length = 0;
      const { problems, foreign } = probe;
      const res = await page.goto(new URL(urlPathOf(file, '/').slice(1), served.url).href, { waitUntil: 'load' });
      expect(res?.headers()['content-security-policy']).toBeTruthy();
      await scrollThrough(page);
      await exploreCharts(page);
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      expect([...violations, ...problems], file).toEqual([]);
      expect(foreign, `${file} made requests to other origins`).toEqual([]);
      // The hashed inline theme script ran, and so did the bundled module (the toggle shows once defined).
      if ((await page.locator('theme-toggle').count()) > 0) {
        withToggle.add(file);
        expect(await page.evaluate(() => document.documentElement.dataset.theme), file).toMatch(/^(light|dark)$/);
        expect(await page.locator('theme-toggle').isVisible(), file).toBe(true);
      }
      // Embeds have no site chrome (no toggle): their hashed inline options script set the theme and
      // their bundled gate module ran and loaded the enhancement.
      if (file.startsWith('embed/')) {
        expect(await page.evaluate(() => document.documentElement.dataset.theme), file).toMatch(/^(light|dark)$/);
        await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
      }
      // Leaving runs the page's pagehide handlers: they too may not throw or reach another origin.
      await leave();
      expect(problems, `${file}, on leaving`).toEqual([]);
      expect(foreign, `${file} made requests to other origins on leaving`).toEqual([]);
    });
  });

  it('most pages carry the theme toggle (its module ran under the policy)', () => {
    expect(withToggle.size).toBeGreaterThan(files.length / 2);
  });

  it('another origin can frame an embed page but no other page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frame-host-'));
    const embeds = htmlPages(main.dir).filter((f) => f.startsWith('embed/'));
    const target = (f: string) => new URL(urlPathOf(f, '/').slice(1), served.url).href;
    expect(embeds.length, 'no embed page built').toBeGreaterThan(0);
    const frames = [
      { id: 'about', src: target('about/index.html') },
      { id: 'embed', src: target(embeds[0]!) },
    ];
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>host</title>${frames.map((f) => `<iframe id="${f.id}" src="${f.src}"></iframe>`).join('')}`);
    const host = await serveFolder(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    /** Does the framed document have our site's <main>? (A blocked frame shows an error page.) */
    const loaded = async (id: string) => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      return frame ? (await frame.$('main#main').catch(() => null)) !== null : false;
    };
    expect(await loaded('about')).toBe(false);
    expect(await loaded('embed')).toBe(true);
    await context.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
