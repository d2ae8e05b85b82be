// /evidence/ as a reader uses it: the full table without JavaScript, each filter and its URL round
// trip, unknown URL values reported, axe in both schemes, and the evidence-map embed sizing itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { wcagAxe } from '../support/axe';
import { baseUrl, launch, openPage } from './browser';
import { distDir, settle } from '../support/quality';
import { getEvidence } from '../../src/data';
import { FILTER_KEYS } from '../../src/features/evidence/filters';
import { absoluteUrl } from '../../src/lib/routes';

const findings = getEvidence();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Ids of the table rows a reader sees. */
const visibleIds = (page: Page) => page.$$eval('tr[data-finding]', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.finding!));
const query = (page: Page) => new URL(page.url()).search;

describe('/evidence/ without JavaScript', () => {
  it('lists every finding in the table, each linking to its source note with the exact quote', async () => {
    const { context, page } = await openPage(browser, 'evidence/', { javaScriptEnabled: false });
    expect(await visibleIds(page)).toEqual(findings.map((f) => f.id));
    expect(await page.isVisible('form[data-ev="form"]')).toBe(false);
    for (const f of findings) {
      expect(await page.getAttribute(`#finding-${f.id} th a`, 'href')).toBe(`#note-${f.id}`);
      expect(await page.textContent(`#note-${f.id} blockquote`)).toBe(`“${f.quote}”`);
    }
    await context.close();
  });
});

