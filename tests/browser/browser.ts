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

/** A new context (axe needs one made with newContext) and a page in it. */
export async function openPage(browser: Browser, path: string, opts: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1000, height: opts.height ?? 800 },
    colorScheme: opts.colorScheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), baseUrl()).href, { waitUntil: 'load' });
  return { context, page };
}
