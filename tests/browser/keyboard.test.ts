import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, pagePool, type PagePool } from './browser';
import { allPages, onePerTemplate, type SitePage } from '../support/quality';

// Everything a mouse can do, a keyboard can: skip link, navigation, theme, charts, tables, search.
const pages = allPages();
// One page per template: pages of one route share their layout and header.
const shellPages = onePerTemplate(pages.filter((p) => p.kind !== 'embed'));
let browser: Browser;
let pool: PagePool<undefined>;
beforeAll(async () => {
  browser = await launch();
  pool = pagePool(browser, { width: 1000, height: 800, colorScheme: 'light' });
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
});


/** What has focus: tag, accessible-ish name, whether it is in the main nav, and its focus outline. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
      id: el.id,
      inMainNav: !!el.closest('nav[aria-label="Main"]'),
      // A visible focus indicator: an outline or a box-shadow ring.
      indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
    };
  });
}

/** Press Tab up to `max` times, recording each focused element. */
async function tabStops(page: Page, max: number) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f) stops.push(f);
  }
  return stops;
}

describe('page shell by keyboard', () => {
  it.concurrent.for(shellPages.map((p) => [`/${p.path}`, p] as const))('%s: skip link, main navigation and theme select in tab order', async ([_l, p], { expect }) => {
    await pool.at(p.path, async (page) => {
      await page.waitForLoadState('load');
      // Every link of the main navigation, in DOM order, must be reached by Tab in that order.
      const navLinks = (await page.locator('nav[aria-label="Main"] a').allTextContents()).map((t) => t.trim().replace(/\s+/g, ' '));
      expect(navLinks.length).toBeGreaterThan(2);
      const stops = await tabStops(page, navLinks.length + 8);
      expect(stops[0]?.name).toBe('Skip to content');
      const nav = stops.filter((s) => s.inMainNav).map((s) => s.name);
      expect(nav).toEqual(navLinks);
      expect(stops.some((s) => s.tag === 'select' && /theme/i.test(s.name))).toBe(true);
      const header = stops.slice(0, stops.findIndex((s) => s.tag === 'select') + 1);
      expect(header.filter((s) => !s.indicator).map((s) => s.name), 'tab stops without a visible focus indicator').toEqual([]);

      // The skip link moves focus past the header to the main content.
      await page.reload();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect((await focused(page))?.id).toBe('main');
    });
  });

  it('the theme select works with arrow keys alone', async () => {
    await pool.at('', async (page) => {
      await page.waitForLoadState('load');
      for (let i = 0; i < 15 && (await focused(page))?.tag !== 'select'; i++) await page.keyboard.press('Tab');
      expect((await focused(page))?.tag).toBe('select');
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      expect(await theme()).toBe('light');
      // System → Light → Dark, without opening the list.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('theme-toggle select').inputValue()).toBe('dark');
      expect(await theme()).toBe('dark');
      await page.keyboard.press('ArrowUp');
      expect(await theme()).toBe('light');
    });
  });
});

/** Press Tab until `is` says the focused element is the one wanted; returns how many presses, or -1. */
async function tabUntil(page: Page, is: () => boolean, max = 250): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is)) return i;
  }
  return -1;
}

// Every chart page and every embed (each chart, drawn full and lite), and one page of each other template
// that shows a chart (home, articles, evidence): the chart is one tab stop, arrows show the datum,
// Escape hides it. The first chart of the page is the one reached.
const showsChart = pages.filter((p) => /data-chart-id=/.test(readFileSync(p.file, 'utf8')));
const eachChart = (p: SitePage) => p.kind === 'chart' || p.kind === 'embed';
const chartPages = [...showsChart.filter(eachChart), ...onePerTemplate(showsChart.filter((p) => !eachChart(p)))];

describe('charts by keyboard', () => {
  it('some page shows a chart', () => {
    expect(chartPages.length).toBeGreaterThan(0);
  });

  it.concurrent.for(chartPages.map((p) => [`/${p.path}`, p] as const))('%s: Tab reaches the chart; arrows show a tooltip; Escape hides it', async ([_l, p], { expect }) => {
    await pool.at(p.path, async (page) => {
      await page.waitForLoadState('load');
      await page.waitForFunction(() => !!customElements.get('chart-figure'));
      const presses = await tabUntil(page, () => document.activeElement?.tagName === 'CHART-FIGURE');
      expect(presses, 'Tab never reached a chart').toBeGreaterThan(0);
      // Embeds fetch their full marks on first focus; a key pressed before they arrive finds no points.
      await page.waitForLoadState('networkidle');
      const chart = page.locator('chart-figure:focus');
      expect((await focused(page))?.indicator, 'focused chart has no visible focus indicator').toBe(true);
      const tip = chart.locator('[role="tooltip"]');
      expect(await tip.isVisible()).toBe(false);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tip.isVisible()).toBe(true);
      const first = (await tip.textContent())?.trim() ?? '';
      expect(first.length).toBeGreaterThan(0);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('End');
      const last = (await tip.textContent())?.trim() ?? '';
      expect(last.length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      // One tab stop per chart: the next Tab leaves the chart's SVG.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('chart-figure') && document.activeElement?.tagName !== 'CHART-FIGURE')).toBe(false);
    });
  });

  const withTable = chartPages.filter((p) => /<details[^>]*class="chart-data/.test(readFileSync(p.file, 'utf8')));
  const tableTemplates = onePerTemplate(withTable);

  it.concurrent.for(tableTemplates.map((p) => [`/${p.path}`, p] as const))('%s: "Show data" is reached by Tab and opens with Enter, closes with Space', async ([_l, p], { expect }) => {
    await pool.at(p.path, async (page) => {
      await page.waitForLoadState('load');
      const presses = await tabUntil(page, () => document.activeElement?.tagName === 'SUMMARY' && !!document.activeElement.closest('details.chart-data'));
      expect(presses, 'Tab never reached a "Show data" toggle').toBeGreaterThan(0);
      const isOpen = () => page.evaluate(() => (document.activeElement?.closest('details') as HTMLDetailsElement).open);
      expect(await isOpen()).toBe(false);
      await page.keyboard.press('Enter');
      expect(await isOpen()).toBe(true);
      // Embeds fetch the table when the toggle first opens.
      await expect.poll(() => page.evaluate(() => (document.activeElement?.closest('details')?.querySelector('table')?.getClientRects().length ?? 0) > 0)).toBe(true);
      await page.keyboard.press('Space');
      expect(await isOpen()).toBe(false);
    });
  });
});

describe('search by keyboard', () => {
  it('the search box is reached by Tab, finds results as you type, and arrows move through them', async () => {
    // The site has a search page; were it missing from the build, this test must fail, not skip.
    expect(pages.map((p) => p.path)).toContain('search/');
    await pool.at('search/', async (page) => {
      await page.waitForLoadState('load');
      const presses = await tabUntil(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'search');
      expect(presses, 'Tab never reached the search box').toBeGreaterThan(0);
      await page.keyboard.type('freelance');
      const results = page.locator('.search-results a');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.search-results'))).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    });
  });
});
