import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launch, pagePool, type PagePool } from './browser';
import { distDir } from '../support/quality';
import { serveStatic } from '../support/static-server.mjs';
import { gzipSize, staticImportGraph } from '../support/page-weight.mjs';
import { headersFor, parseHeaders } from '../../src/features/seo/headers-file.mjs';
import { absoluteUrl } from '../../src/lib/routes';
import { BASE_PATH } from '../../site.config.mjs';
import { charts } from '../../src/charts';

// Embeds as a reader's page uses them: the built site on one origin, a host page pasting two
// snippets on another, a third origin trying to forge messages. Heights are compared in CSS px.
const dist = distDir();
// Every chart has an embed page (tests/static/oembed.test.ts checks the build against the registry).
const ids = charts.map((c) => c.id).sort();
const oembed = (id: string) => JSON.parse(readFileSync(join(dist, 'oembed', `${id}.json`), 'utf8')) as { html: string; height: number };
const TOLERANCE = 4;

let browser: Browser;
let site: { url: string; close: () => Promise<unknown> };
const servers: Server[] = [];

/** Serve fixed HTML pages by path on a new port (a new origin). */
async function serveHtml(pages: Record<string, string>): Promise<string> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  servers.push(server);
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

/** The snippet exactly as the oEmbed file (and the chart page) gives it, pointed at the test server. */
const snippetFor = (id: string) => oembed(id).html.replaceAll(absoluteUrl(''), site.url);

