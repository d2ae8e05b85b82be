// Content-Security-Policy and security headers: what the built pages declare, what _headers sends,
// and that every page works in Chromium with both enforced, without a single violation.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page as PwPage } from 'playwright-core';
import { headersFor, parseHeaders } from '../../src/features/seo/headers-file.mjs';
import { launch } from './browser';
import { BUILDS, htmlPages, readPage, requireBuild, textOf, urlPathOf, type Build } from './features-dist';
import { serveFolder, serveWithHeaders, type Served } from './features-server';

const [main] = BUILDS as [Build, Build];

/** script-src sources of a policy string. */
function scriptSrc(policy: string): string[] {
  const d = policy.split(';').map((s) => s.trim()).find((s) => s.startsWith('script-src '));
  return d ? d.split(/\s+/).slice(1) : [];
}

describe.each(BUILDS)('CSP declared by the pages in $dir', (b) => {
  it('every page has a CSP <meta> without unsafe-inline or unsafe-eval, and every inline script is hashed in it', () => {
    requireBuild(b);
    let inlineScripts = 0;
    for (const file of htmlPages(b.dir)) {
      const page = readPage(b.dir, file);
      const metas = page.elements.filter((e) => e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(metas, `${file}: one CSP <meta>`).toHaveLength(1);
      const policy = metas[0]!.attributes.content!.replace(/&#39;/g, "'");
      const sources = scriptSrc(policy);
      expect(sources, file).toContain("'self'");
      expect(sources, file).not.toContain("'unsafe-inline'");
      expect(sources, file).not.toContain("'unsafe-eval'");
      expect(policy, `${file}: frame-ancestors is ignored in <meta>; it belongs in _headers`).not.toContain('frame-ancestors');
      expect(policy).toMatch(/default-src 'self'/);
      for (const el of page.elements) {
        // Inline event handlers would need 'unsafe-inline' or 'unsafe-hashes'.
        for (const name of Object.keys(el.attributes)) expect(/^on[a-z]+$/i.test(name), `${file}: <${el.name} ${name}>`).toBe(false);
        if (el.name !== 'script' || el.attributes.src !== undefined) continue;
        const type = el.attributes.type;
        if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON data blocks never run
        inlineScripts++;
        const hash = `'sha256-${createHash('sha256').update(textOf(el), 'utf8').digest('base64')}'`;
        expect(sources, `${file}: inline script not hashed: ${textOf(el).slice(0, 60)}…`).toContain(hash);
      }
    }
    expect(inlineScripts).toBeGreaterThan(0); // the theme init script at least
  });
});

describe('_headers', () => {
  it('parses, sends security headers everywhere, keeps embeds frameable and nothing else', () => {
    for (const b of BUILDS) {
      requireBuild(b);
      const rules = parseHeaders(readFileSync(join(b.dir, '_headers'), 'utf8'));
      for (const file of htmlPages(b.dir)) {
        const path = urlPathOf(file, b.base);
        const h = headersFor(rules, path);
        expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
        expect(h['X-Content-Type-Options'], path).toBe('nosniff');
        expect(h['Permissions-Policy'], path).toMatch(/camera=\(\)/);
        const csp = h['Content-Security-Policy'] ?? '';
        expect(scriptSrc(csp), path).not.toContain("'unsafe-inline'");
        if (path.startsWith(`${b.base}embed/`)) {
          expect(csp).toMatch(/frame-ancestors \*$/);
          expect(h['X-Frame-Options']).toBeUndefined();
        } else {
          expect(csp, path).toMatch(/frame-ancestors 'none'$/);
          expect(h['X-Frame-Options'], path).toBe('DENY');
        }
      }
      // The embed exception exists even before the first embed page does.
      const embed = headersFor(rules, `${b.base}embed/some-chart/`);
      expect(embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
      expect(embed['X-Frame-Options']).toBeUndefined();
      expect(headersFor(rules, `${b.base}_astro/app.abc123.js`)['Cache-Control']).toMatch(/max-age=31536000.*immutable/);
    }
  });
});

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

  it('every page loads, runs its scripts and raises no CSP violation or console error', async () => {
    const files = htmlPages(main.dir);
    let withToggle = 0;
    for (const file of files) {
      const { page, problems, close } = await visit(new URL(urlPathOf(file, '/').slice(1), served.url).href);
      await page.waitForTimeout(50);
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      expect([...violations, ...problems], file).toEqual([]);
      // The hashed inline theme script ran, and so did the bundled module (the toggle un-hides itself).
      if ((await page.locator('theme-toggle').count()) > 0) {
        withToggle++;
        expect(await page.evaluate(() => document.documentElement.dataset.theme), file).toMatch(/^(light|dark)$/);
        expect(await page.locator('theme-toggle').isVisible(), file).toBe(true);
      }
      // Embeds have no site chrome (no toggle): their hashed inline options script set the theme and
      // their bundled gate module ran and loaded the enhancement.
      if (file.startsWith('embed/')) {
        expect(await page.evaluate(() => document.documentElement.dataset.theme), file).toMatch(/^(light|dark)$/);
        await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
      }
      await close();
    }
    expect(withToggle).toBeGreaterThan(files.length / 2);
    // One visit per built page (about 50 with the embeds), on two shared cores: allow more than the default.
  }, 240_000);

  it('another origin can frame an embed page but no other page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frame-host-'));
    const embeds = htmlPages(main.dir).filter((f) => f.startsWith('embed/'));
    const target = (f: string) => new URL(urlPathOf(f, '/').slice(1), served.url).href;
    const frames = [{ id: 'about', src: target('about/index.html') }, ...(embeds[0] ? [{ id: 'embed', src: target(embeds[0]) }] : [])];
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
    if (embeds[0]) expect(await loaded('embed')).toBe(true);
    await context.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