describe('/evidence/ filters', () => {
  // Each filter on its own page, a few at a time.
  it.concurrent.for(FILTER_KEYS)('%s: a choice filters the rows, is written to the URL, and comes back from it', async (key, { expect }) => {
    const { context, page } = await openPage(browser, 'evidence/');
    await page.waitForSelector('form[data-ev="form"]:not([hidden])');
    const boxes = page.locator(`input[name="${key}"]`);
    expect(await boxes.count()).toBeGreaterThan(1);
    const [a, b] = [await boxes.nth(0).inputValue(), await boxes.nth(1).inputValue()];
    await boxes.nth(0).check();
    await expect.poll(() => query(page)).toBe(`?${key}=${a}`);
    const one = await visibleIds(page);
    const expected = (slugs: string[]) =>
      page.$$eval('tr[data-finding]', (trs, [k, s]) => trs.filter((tr) => (s as string[]).includes((tr as HTMLElement).dataset[k as string]!)).map((tr) => (tr as HTMLElement).dataset.finding!), [key, slugs] as const);
    expect(one.length).toBeGreaterThan(0);
    expect(one).toEqual(await expected([a]));
    expect(await page.textContent('[data-ev="status"]')).toBe(`Showing ${one.length} of ${findings.length} findings.`);
    // Filtered-out rows fade in every map layout the page paints (the evidence map paints one).
    const layouts = await page.locator('#chart-evidence-map svg[data-variant]').count();
    expect(layouts).toBeGreaterThan(0);
    expect(await page.locator('svg g[data-row].ev-out').count()).toBe(layouts * (findings.length - one.length));
    await boxes.nth(1).check();
    await expect.poll(() => query(page)).toBe(`?${key}=${a}~${b}`);
    const two = await visibleIds(page);
    expect(two).toEqual(await expected([a, b]));
    // The URL alone restores the same choice.
    await page.goto(page.url(), { waitUntil: 'load' });
    await page.waitForSelector('form[data-ev="form"]:not([hidden])');
    expect(await visibleIds(page)).toEqual(two);
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(true);
    await page.click('[data-ev="clear"]');
    await expect.poll(() => query(page)).toBe('');
    expect(await visibleIds(page)).toEqual(findings.map((f) => f.id));
    await context.close();
  });

  it('combines dimensions (all must match) and drops unknown values with a visible notice', async () => {
    const { context, page } = await openPage(browser, 'evidence/?work=translation~no-such-work&grade=s&population=aliens');
    await page.waitForSelector('form[data-ev="form"]:not([hidden])');
    const status = page.locator('[role="status"][data-ev="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Ignored unknown filter values: work=no-such-work, population=aliens\. Showing \d+ of \d+ findings\.$/);
    expect(await status.isVisible()).toBe(true);
    expect(query(page)).toBe('?work=translation&grade=s');
    const ids = await visibleIds(page);
    expect(ids).toEqual(findings.filter((f) => f.work === 'translation' && f.grade === 'S').map((f) => f.id));
    expect(ids.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('/evidence/ filters on a phone', () => {
  it('start as closed groups near the top, open to choose, say how many are chosen, and reopen from the URL', async () => {
    const { context, page } = await openPage(browser, 'evidence/', { width: 375, height: 800 });
    await page.waitForSelector('form[data-ev="form"]:not([hidden])');
    const groups = page.locator('details[data-ev-group]');
    expect(await groups.count()).toBe(FILTER_KEYS.length);
    const open = () => groups.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).map((d) => (d as HTMLElement).dataset.evGroup));
    expect(await open()).toEqual([]);
    // Closed, the form is about half a screen (open, its 42 options took 1,630 px at this width).
    expect(await page.locator('form[data-ev="form"]').evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(450);
    const work = page.locator('details[data-ev-group="work"]');
    await work.locator('summary').click();
    const box = work.locator('input[name="work"]').first();
    const value = await box.inputValue();
    await box.check();
    await expect.poll(() => query(page)).toBe(`?work=${value}`);
    expect(await work.locator('[data-ev-chosen]').textContent()).toBe('(1 chosen)');
    // Closing the group keeps the choice and still says it.
    await work.locator('summary').click();
    expect(await open()).toEqual([]);
    expect(await work.locator('[data-ev-chosen]').textContent()).toBe('(1 chosen)');
    expect(query(page)).toBe(`?work=${value}`);
    await page.goto(page.url(), { waitUntil: 'load' });
    await page.waitForSelector('form[data-ev="form"]:not([hidden])');
    expect(await open()).toEqual(['work']);
    expect(await work.locator('[data-ev-chosen]').textContent()).toBe('(1 chosen)');
    await page.click('[data-ev="clear"]');
    await expect.poll(() => work.locator('[data-ev-chosen]').textContent()).toBe('');
    await context.close();
  });

  it('are all open on a wide screen', async () => {
    const { context, page } = await openPage(browser, 'evidence/', { width: 1000 });
    await page.waitForSelector('form[data-ev="form"]:not([hidden])');
    expect(await page.locator('details[data-ev-group]:not([open])').count()).toBe(0);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 AA, %s', (scheme) => {
  it.concurrent.for(['evidence/', 'evidence/?design=survey', 'embed/evidence-map/'])('/%s has no violations', { timeout: 180_000 }, async (path, { expect }) => {
    const { context, page } = await openPage(browser, path, { colorScheme: scheme });
    await settle(page);
    const results = await wcagAxe(page).analyze();
    // Importing a11y.test.ts would run its suites here too, so list violations inline: rule, page, target.
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} on /${path} [${scheme}] at ${n.target.join(' ')}`))).toEqual([]);
    await context.close();
  });
});

describe('the evidence-map embed on another origin', () => {
  let host: Server;
  let hostUrl: string;
  beforeAll(async () => {
    // The snippet exactly as the oEmbed file gives it, pointed at the test server.
    const snippet = (JSON.parse(readFileSync(join(distDir(), 'oembed', 'evidence-map.json'), 'utf8')) as { html: string }).html.replaceAll(absoluteUrl(''), baseUrl());
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><p>Before.</p>${snippet}<p>After.</p></body></html>`;
    host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
    const address = host.address();
    hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await new Promise((ok) => host?.close(ok));
  });

  it.each([375, 1000])('at %i px the iframe grows to its content: nothing cut, nothing scrolls', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const handle = await page.waitForSelector('iframe[data-genai-embed]');
    const frame = (await handle.contentFrame())!;
    await frame.waitForSelector('[data-chart-id="evidence-map"]');
    const measure = async () => ({
      iframe: await handle.evaluate((el) => el.getBoundingClientRect().height),
      ...(await frame.evaluate(() => ({ content: document.querySelector('main')!.getBoundingClientRect().bottom + window.scrollY, scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }))),
    });
    await expect.poll(async () => { const m = await measure(); return Math.abs(m.iframe - m.content) <= 4; }, { timeout: 10_000 }).toBe(true);
    const m = await measure();
    // The map is the tallest chart: far taller than any fallback height a snippet could guess.
    expect(m.iframe).toBeGreaterThan(1000);
    expect(m.scroll - m.client).toBeLessThanOrEqual(4);
    await context.close();
  });
});
