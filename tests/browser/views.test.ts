import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { wcagAxe } from '../support/axe';
import { launch, openPage, pagePool, siteUrl, type PagePool } from './browser';

// Views (issue #16) on the built site: the URL parameters on the chart page and the embed, the
// controls, what follows the view, bad parameters, axe and the keyboard.
let browser: Browser;
let pool: PagePool<{ errors: string[] }>;
beforeAll(async () => {
  browser = await launch();
  // Pages kept open for the many one-URL cases (pagePool), each recording its page's errors.
  pool = pagePool(browser, {}, (page) => {
    const record = { errors: [] as string[] };
    page.on('pageerror', (e) => record.errors.push(e.message));
    return record;
  });
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
});

const OLI = 'oli-postings-by-occupation';
const EXPOSURE = 'exposure-vs-wage';
const FIVERR = 'fiverr-buyers-vs-spend';

/** Open a page and wait until the views client has applied a view (it writes the "this view" downloads). */
async function open(path: string, width = 1000, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const { page } = await openPage(browser, path, { width, colorScheme });
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}
/** Open `path` on a page of the pool, run `test`, and fail on any error the page threw meanwhile. */
function at(path: string, test: (page: Page) => Promise<void>): Promise<void> {
  return pool.use(async (page, record) => {
    record.errors.length = 0;
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    await test(page);
    expect(record.errors, path).toEqual([]);
  });
}
const ready = (page: Page, id: string) => page.locator(`figure[data-chart-id="${id}"] [data-view-files] a`).first().waitFor({ state: 'attached', timeout: 20_000 });
const form = (id: string) => `figure[data-chart-id="${id}"] form[data-view-form]`;
const summary = (page: Page, id: string) => page.locator(`figure[data-chart-id="${id}"] .chart-summary`).textContent();
const notice = (page: Page, id: string) => page.locator(`${form(id)} [data-view-notice]`).textContent();
const search = (page: Page) => page.evaluate(() => location.search);

