// Site search: typing a word that appears only in an article's body finds that article, by keyboard,
// with the CSP enforced, in the default build and under a base path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { BUILDS, htmlPages, readPage, requireBuild, textOf, urlPathOf } from '../support/built-site';
import { serveWithHeaders, type Served } from './features-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('search in $dir (base $base)', (b) => {
  let served: Served;
  beforeAll(async () => {
    requireBuild(b);
    served = await serveWithHeaders(b);
  });
  afterAll(async () => {
    await served?.close();
  });

  /** An article page and a distinctive word from its body paragraphs (not its title). */
  function articleAndWord(): { url: string; word: string } {
    const file = htmlPages(b.dir).find((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    if (!file) throw new Error('no article page built');
    const page = readPage(b.dir, file);
    const title = textOf(page.elements.find((e) => e.name === 'h1')!).toLowerCase();
    const body = page.elements
      .filter((e) => e.name === 'p' && /article-prose/.test(String(e.parent?.attributes?.class ?? '')))
      .map(textOf)
      .join(' ');
    const words = (body.match(/[A-Za-z]{8,}/g) ?? []).filter((w) => !title.includes(w.toLowerCase()));
    const word = words.sort((x, y) => y.length - x.length)[0];
    if (!word) throw new Error(`no distinctive body word in ${file}`);
    return { url: urlPathOf(file, b.base), word };
  }

  it('every page links to the search page from its header', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(served.url);
    const href = await page.locator('header a', { hasText: 'Search' }).getAttribute('href');
    expect(href).toBe(`${b.base}search/`);
    await context.close();
  });

  it('typing a word from an article body lists that article; arrow keys reach it and Enter opens it', async () => {
    const { url, word } = articleAndWord();
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(new URL(served.url).origin)) problems.push(`off-site request ${r.url()}`);
    });
    await page.goto(new URL('search/', served.url).href);
    await page.getByLabel(/Search the articles/).fill(word.toLowerCase());
    const result = page.locator('#search-results a').first();
    await result.waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(url);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(new RegExp(word, 'i'));
    expect(await page.locator('[role="status"]').textContent()).toMatch(/result/);
    // Keyboard: ↓ from the box moves to the first result; Enter follows it.
    await page.getByLabel(/Search the articles/).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the 404 page searches the site from a plain form', async () => {
    const { url, word } = articleAndWord();
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(new URL('no-such-page/', served.url).href);
    expect(res?.status()).toBe(404);
    await page.getByLabel('Search the site').fill(word);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `${b.base}search/`);
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(url);
    await context.close();
  });

  it('a ?q= link opens with the results shown', async () => {
    const { url, word } = articleAndWord();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`search/?q=${encodeURIComponent(word)}`, served.url).href);
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    expect(await page.getByLabel(/Search the articles/).inputValue()).toBe(word);
    expect(await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(url);
    await context.close();
  });
});
