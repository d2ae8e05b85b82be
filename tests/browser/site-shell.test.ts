import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('site shell', () => {
  it('home page lists the articles and has the main navigation', async () => {
    const { context, page } = await openPage(browser, '/');
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/freelance/i);
    const navLabels = await page.locator('nav[aria-label="Main"] a').allTextContents();
    expect(navLabels.map((s) => s.trim())).toEqual(['Articles', 'Charts', 'Explore', 'Evidence', 'Data', 'Methodology', 'About']);
    expect(await page.locator('a[href*="/articles/writing-and-image-freelancing/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('skip link is the first tab stop and moves focus to main', async () => {
    const { context, page } = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('an article renders its MDX body, byline and dates', async () => {
    const { context, page } = await openPage(browser, '/articles/writing-and-image-freelancing/');
    expect(await page.locator('article h1').textContent()).toMatch(/Writing and image freelancing/);
    expect(await page.locator('article h2').count()).toBeGreaterThan(0);
    expect(await page.locator('article time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.close();
  });

  it('theme follows the system, and a saved choice persists across pages without a flash', async () => {
    const { context, page } = await openPage(browser, '/', { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.selectOption('theme-toggle select', 'light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // The inline init script sets the theme before any stylesheet paints the body.
    await page.goto(page.url().replace(/\/$/, '/articles/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // The painted background: --paper is light-dark(#fdfcfa, …), resolved by the page's color-scheme.
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(253, 252, 250)');
    await context.close();
  });

  it('is readable at 360 px without horizontal scrolling', async () => {
    const { context, page } = await openPage(browser, '/articles/writing-and-image-freelancing/', { width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows content with JavaScript disabled and follows a dark system theme', async () => {
    const { context, page } = await openPage(browser, '/', { javaScriptEnabled: false, colorScheme: 'dark' });
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(253, 252, 250)');
    await context.close();
  });
});
