import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
