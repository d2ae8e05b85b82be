// Content-Security-Policy in Chromium: every page works with the meta and header policies enforced,
// without a single violation, and only embeds may be framed (the static checks: tests/static/csp.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page as PwPage } from 'playwright-core';
import { launch } from './browser';
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

  /** Open a page recording CSP violations and console errors. */
  async function visit(url: string): Promise<{ page: PwPage; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const res = await page.goto(url, { waitUntil: 'load' });
    expect(res?.headers()['content-security-policy']).toBeTruthy();
    return { page, problems, close: () => context.close() };
  }

  const files = htmlPages(main.dir);
  const withToggle = new Set<string>();

  // Pages run a few at a time: most of a visit is waiting for the page's scripts to load and run.
  it.concurrent.for(files)('%s loads, runs its scripts and raises no CSP violation or console error', async (file, { expect }) => {
    const { page, problems, close } = await visit(new URL(urlPathOf(file, '/').slice(1), served.url).href);
    try {
      await page.waitForTimeout(50);
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      expect([...violations, ...problems], file).toEqual([]);
      // The hashed inline theme script ran, and so did the bundled module (the toggle un-hides itself).
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
    } finally {
      await close();
    }
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