/** A host page: its own theme by data-theme (CSS) that also follows the system, two snippets, and a slot for a third frame. */
function hostPage(snippets: string[], extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title>
<style>:root{color-scheme:light dark}body{margin:0;padding:0 16px;font:16px sans-serif}
:root[data-theme=dark]{color-scheme:dark;background:#111;color:#eee}:root[data-theme=light]{color-scheme:light;background:#fff;color:#111}</style></head>
<body><h1>A host article</h1>${snippets.map((s) => `<section><p>Some text before the chart.</p>${s}</section>`).join('')}${extra}<p>The end.</p></body></html>`;
}

beforeAll(async () => {
  browser = await launch();
  // The site with the headers its _headers file gives (frame-ancestors * on /embed/*), as a static host serves it.
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  site = await serveStatic({ dir: dist, base: BASE_PATH, headers: ((p: string) => headersFor(rules, p)) as unknown as () => object });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
});

/** The embed frames of a host page, in order, once each has loaded its document. */
async function embedFrames(page: Page, n: number): Promise<Frame[]> {
  const handles = await page.$$('iframe[data-genai-embed]');
  expect(handles.length).toBe(n);
  const frames: Frame[] = [];
  for (const h of handles) {
    await h.scrollIntoViewIfNeeded();
    const f = await h.contentFrame();
    if (!f) throw new Error('embed iframe has no frame');
    await f.waitForLoadState('load');
    await f.waitForSelector('[data-chart-id]');
    frames.push(f);
  }
  return frames;
}

/** Height of the iframe element in the host page, and of the content inside it. */
async function heights(page: Page, index: number, frame: Frame) {
  const iframe = await page.evaluate((i) => document.querySelectorAll('iframe[data-genai-embed]')[i]!.getBoundingClientRect().height, index);
  const inner = await frame.evaluate(() => ({
    // Where the content ends, measured on <main> (not on what the embed reports), and whether the frame scrolls.
    content: document.querySelector('main')!.getBoundingClientRect().bottom + window.scrollY,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { iframe, ...inner };
}

/** Wait until every embed frame's height matches its content, then return the measurements. */
async function settledHeights(page: Page, frames: Frame[]) {
  const all = async () => Promise.all(frames.map((f, i) => heights(page, i, f)));
  await expect.poll(async () => (await all()).every((h) => Math.abs(h.iframe - h.content) <= TOLERANCE), { timeout: 10_000, interval: 100 }).toBe(true);
  return all();
}

const themeOf = (f: Frame) => f.evaluate(() => document.documentElement.dataset.theme);

describe('embeds on another origin', () => {
  const two = [ids[0], ids[ids.length - 1]].filter((x): x is string => !!x);
  let context: BrowserContext;
  let page: Page;
  let hostUrl: string;

  beforeAll(async () => {
    hostUrl = await serveHtml({ '/': hostPage(two.map(snippetFor)) });
    context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: 'light' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** The host page's embed frames (each test also runs alone, so open the page when it is not open). */
  const open = async () => {
    if (page.url() !== hostUrl) await page.goto(hostUrl, { waitUntil: 'load' });
    return embedFrames(page, 2);
  };

  it('has embeds to test, on an origin other than the host', () => {
    expect(two.length).toBe(2);
    expect(new URL(site.url).origin).not.toBe(new URL(hostUrl).origin);
  });

  it.each([375, 1000])('at %i px each iframe is exactly as tall as its content', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    const frames = await open();
    const hs = await settledHeights(page, frames);
    for (const [i, h] of hs.entries()) {
      expect(Math.abs(h.iframe - h.content), `frame ${two[i]} at ${width}px: iframe ${h.iframe}, content ${h.content}`).toBeLessThanOrEqual(TOLERANCE);
      // Nothing is cut and nothing scrolls inside the frame.
      expect(h.scroll - h.client, `frame ${two[i]} scrolls at ${width}px`).toBeLessThanOrEqual(TOLERANCE);
      // The snippet's own height was only the fallback: the host script replaced it.
      expect(h.iframe).not.toBe(oembed(two[i]!).height);
    }
  });

  it('follows the host page when its theme changes (data-theme and the system setting)', async () => {
    const frames = await open();
    await expect.poll(() => Promise.all(frames.map(themeOf))).toEqual(['light', 'light']);
    // The site's own switch: only the host script can tell the frames, the system setting is still light.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(() => Promise.all(frames.map(themeOf))).toEqual(['dark', 'dark']);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await expect.poll(() => Promise.all(frames.map(themeOf))).toEqual(['light', 'light']);
    // No site switch: the page follows the system (color-scheme: light dark), and so do the frames.
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => Promise.all(frames.map(themeOf))).toEqual(['dark', 'dark']);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => Promise.all(frames.map(themeOf))).toEqual(['light', 'light']);
  });

  it('ignores forged messages: from the host page itself and from a frame on a third origin', async () => {
    const frames = await open();
    const before = await settledHeights(page, frames);
    const themes = await Promise.all(frames.map(themeOf));
    const id = two[0]!;
    // 1. The host page posts a well-formed height report to itself.
    await page.evaluate((chart) => window.postMessage({ type: 'genai-freelance:embed-height', version: 1, id: chart, height: 123 }, '*'), id);
    // 2. A frame from a third origin posts a height report to the host and a theme to each embed.
    const forger = await serveHtml(
      {
        '/': `<!doctype html><title>forger</title><script>
          parent.postMessage({ type: 'genai-freelance:embed-height', version: 1, id: ${JSON.stringify(id)}, height: 123 }, '*');
          for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: 'genai-freelance:embed-theme', version: 1, scheme: ${JSON.stringify(themes[0] === 'dark' ? 'light' : 'dark')} }, '*');
          document.title = 'sent';
        </script>`,
      },
    );
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.id = 'forger';
      document.body.append(f);
    }, forger);
    const forgerFrame = await (await page.waitForSelector('#forger')).contentFrame();
    await expect.poll(() => forgerFrame?.title()).toBe('sent');
    await page.waitForTimeout(300);
    const after = await Promise.all(frames.map((f, i) => heights(page, i, f)));
    expect(after.map((h) => h.iframe)).toEqual(before.map((h) => h.iframe));
    expect(await Promise.all(frames.map(themeOf))).toEqual(themes);
    await page.evaluate(() => document.getElementById('forger')?.remove());
  });

  it('a host script loaded twice (one per snippet) runs once', async () => {
    await open();
    const html = await page.content();
    expect(html.match(/<script src="[^"]*embed\.js" async/g)?.length).toBe(2);
    expect(await page.evaluate(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('data-genai-embed:host')])).toBe(true);
  });
});

describe('embeds on a phone-width host', () => {
  // Issue #15: a reader on a phone sees every embed at its content height at once, not only after
  // scrolling to it. Two embeds at 375 px with the second below the fold; nothing is scrolled.
  it('both frames are at their content height (±4 px) before any scroll', async () => {
    const pick = [ids[0], ids.find((id) => id.startsWith('bloomberry')) ?? ids[ids.length - 1]].filter((x): x is string => !!x);
    expect(pick.length).toBe(2);
    const hostUrl = await serveHtml({ '/': hostPage(pick.map(snippetFor)) });
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, colorScheme: 'light' });
    const page = await context.newPage();
    try {
      await page.goto(hostUrl, { waitUntil: 'load' });
      const handles = await page.$$('iframe[data-genai-embed]');
      expect(handles.length).toBe(2);
      // The second frame starts below the fold.
      expect(await handles[1]!.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(667);
      const frames: Frame[] = [];
      for (const h of handles) {
        const f = await h.contentFrame();
        if (!f) throw new Error('embed iframe has no frame');
        await f.waitForSelector('[data-chart-id]', { state: 'attached' });
        frames.push(f);
      }
      const hs = await settledHeights(page, frames);
      for (const [i, h] of hs.entries()) {
        expect(Math.abs(h.iframe - h.content), `frame ${pick[i]}: iframe ${h.iframe}, content ${h.content}`).toBeLessThanOrEqual(TOLERANCE);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await context.close();
    }
  });

  // Each chart in its own host page, a few at a time, on pages kept open (pagePool).
  let hosts: PagePool<undefined>;
  beforeAll(() => {
    hosts = pagePool(browser, { width: 375, height: 800 });
  });
  afterAll(async () => {
    await hosts?.close();
  });

  it.concurrent.for(ids)('%s: without the height report, the snippet alone fits phone columns (320–430 px) and wastes little', async (id, { expect }) => {
    const staticSnippet = snippetFor(id).replace(/(\/embed\/[^/"]+\/)"/, '$1?static=1"');
    const hostUrl = await serveHtml({ '/': hostPage([staticSnippet]) });
    await hosts.use(async (page) => {
      await page.goto(hostUrl, { waitUntil: 'load' });
      const [frame] = await embedFrames(page, 1);
      for (const width of [320, 375, 430]) {
        await page.setViewportSize({ width, height: 800 });
        await expect.poll(() => frame!.evaluate((w) => window.innerWidth === w - 32, width)).toBe(true);
        const h = await heights(page, 0, frame!);
        // The whole chart shows (the frame never clips; at worst it would scroll) …
        expect(h.content, `${id} at ${width}px: content ${h.content} > frame ${h.iframe}`).toBeLessThanOrEqual(h.iframe + 1);
        // … never taller than the fixed fallback, and not much taller than its content (the estimate
        // counts Inter's wider advances and a 4% margin, so it errs on the tall side by design).
        expect(h.iframe, `${id} at ${width}px`).toBeLessThanOrEqual(oembed(id).height);
        expect(h.iframe - h.content, `${id} at ${width}px: frame ${h.iframe} vs content ${h.content}`).toBeLessThanOrEqual(Math.max(60, h.content * 0.15));
      }
    });
  });
});

describe('embed options and fallbacks', () => {
  // Embed pages with JavaScript off, a few at a time, on pages kept open (pagePool).
  let plain: PagePool<undefined>;
  beforeAll(() => {
    plain = pagePool(browser, { javaScriptEnabled: false, width: 375, height: 800 });
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('?theme=dark is kept whatever the host says; ?transparent=1 has no background', async () => {
    const id = ids[0]!;
    const fixed = snippetFor(id).replace(/(\/embed\/[^/"]+\/)"/, '$1?theme=dark&transparent=1"');
    const hostUrl = await serveHtml({ '/': hostPage([fixed]) });
    const context = await browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const [frame] = await embedFrames(page, 1);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    // The frame answered (it has its height), so it has heard the host's scheme and kept its own.
    await settledHeights(page, [frame!]);
    expect(await themeOf(frame!)).toBe('dark');
    expect(await frame!.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    await context.close();
  });

  it('?static=1 loads no enhancement: no height report, no chart script', async () => {
    const id = ids[0]!;
    const staticSnippet = snippetFor(id).replace(/(\/embed\/[^/"]+\/)"/, '$1?static=1"');
    const hostUrl = await serveHtml({ '/': hostPage([staticSnippet]) });
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const scripts: string[] = [];
    context.on('request', (r) => {
      if (r.resourceType() === 'script' && r.url().startsWith(site.url) && !r.url().endsWith('/embed.js')) scripts.push(new URL(r.url()).pathname);
    });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const [frame] = await embedFrames(page, 1);
    await page.waitForLoadState('networkidle');
    const html = readFileSync(join(dist, 'embed', id, 'index.html'), 'utf8');
    const gates = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.slice(BASE_PATH.length));
    // Only the gate module the HTML names and its static imports (it checks the flag and stops):
    // no enhancement chunk, no chart script.
    const allowed = (await staticImportGraph(dist, gates, BASE_PATH)).map((f: string) => BASE_PATH + f);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !allowed.includes(s))).toEqual([]);
    expect(await frame!.evaluate(() => customElements.get('chart-figure') === undefined)).toBe(true);
    // No report: the frame keeps the snippet's fallback height, which still shows the whole chart.
    const h = await heights(page, 0, frame!);
    expect(h.iframe).toBe(oembed(id).height);
    expect(h.content).toBeLessThanOrEqual(h.iframe);
    await context.close();
  });

  it.concurrent.for(ids)('%s: readable with JavaScript off, and the fallback height fits it at phone widths', async (id, { expect }) => {
    await plain.use(async (page) => {
      await page.goto(new URL(`embed/${id}/`, site.url).href, { waitUntil: 'load' });
      expect(await page.locator('h1.chart-title').isVisible()).toBe(true);
      expect(await page.locator('.chart-source').isVisible()).toBe(true);
      expect(await page.locator('svg.chart-svg:visible').count()).toBe(1);
      const back = page.locator('.embed-credit a');
      expect(await back.getAttribute('target')).toBe('_top');
      expect(await back.getAttribute('rel')).toContain('noopener');
      expect(new URL((await back.getAttribute('href'))!, site.url).pathname).toBe(`${BASE_PATH}charts/${id}/`);
      const fallback = oembed(id).height;
      const real: number[] = [];
      for (const width of [320, 375, 414]) {
        await page.setViewportSize({ width, height: 800 });
        const content = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom);
        real.push(content);
        expect(content, `${id} at ${width}px: content ${content} > fallback ${fallback}`).toBeLessThanOrEqual(fallback);
      }
      // Generous, not wasteful: at 375 px no more than a third of the frame is empty.
      expect(fallback, `${id}: fallback ${fallback} vs content ${real[1]} at 375px`).toBeLessThanOrEqual(real[1]! * 1.5);
    });
  });
});

describe('first interaction', () => {
  // Each embed a few at a time, on pages kept open (pagePool) that record what they fetch.
  let pool: PagePool<{ fetched: string[] }>;
  beforeAll(() => {
    pool = pagePool(browser, { width: 1000, height: 900 }, (page) => {
      const record = { fetched: [] as string[] };
      page.on('request', (r) => record.fetched.push(new URL(r.url()).pathname));
      return record;
    });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it.concurrent.for(ids)('%s: hovering loads the full chart (tooltips), opening "Show data" shows the table', async (id, { expect }) => {
    await pool.use(async (page, record) => {
      record.fetched.length = 0;
      const { fetched } = record;
      await page.goto(new URL(`embed/${id}/`, site.url).href, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const full = `${BASE_PATH}embed/${id}/full.json`;
      expect(fetched, 'nothing extra before interaction').not.toContain(full);
      const svg = page.locator('svg.chart-svg:visible');
      // In page coordinates: hovering a chart taller than the viewport scrolls it, which is not a shift.
      const pageBox = () =>
        page.locator('svg.chart-svg:visible').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
        });
      const box = await pageBox();
      await svg.hover();
      await expect.poll(() => fetched.includes(full)).toBe(true);
      // The full SVG took the lite one's place in the same box (no shift), with every mark's data.
      await expect.poll(() => page.locator('svg.chart-svg:visible [data-value], svg.chart-svg:visible [aria-roledescription="point"][aria-label]').count()).toBeGreaterThan(0);
      // A chart drawn live by vega is then redrawn by its runtime, loaded on this same first interaction.
      if ((await page.locator('chart-figure').getAttribute('data-runtime')) === 'vega') await page.waitForSelector('chart-figure[data-hydrated="true"]');
      expect(await pageBox()).toEqual(box);
      // Keyboard reading works on the full marks.
      await page.locator('chart-figure').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.chart-tooltip').isVisible()).toBe(true);
      expect((await page.locator('.chart-tooltip').textContent())?.trim().length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      // The table replaces the link to the chart page when opened.
      await page.locator('details[data-embed-data] summary').click();
      await expect.poll(() => page.locator('details[data-embed-data] table tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-embed-data-note]').count()).toBe(0);
    });
  });
});

describe('the chart page offers the snippet', () => {
  it('a read-only field with the oEmbed snippet, a working copy button, and oEmbed discovery on chart and embed pages', async () => {
    const id = ids[0]!;
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(new URL(`charts/${id}/`, site.url).href, { waitUntil: 'load' });
    const field = page.locator('#embed textarea');
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await field.inputValue()).toBe(oembed(id).html);
    await page.locator('#embed button', { hasText: 'Copy embed code' }).click();
    await expect.poll(() => page.locator('#embed [role="status"]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oembed(id).html);
    for (const path of [`charts/${id}/`, `embed/${id}/`]) {
      await page.goto(new URL(path, site.url).href);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      expect(href, path).toBe(absoluteUrl(`oembed/${id}.json`));
    }
    await context.close();
  });

  it('without JavaScript the snippet is still there to select, and no dead button shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`charts/${ids[0]}/`, site.url).href, { waitUntil: 'load' });
    expect(await page.locator('#embed textarea').isVisible()).toBe(true);
    expect(await page.locator('#embed button').isVisible()).toBe(false);
    await context.close();
  });
});

describe('privacy and weight', () => {
  it('a host page with two embeds makes no request beyond the host and the site, and gets no cookie', async () => {
    const two = [ids[0], ids[ids.length - 1]].filter((x): x is string => !!x);
    const hostUrl = await serveHtml({ '/': hostPage(two.map(snippetFor)) });
    const allowed = new Set([new URL(hostUrl).origin, new URL(site.url).origin]);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const foreign: string[] = [];
    await context.route(
      (u) => !['data:', 'blob:', 'about:'].includes(u.protocol) && !allowed.has(u.origin),
      (route) => {
        foreign.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    const setCookies: string[] = [];
    context.on('response', async (r) => {
      const h = await r.allHeaders();
      if (h['set-cookie']) setCookies.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const frames = await embedFrames(page, 2);
    for (const f of frames) await f.hover('svg.chart-svg:visible');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await Promise.all(frames.map((f) => f.evaluate(() => document.cookie)))).toEqual(['', '']);
    await context.close();
  });

  it('/embed.js is served under its stable name with a cache lifetime, and embed pages may be framed by anyone', async () => {
    const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(headersFor(rules, `${BASE_PATH}embed.js`)['Cache-Control']).toMatch(/max-age=\d+/);
    for (const id of ids) {
      const h = headersFor(rules, `${BASE_PATH}embed/${id}/`);
      expect(h['X-Frame-Options'], id).toBeUndefined();
      expect(h['Content-Security-Policy'], id).toMatch(/frame-ancestors \*$/);
    }
    const res = await fetch(new URL('embed.js', site.url));
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/max-age/);
  });

  it('every embed page is within 20 KB gzip of HTML + CSS + JS before interaction (measured as loaded)', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const rows: string[] = [];
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(5);
    /** Load one embed, recording every request it makes before interaction, and check its bytes. */
    const measure = async (id: string) => {
      const files: { type: string; path: string }[] = [];
      const page = await context.newPage();
      page.on('request', (r) => {
        if (r.url().startsWith(site.url)) files.push({ type: r.resourceType(), path: new URL(r.url()).pathname.slice(BASE_PATH.length) });
      });
      await page.goto(new URL(`embed/${id}/`, site.url).href, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.close();
      const size = (type: string) =>
        files
          .filter((f) => f.type === type)
          .reduce((n, f) => n + gzipSize(readFileSync(join(dist, f.path.endsWith('/') || f.path === '' ? `${f.path}index.html` : f.path))), 0);
      const html = size('document');
      const css = size('stylesheet');
      const js = size('script');
      const other = files.filter((f) => !['document', 'stylesheet', 'script'].includes(f.type));
      rows.push(`${id.padEnd(34)} ${kb(html)} ${kb(css)} ${kb(js)} ${kb(html + css + js)}`);
      // Nothing else before interaction: no fonts, no data, no vega.
      expect(other.map((f) => `${f.type} ${f.path}`), id).toEqual([]);
      expect(html + css + js, `${id}: ${html + css + js} B gzip`).toBeLessThanOrEqual(20 * 1024);
    };
    // Three at a time: most of a load is waiting for the network to go quiet.
    for (let i = 0; i < ids.length; i += 3) await Promise.all(ids.slice(i, i + 3).map(measure));
    rows.sort();
    console.log(`\nEmbed pages, KB gzip -9 as loaded before interaction (budget 20, aim 12):\n${'page'.padEnd(34)}  HTML   CSS    JS  total\n${rows.join('\n')}\n`);
    await context.close();
  });
});
