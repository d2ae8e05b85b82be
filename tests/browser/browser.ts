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

/** A new context and a page in it, opened at `path`. */
export async function openPage(browser: Browser, path: string, opts: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), baseUrl()).href, { waitUntil: 'load' });
  return { context, page };
}

/** Open pages lent out one visit at a time (see pagePool). */
export interface PagePool<T> {
  /** Lend an idle page (or open one) to `visit`; it goes back to the pool when `visit` resolves. */
  use<R>(visit: (page: Page, prepared: T) => Promise<R>): Promise<R>;
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
 * viewport restored, then parked on about:blank. A visit must leave the page's other settings alone
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
  /** Make the page as a new one would be (see above). */
  async function reset({ page, context, cdp }: Lent): Promise<void> {
    // Storage is per origin (and per top-level site for frames): clear it in each frame while it is still there.
    if (opts.javaScriptEnabled !== false) {
      for (const frame of page.frames()) {
        await frame.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        }).catch(() => undefined); // about:blank and opaque origins have no storage
      }
    }
    await context.clearCookies();
    await cdp.send('Network.clearBrowserCache');
    const size = page.viewportSize();
    if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
    // The pointer stays where the visit left it: Chromium does not hover the next document with it until
    // it moves (tests/browser/page-pool.test.ts checks that).
    await page.goto('about:blank');
  }
  return {
    async use(visit) {
      const lent = idle.pop() ?? (await open());
      let result;
      try {
        result = await visit(lent.page, lent.prepared);
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
    async close() {
      await Promise.all([...all].map(retire));
      idle.length = 0;
    },
  };
}
