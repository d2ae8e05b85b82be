import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/** Base URL of the served dist/ (ends with "/"). */
export const baseUrl = (): string => inject('baseUrl');

/**
 * The Chromium the global setup started (Debian's, headless, offline-friendly flags), connected to.
 * Closing what this returns disconnects; the browser itself stops after the last test file.
 */
export function launch(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

/** Options for a fresh context: viewport, colour scheme and JavaScript on or off. */
export interface ContextOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

/** The viewport `opts` asks for (1000 × 800 unless given). */
const viewportOf = (opts: ContextOptions) => ({ width: opts.width ?? 1000, height: opts.height ?? 800 });

/** A new context for `opts` (axe needs pages of a context made with newContext). */
export function newContext(browser: Browser, opts: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: viewportOf(opts),
    colorScheme: opts.colorScheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
}

/** The served site's URL of `path` ("/charts/x/" or "charts/x/", query allowed). */
export const siteUrl = (path: string): string => new URL(path.replace(/^\//, ''), baseUrl()).href;

/** A new context and a page in it, opened at `path`. */
export async function openPage(browser: Browser, path: string, opts: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { context, page };
}

/** A visit to a lent page: `leave()` makes the page a new one now (what the pool does after the visit). */
export type Visit<T, R> = (page: Page, prepared: T, leave: () => Promise<void>) => Promise<R>;

/** Open pages lent out one visit at a time (see pagePool). */
export interface PagePool<T> {
  /** Lend an idle page (or open one) to `visit`; it goes back to the pool when `visit` resolves. */
  use<R>(visit: Visit<T, R>): Promise<R>;
  /** Lend a page opened at `path` of the served site (see siteUrl) to `visit`. */
  at<R>(path: string, visit: Visit<T, R>): Promise<R>;
  /** Close every page of the pool and its context. */
  close(): Promise<void>;
}

/**
 * Pages kept open for walks that visit many URLs the same way. Why: opening a page costs Chromium a new
 * renderer, about a quarter of a core-second on these two-core machines, while navigating an open page
 * costs milliseconds; the walks opened hundreds. Each page has its own context (made with `opts`, then
 * `prepare`d once: routes, listeners, init scripts), so pages running at once share no storage.
 * After each visit the page is made as a new one would be: local and session storage cleared (every
 * frame's), cookies and the HTTP cache cleared (each visit is a first visit, as with a new context), the
 * viewport restored, then parked on about:blank; a visit that checks what happens on leaving calls
 * `leave()` itself. A visit must leave the page's other settings alone
 * (media emulation, permissions, routes or listeners of its own: open a context for those). A visit
 * that throws retires its page, and so does a page that cannot be reset.
 */
export function pagePool<T = undefined>(
  browser: Browser,
  opts: ContextOptions = {},
  prepare: (page: Page, context: BrowserContext) => Promise<T> | T = () => undefined as T,
): PagePool<T> {
  interface Lent {
    page: Page;
    context: BrowserContext;
    cdp: CDPSession;
    prepared: T;
  }
  const viewport = viewportOf(opts);
  const idle: Lent[] = [];
  const all = new Set<Lent>();
  async function retire(lent: Pick<Lent, 'context'>): Promise<void> {
    all.delete(lent as Lent);
    await lent.context.close().catch(() => undefined);
  }
  async function open(): Promise<Lent> {
    const context = await newContext(browser, opts);
    try {
      const page = await context.newPage();
      const lent = { page, context, cdp: await context.newCDPSession(page), prepared: await prepare(page, context) };
      all.add(lent);
      return lent;
    } catch (error) {
      await retire({ context });
      throw error;
    }
  }
  /** Clear the storage of every frame and park the page on about:blank (once per visit). */
  async function leave({ page }: Lent): Promise<void> {
    if (page.url() === 'about:blank') return;
    // Storage is per origin (and per top-level site for frames): clear it in each frame while it is still there.
    if (opts.javaScriptEnabled !== false) {
      for (const frame of page.frames()) {
        await frame.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        }).catch(() => undefined); // opaque origins have no storage
      }
    }
    // The pointer stays where the visit left it: Chromium does not hover the next document with it until
    // it moves (tests/browser/page-pool.test.ts checks that).
    await page.goto('about:blank');
  }
  /** Make the page as a new one would be (see above). */
  async function reset(lent: Lent): Promise<void> {
    const { page, context, cdp } = lent;
    await leave(lent);
    await context.clearCookies();
    await cdp.send('Network.clearBrowserCache');
    const size = page.viewportSize();
    if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
  }
  const pool: PagePool<T> = {
    async use(visit) {
      const lent = idle.pop() ?? (await open());
      let result;
      try {
        result = await visit(lent.page, lent.prepared, () => leave(lent));
      } catch (error) {
        await retire(lent);
        throw error;
      }
      // The visit passed; a page that cannot be reset is the pool's problem, not the test's: replace it.
      const fresh = await reset(lent).then(() => true, () => false);
      if (fresh) idle.push(lent);
      else await retire(lent);
      return result;
    },
    at(path, visit) {
      return pool.use(async (page, prepared, leaveNow) => {
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        return visit(page, prepared, leaveNow);
      });
    },
    async close() {
      await Promise.all([...all].map(retire));
      idle.length = 0;
    },
  };
  return pool;
}
