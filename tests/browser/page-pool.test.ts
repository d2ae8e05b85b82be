import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, pagePool, type PagePool } from './browser';

// The walks reuse open pages (pagePool); a page must come back as a fresh one would be, or one test's
// leftovers (a stored theme, a phone viewport) would change what the next test sees.
describe('pagePool', () => {
  let browser: Browser;
  let pool: PagePool<{ prepared: number }>;
  let prepared = 0;
  beforeAll(async () => {
    browser = await launch();
    pool = pagePool(browser, { width: 900, height: 700 }, () => ({ prepared: ++prepared }));
  });
  afterAll(async () => {
    await pool?.close();
    await browser?.close();
  });

  it('lends the same page again, prepared once, with storage cleared, viewport restored and no document', async () => {
    const first = await pool.use(async (page, p) => {
      await page.goto(new URL('about/', baseUrl()).href);
      await page.evaluate(() => {
        localStorage.setItem('theme', 'dark');
        sessionStorage.setItem('x', '1');
      });
      await page.setViewportSize({ width: 360, height: 640 });
      return { page, prepared: p.prepared };
    });
    await pool.use(async (page, p) => {
      expect(page).toBe(first.page);
      expect(p.prepared).toBe(first.prepared);
      expect(page.url()).toBe('about:blank');
      expect(page.viewportSize()).toEqual({ width: 900, height: 700 });
      await page.goto(new URL('about/', baseUrl()).href);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    });
    expect(prepared).toBe(1);
  });

  it('opens another page when every page is lent, and retires a page whose visit threw', async () => {
    let held: Page | undefined;
    let release!: () => void;
    const holding = pool.use(async (page) => {
      held = page;
      await new Promise<void>((r) => (release = r));
    });
    await expect.poll(() => held).toBeDefined();
    const other = await pool.use(async (page) => page);
    expect(other).not.toBe(held);
    release();
    await holding;
    await expect(pool.use(async (page) => {
      held = page;
      throw new Error('visit failed');
    })).rejects.toThrow('visit failed');
    expect(held!.isClosed()).toBe(true);
    const next = await pool.use(async (page) => page);
    expect(next).not.toBe(held);
  });
});

describe('pagePool between visits of a host that caches', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  const hits: Record<string, number> = {};
  beforeAll(async () => {
    browser = await launch();
    // A page whose script may be cached for an hour, and whose body reports being hovered.
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      hits[path] = (hits[path] ?? 0) + 1;
      if (path === '/a.js') res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }).end('window.loaded = true;');
      else
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!doctype html><style>html,body{margin:0;height:100%}</style><body onmouseover="document.title=\'hovered\'"><script src="/a.js"></script></body>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it('each visit is a first visit: the HTTP cache is cleared, and the last visit\'s pointer does not hover the new page', async () => {
    const pool = pagePool(browser);
    try {
      for (let visit = 1; visit <= 2; visit++) {
        await pool.use(async (page) => {
          await page.goto(url, { waitUntil: 'load' });
          expect(await page.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(true);
          await page.waitForTimeout(300); // long enough for a hover the browser would fire on its own
          expect(await page.title(), `visit ${visit}`).toBe('');
          await page.mouse.move(200, 200);
          await expect.poll(() => page.title()).toBe('hovered');
        });
      }
      expect(hits['/a.js']).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
