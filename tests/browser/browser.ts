import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
 * Between visits the page's storage is cleared, its viewport restored and it is parked on about:blank.
 * A visit must leave the page's other settings alone (media emulation, routes, listeners it added stay);
 * a visit that throws retires its page instead.
 */
export function pagePool<T = undefined>(
  browser: Browser,
  opts: ContextOptions = {},
  prepare: (page: Page, context: BrowserContext) => Promise<T> | T = () => undefined as T,
): PagePool<T> {
  interface Lent {
    page: Page;
    context: BrowserContext;
    prepared: T;
  }
  const viewport = viewportOf(opts);
  const idle: Lent[] = [];
  const all = new Set<Lent>();
  async function open(): Promise<Lent> {
    const context = await newContext(browser, opts);
    const page = await context.newPage();
    const lent = { page, context, prepared: await prepare(page, context) };
    all.add(lent);
    return lent;
  }
  async function retire(lent: Lent): Promise<void> {
    all.delete(lent);
    await lent.context.close().catch(() => undefined);
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
      // Storage is per origin: clear it while the page is still on ours (JavaScript off: nothing was stored).
      if (opts.javaScriptEnabled !== false) {
        await lent.page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        }).catch(() => undefined);
      }
      await lent.context.clearCookies();
      const size = lent.page.viewportSize();
      if (size?.width !== viewport.width || size.height !== viewport.height) await lent.page.setViewportSize(viewport);
      await lent.page.goto('about:blank');
      idle.push(lent);
      return result;
    },
    async close() {
      await Promise.all([...all].map(retire));
      idle.length = 0;
    },
  };
}
