// Articles print legibly: black on white whatever theme the reader picked, no site chrome, charts
// and tables no wider than the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { htmlPages, BUILDS } from '../support/built-site';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const articles = htmlPages(BUILDS[0]!.dir).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

describe('print styles', () => {
  it.each(articles)('%s prints black on white in the dark theme, without chrome, within the page width', async (file) => {
    const { context, page } = await openPage(browser, '/' + file.replace(/index\.html$/, ''), { colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const css = (sel: string, prop: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).getPropertyValue(prop) : null;
      };
      const pageWidth = document.documentElement.clientWidth;
      const tooWide = [...document.querySelectorAll('main svg, main table, main figure, main img')]
        .filter((el) => el.getBoundingClientRect().width > pageWidth + 1)
        .map((el) => el.tagName);
      return {
        h1: css('main h1', 'color'),
        text: css('.article-prose p', 'color'),
        background: getComputedStyle(document.body).backgroundColor,
        hidden: ['header nav', '.header-search', 'theme-toggle', 'footer nav'].map((s) => css(s, 'display')),
        tooWide,
      };
    });
    expect(look.h1).toBe('rgb(0, 0, 0)');
    expect(look.text).toBe('rgb(0, 0, 0)');
    expect(look.background).toBe('rgb(255, 255, 255)');
    expect(look.hidden.filter((d) => d !== null && d !== 'none')).toEqual([]);
    expect(look.tooWide).toEqual([]);
    await context.close();
  });
});
