// Shared pieces of the quality gates (a11y, budgets, privacy, keyboard): which pages to visit and
// how to drive a page the way a reader would.
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sitePages } from './site-pages.mjs';

/** A page of the built site, as listed by site-pages.mjs. */
export interface SitePage {
  path: string;
  file: string;
  kind: 'home' | 'article' | 'chart' | 'embed' | 'notfound' | 'page';
}

/** The built site's folder. */
export const distDir = (): string => process.env.DIST_DIR ?? 'dist';

/** Every page in dist/ (and the sitemap), read once per test file. */
export function allPages(): SitePage[] {
  return sitePages(distDir()) as SitePage[];
}

// Routes that render another route's page component: src/pages/explore/by/[sort].astro is <ExplorePage>
// re-sorted, like src/pages/explore/index.astro (the 300 KB explorer checked four times over was a third
// of the a11y walk).
const SAME_TEMPLATE: Record<string, string> = { 'explore/*': 'explore' };

/** Route template of a page: its first path segment, and "/*" below it ("data/*", "charts/*", "search"). */
export function template(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const route = `${parts[0] ?? ''}${parts.length > 1 ? '/*' : ''}`;
  return SAME_TEMPLATE[route] ?? route;
}

/** One page per route template: the largest HTML file of each (the one with the most components). */
export function onePerTemplate(pages: SitePage[]): SitePage[] {
  // Smallest first: for each template the Map keeps the last page set, the largest.
  const bySize = [...pages].sort((a, b) => statSync(a.file).size - statSync(b.file).size);
  return [...new Map(bySize.map((p) => [template(p.path), p] as const)).values()];
}

/** Selector of one chart in the page (the server-rendered figure the client element enhances). */
export const CHART_SELECTOR = '[data-chart-id]';

/** Selector of a chart that loads vega's runtime (the rest are enhanced without it). */
export const VEGA_CHART_SELECTOR = '[data-chart-id][data-runtime="vega"]';

/** Wait until the page has loaded and its network is quiet (lazy chunks included). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
}

/** Scroll to the bottom one viewport at a time, so every IntersectionObserver fires. */
export async function scrollThrough(page: Page): Promise<void> {
  const step = page.viewportSize()?.height ?? 800;
  for (let i = 0; i < 200; i++) {
    const atEnd = await page.evaluate((dy) => {
      window.scrollBy(0, dy);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    }, step);
    // Let observers and any lazy import they trigger run before the next step.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (atEnd) break;
  }
  await page.waitForLoadState('networkidle');
}

/** Hover the middle of each chart and step into it with the keyboard, as a reader exploring it would. */
export async function exploreCharts(page: Page): Promise<number> {
  const charts = page.locator(CHART_SELECTOR);
  const n = await charts.count();
  for (let i = 0; i < n; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    const svg = chart.locator('svg').first();
    if (await svg.isVisible()) await svg.hover();
    const stop = chart.locator('[tabindex="0"]').first();
    if (await stop.count()) {
      await stop.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
    }
  }
  await page.waitForLoadState('networkidle');
  return n;
}