/** A download's file on disk (the shared browser is connected remotely, so path() is not available). */
async function saved(download: { saveAs(path: string): Promise<void>; suggestedFilename(): string }): Promise<string> {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const file = join(mkdtempSync(join(tmpdir(), 'view-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('the URL sets the view on the chart page and the embed, and keeps it', () => {
  const cases: [string, string, string][] = [
    [OLI, 'series=writing-and-translation~microwork', 'series'],
    [OLI, 'time=2020-01..2022-12', 'time'],
    [OLI, 'time=2021-06..', 'time (open end)'],
    [OLI, 'measure=share', 'measure share'],
    [OLI, 'time=2022-01..&measure=change', 'measure change'],
    [EXPOSURE, 'rating=gpt4', 'rating'],
    [EXPOSURE, 'score=gamma', 'score'],
    [EXPOSURE, 'highlight=27-3043.00~11-1011.00', 'highlight'],
    [FIVERR, 'time=2023-01..', 'platform time'],
    [FIVERR, 'tab=table', 'tab'],
  ];
  for (const where of ['charts', 'embed'] as const) {
    // Each case is its own visit (a pooled page): a few load at a time.
    it.concurrent.for(cases)(`/${where}/%s/?%s round-trips (%s)`, async ([id, q], { expect }) => {
      await at(`/${where}/${id}/?${q}`, async (page) => {
        await ready(page, id);
        expect(await notice(page, id)).toBe('');
        // The page URL still says exactly this view, and "Link to this view" carries it.
        expect(await search(page)).toBe(`?${q}`);
        const link = await page.locator(`${form(id)} [data-view-link]`).getAttribute('href');
        expect(link).toBe(`/charts/${id}/?${q}`);
      });
    });
  }

  it('the embed keeps its own parameters (theme) beside the view', async () => {
    const page = await open(`/embed/${OLI}/?theme=dark&measure=share`);
    await ready(page, OLI);
    expect(new URLSearchParams(await search(page)).get('theme')).toBe('dark');
    expect(new URLSearchParams(await search(page)).get('measure')).toBe('share');
    await page.context().close();
  });
});

describe('controls change the view; everything follows it', () => {
  it('exposure: rating and score redraw the d3 chart, the description and the URL', async () => {
    const page = await open(`/charts/${EXPOSURE}/`);
    const before = await summary(page, EXPOSURE);
    const axisBefore = await page.locator(`figure[data-chart-id="${EXPOSURE}"] svg[data-variant="wide"]`).innerHTML();
    await page.selectOption(`${form(EXPOSURE)} select[name="score"]`, 'gamma');
    await ready(page, EXPOSURE);
    await expect.poll(() => search(page)).toBe('?score=gamma');
    expect(await summary(page, EXPOSURE)).not.toBe(before);
    expect(await summary(page, EXPOSURE)).toMatch(/γ \(human-rated\)/);
    expect(await page.locator(`figure[data-chart-id="${EXPOSURE}"] svg[data-variant="wide"]`).innerHTML()).not.toBe(axisBefore);
    expect(await page.locator(`figure[data-chart-id="${EXPOSURE}"] svg[data-variant="wide"] text`).allTextContents()).toContain('↑ Exposure γ');
    // Announced politely.
    expect(await page.locator(`${form(EXPOSURE)} [aria-live="polite"]`).textContent()).toMatch(/γ/);
    await page.selectOption(`${form(EXPOSURE)} select[name="rating"]`, 'gpt4');
    await expect.poll(() => search(page)).toBe('?rating=gpt4&score=gamma');
    await page.context().close();
  });

  it('exposure: an occupation found by typing part of its title is highlighted, and can be removed', async () => {
    const page = await open(`/charts/${EXPOSURE}/`);
    const find = page.locator(`${form(EXPOSURE)} input[name="find"]`);
    await find.fill('chief exec');
    // The first keystroke loads the views client; Enter then adds the match.
    await ready(page, EXPOSURE);
    await find.press('Enter');
    await expect.poll(() => search(page)).toMatch(/highlight=.*11-1011\.00/);
    expect(await page.locator(`figure[data-chart-id="${EXPOSURE}"] svg[data-variant="wide"] .labels text`).allTextContents()).toContain('Chief Executives');
    await page.locator(`${form(EXPOSURE)} button[data-remove="11-1011.00"]`).click();
    await expect.poll(() => search(page)).toBe('');
    await page.context().close();
  });

  it('OLI: series, time and measure redraw the vega chart from the same spec', async () => {
    const page = await open(`/charts/${OLI}/`);
    await page.locator(`${form(OLI)} input[name="series"][value="microwork"]`).uncheck();
    await ready(page, OLI);
    await page.selectOption(`${form(OLI)} select[name="measure"]`, 'share');
    await expect.poll(() => search(page)).toBe('?series=writing-and-translation~creative-and-multimedia~software-development-and-technology~clerical-and-data-entry~sales-and-marketing-support~professional-services&measure=share');
    await expect.poll(() => summary(page, OLI)).toMatch(/share of all new online freelance vacancies for 6 occupations/);
    // The live vega SVG shows percentages on its y axis.
    await expect.poll(() => page.locator(`figure[data-chart-id="${OLI}"] chart-figure svg`).first().textContent()).toMatch(/%/);
    await page.context().close();
  });

  it('an article figure changes in place; its link goes to the chart page with the view', async () => {
    const page = await open('/articles/writing-and-image-freelancing/');
    const id = OLI;
    if ((await page.locator(form(id)).count()) === 0) return; // the article does not carry this chart
    await page.locator(form(id)).scrollIntoViewIfNeeded();
    await page.selectOption(`${form(id)} select[name="measure"]`, 'change');
    await ready(page, id);
    expect(await search(page)).toBe('');
    expect(await page.locator(`${form(id)} [data-view-link]`).getAttribute('href')).toBe(`/charts/${id}/?measure=change`);
    await page.context().close();
  });

  it('table tab shows the view’s rows; embed code and CSV carry the view', async () => {
    const page = await open(`/charts/${OLI}/?series=microwork&time=2023-01..2023-12&tab=table`);
    await ready(page, OLI);
    const rows = page.locator(`figure[data-chart-id="${OLI}"] [data-view-table] tbody tr`);
    expect(await rows.count()).toBe(12);
    expect(await page.locator(`figure[data-chart-id="${OLI}"] chart-figure`).isHidden()).toBe(true);
    await page.locator(`${form(OLI)} [data-view-embed]`).click();
    const code = await page.locator(`${form(OLI)} [data-view-code]`).inputValue();
    expect(code).toMatch(/<iframe src="[^"]*\/embed\/oli-postings-by-occupation\/\?series=microwork&amp;time=2023-01..2023-12&amp;tab=table"/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${form(OLI)} [data-view-files] a[download$=".csv"]`).click()]);
    const csv = (await import('node:fs')).readFileSync(await saved(download), 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines.length).toBe(13);
    expect(lines.slice(1).every((l) => l.includes('Microwork') && l.startsWith('2023-'))).toBe(true);
    await page.context().close();
  });

  it('SVG of this view is drawn in the browser with title and source', async () => {
    const page = await open(`/charts/${EXPOSURE}/?score=alpha`);
    await ready(page, EXPOSURE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${form(EXPOSURE)} [data-view-files] a[download$=".svg"]`).click()]);
    const path = await saved(download);
    const svg = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(svg).toMatch(/Writers and translators are among the most exposed/);
    expect(svg).toMatch(/Sources:/);
    expect(svg).toMatch(/Exposure α/);
    expect(svg).not.toMatch(/var\(--/);
    await page.context().close();
  });
});

describe('bad parameters: the valid part applies, a notice says what was dropped, the chart stays', () => {
  const cases: [string, string, RegExp][] = [
    [OLI, 'series=writing-and-translation~astrology', /Unknown series “astrology”/],
    [OLI, 'series=astrology', /No known series left/],
    [OLI, 'time=2023-01..2020-01', /ends before it starts/],
    [OLI, 'time=2001-01..2030-01', /outside/],
    [OLI, 'measure=vibes', /Unknown measure/],
    [EXPOSURE, 'rating=crowd&score=delta', /Unknown rating.*Unknown score/],
    [EXPOSURE, 'highlight=99-9999.99', /Unknown highlight/],
    [FIVERR, 'measure=share', /no measure choice/],
    [OLI, 'tab=<img src=x onerror=alert(1)>', /Unknown tab a value/],
    [OLI, 'series=%3Cscript%3Ealert(1)%3C/script%3E', /Unknown series a value/],
  ];
  it.concurrent.for(cases)('%s ?%s', async ([id, q, text], { expect }) => {
    await at(`/charts/${id}/?${q}`, async (page) => {
      await ready(page, id);
      const n = page.locator(`${form(id)} [data-view-notice]`);
      expect(await n.getAttribute('role')).toBe('status');
      expect(await n.textContent()).toMatch(text);
      expect(await n.innerHTML()).not.toMatch(/<(?:img|script)/);
      expect(await page.locator('img[src="x"], script:not([src]):not([type])').filter({ hasText: 'alert' }).count()).toBe(0);
      // A working chart: a visible SVG with marks.
      const svg = page.locator(`figure[data-chart-id="${id}"] chart-figure svg`).filter({ visible: true }).first();
      expect(await svg.locator('path, circle, rect').count()).toBeGreaterThan(5);
    });
  });
});

describe('axe and keyboard', () => {
  it.each(['light', 'dark'] as const)('axe: no WCAG violations on a non-default view (%s)', async (scheme) => {
    const page = await open(`/charts/${EXPOSURE}/?rating=gpt4&score=alpha&highlight=11-1011.00&tab=chart`, 1000, scheme);
    await ready(page, EXPOSURE);
    const results = await wcagAxe(page).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`))).toEqual([]);
    await page.context().close();
  });

  it('every control is reached by Tab and works from the keyboard at 360 px', async () => {
    const page = await open(`/charts/${OLI}/`, 360);
    const names = new Set<string>();
    await page.locator(`${form(OLI)} input[name="tab"]`).first().focus();
    for (let i = 0; i < 40; i++) {
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.closest('form[data-view-form]') ? `${el.tagName.toLowerCase()}:${el.name || el.textContent?.trim()}` : '';
      });
      if (name) names.add(name);
      await page.keyboard.press('Tab');
    }
    for (const n of ['input:tab', 'input:series', 'input:from', 'input:to', 'select:measure', 'a:Link to this view', 'button:Embed this view']) expect([...names]).toContain(n);
    // Keyboard use: arrow keys in the measure select, Space on a checkbox.
    await page.locator(`${form(OLI)} select[name="measure"]`).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page), { timeout: 20_000 }).toBe('?measure=share');
    await page.locator(`${form(OLI)} input[name="series"][value="microwork"]`).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => search(page)).toMatch(/series=.*&measure=share/);
    // The controls fit the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
