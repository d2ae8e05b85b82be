// The explainers as a reader gets them: footnote markers and references resolve both ways, numbers
// follow first citation, charts are in place, and the home, methodology and about pages render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { launch, openPage } from './browser';
import { allPages } from '../support/quality';

// Every article built (a new one is checked without editing this file).
const ARTICLES = allPages().filter((p) => p.kind === 'article').map((p) => p.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('has articles to check', () => {
  expect(ARTICLES.length).toBeGreaterThan(0);
});

describe.each(ARTICLES)('/%s', (path) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage(browser, `/${path}`));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('numbers footnote markers in order of first citation, matching the references list', async () => {
    const r = await page.evaluate(() => {
      const markers = [...document.querySelectorAll<HTMLAnchorElement>('sup.cite a')].map((a) => ({
        n: Number(a.textContent),
        target: a.getAttribute('href')!.slice(1),
      }));
      const refs = [...document.querySelectorAll('section.references ol > li')].map((li) => li.id);
      return { markers, refs };
    });
    expect(r.markers.length).toBeGreaterThan(0);
    // The first appearance of each source gives the next number; later citations repeat it.
    const firstSeen: string[] = [];
    for (const m of r.markers) {
      if (!firstSeen.includes(m.target)) firstSeen.push(m.target);
      expect(m.n, `marker for ${m.target}`).toBe(firstSeen.indexOf(m.target) + 1);
    }
    expect(r.refs).toEqual(firstSeen);
  });

  it('resolves every footnote link, and every reference links back to a marker', async () => {
    const r = await page.evaluate(() => {
      const missing = (href: string | null) => !href || !href.startsWith('#') || !document.getElementById(href.slice(1));
      const badMarkers = [...document.querySelectorAll('sup.cite a')].filter((a) => missing(a.getAttribute('href'))).map((a) => a.getAttribute('href'));
      const refs = [...document.querySelectorAll('section.references ol > li')];
      const withoutBack = refs.filter((li) => li.querySelectorAll('.backlinks a').length === 0).map((li) => li.id);
      const badBacks = refs.flatMap((li) => [...li.querySelectorAll('.backlinks a')]).filter((a) => missing(a.getAttribute('href'))).map((a) => a.getAttribute('href'));
      const backTargetsAreMarkers = refs
        .flatMap((li) => [...li.querySelectorAll('.backlinks a')].map((a) => document.getElementById(a.getAttribute('href')!.slice(1))))
        .every((el) => el?.closest('sup.cite') !== null);
      return { badMarkers, withoutBack, badBacks, backTargetsAreMarkers, refCount: refs.length };
    });
    expect(r.refCount).toBeGreaterThan(0);
    expect(r.badMarkers).toEqual([]);
    expect(r.withoutBack).toEqual([]);
    expect(r.badBacks).toEqual([]);
    expect(r.backTargetsAreMarkers).toBe(true);
  });

  it('links each reference to its DOI or URL, or to the copy where its words were checked, labelled as a copy', async () => {
    const refs = await page.$$eval('section.references ol > li', (lis) =>
      lis.map((li) => ({
        id: li.id,
        href: li.querySelector('a[rel="external"]')?.getAttribute('href') ?? '',
        // Every link to a copy sits in the "Words checked at" part and is followed by what kind of copy it is.
        unlabelled: [...li.querySelectorAll('a[data-copy]')].filter((a) => !a.closest('.read-at') || !/^ \((mirror|repost|news copy|quoted there)/.test(a.nextSibling?.textContent ?? '')).length,
      })),
    );
    for (const r of refs) {
      expect(r.href, r.id).toMatch(/^https?:\/\//);
      expect(r.unlabelled, r.id).toBe(0);
    }
  });

  it('jumps to a reference and back', async () => {
    const first = page.locator('sup.cite a').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    expect(await page.evaluate(() => location.hash)).toBe(target);
    await page.locator(`${target} .backlinks a`).first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#cite-/);
  });

  it('shows an outline of at least three sections', async () => {
    expect(await page.locator('nav[aria-labelledby="outline-title"] li').count()).toBeGreaterThanOrEqual(3);
  });

  it('shows at least three different charts as SVG figures', async () => {
    const ids = await page.$$eval('article figure', (figs) => figs.filter((f) => f.querySelector('svg')).map((f) => f.id || f.getAttribute('data-chart-id') || f.outerHTML.slice(0, 80)));
    expect(new Set(ids).size, ids.join(', ')).toBeGreaterThanOrEqual(3);
  });
});

describe('home, methodology and about pages', () => {
  it('home lists the four explainers in order, each with a headline figure that links to its note', async () => {
    const { context, page } = await openPage(browser, '/');
    expect(await page.locator('section[aria-labelledby="featured-heading"] figure svg').count()).toBeGreaterThan(0);
    const titles = await page.locator('.headline-card h3 a').allTextContents();
    expect(titles).toEqual(['Writing and image freelancing after generative AI', 'The good-enough economy', 'How client demand shifted', 'What the newest evidence says about cause and timing']);
    const links = await page.$$eval('.headline-card a.headline-number', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const { href, text } of links) {
      expect(text).toMatch(/\d/);
      const [path, hash] = href.split('#');
      await page.goto(new URL(path!, page.url()).href);
      expect(await page.locator(`[id="${hash}"]`).count(), href).toBe(1);
      await page.goBack();
    }
    await context.close();
  });

  it('methodology has every section, definitions read from data/ and a dated changelog', async () => {
    const { context, page } = await openPage(browser, '/methodology/');
    for (const id of ['choosing', 'sources', 'left-out', 'estimates', 'oli', 'platforms', 'exposure', 'licences', 'cite', 'corrections', 'changelog']) {
      expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
    }
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('May 2016 = 100');
    // Each platform metric's definition as data/platform-metrics.csv stores it, not a copy typed here.
    const metrics = csvParse(readFileSync('data/platform-metrics.csv', 'utf8'));
    for (const metric of ['active_buyers', 'active_clients', 'gsv_per_active_client']) {
      const definition = metrics.find((r) => r.metric === metric)?.definition?.replace(/\s*\(Upwork\)\s*$/, '');
      expect(definition, metric).toBeTruthy();
      expect(text, metric).toContain(definition);
    }
    expect(text).toMatch(/CC BY 4\.0/);
    expect(await page.locator('#changelog ~ ul time[datetime]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('about says who it is for, how to get in touch and the licences', async () => {
    const { context, page } = await openPage(browser, '/about/');
    for (const id of ['who', 'how', 'contact', 'licences']) expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
    expect(await page.locator('main').textContent()).toContain('open an issue in the project repository');
    await context.close();
  });
});
