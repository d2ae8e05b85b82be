// The occupation explorer (/explore/) in Chromium: search, result figures against the CSV, URL state,
// keyboard, the no-JS table and axe with the result open (its byte budget: tests/static/explore-budget.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { wcagAxe } from '../support/axe';
import { getOccupationExposure } from '../../src/data';
import { formatCount, formatScore, formatUsd } from '../../src/features/explore/format';
import { SORTS } from '../../src/features/explore/sorts';
import { baseUrl, launch, openPage } from './browser';
import type { AxeResults } from 'axe-core';

const rows = getOccupationExposure();
const translators = rows.find((r) => r.title === 'Interpreters and Translators')!;

/** One line per violated rule and node (as in a11y.test.ts, which cannot be imported without running it). */
const violations = (results: AxeResults): string[] =>
  results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Text of the result panel's field data-f=<name>. */
const field = (page: Page, name: string) => page.locator(`[data-f="${name}"]`).first().textContent();

/** Type into the combobox and wait for the option list. */
async function search(page: Page, text: string): Promise<void> {
  await page.locator('#occ-q').fill('');
  await page.locator('#occ-q').click();
  await page.keyboard.type(text);
  await page.locator('#occ-list li').first().waitFor();
}

describe('occupation explorer with JavaScript', () => {
  it('typing part of a title lists the occupation; choosing it shows its figures from the CSV', async () => {
    const { context, page } = await openPage(browser, '/explore/');
    await search(page, 'translat');
    const options = await page.locator('#occ-list [role="option"]').allTextContents();
    expect(options).toContain('Interpreters and Translators');
    expect(await page.locator('#occ-q').getAttribute('aria-expanded')).toBe('true');
    const k = options.indexOf('Interpreters and Translators');
    for (let i = 0; i <= k; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#occ-q').getAttribute('aria-activedescendant')).toBe(`occ-opt-${k}`);
    await page.keyboard.press('Enter');

    await expect(field(page, 'title')).resolves.toBe('Interpreters and Translators');
    expect(await page.locator('#occ-q').getAttribute('aria-expanded')).toBe('false');
    const r = translators;
    const scores = [r.human_alpha, r.human_beta, r.human_gamma, r.gpt4_alpha, r.gpt4_beta, r.gpt4_gamma];
    for (let i = 0; i < 6; i++) await expect(field(page, `s${i + 2}`)).resolves.toBe(formatScore(scores[i]!));
    await expect(field(page, 'emp')).resolves.toBe(`${formatCount(r.employment!)} jobs`);
    await expect(field(page, 'wage')).resolves.toBe(formatUsd(r.median_wage!));
    // Rank among all occupations, computed here from the CSV.
    const rank = rows.filter((x) => x.human_beta > r.human_beta).length + 1;
    await expect(field(page, 'rank')).resolves.toMatch(new RegExp(`^Ranks ${rank} of ${rows.length} `));
    expect(await page.locator('[data-f="strip"]').getAttribute('aria-valuetext')).toContain(`ranks ${rank} of ${rows.length}`);
    // Its OLI category, with the category's trend and the studies of writing and translation.
    await expect(field(page, 'cat-title')).resolves.toBe('Online freelance demand: Writing and translation');
    expect(await page.locator('[data-f="cat"] svg.spark path.spark-line').count()).toBe(1);
    expect(await page.locator('[data-f="cat"] [data-estimate="hui-writers-jobs"]').count()).toBe(1);
    expect(await page.locator('[data-f="cat"] [id]').count()).toBe(0);
    await expect(field(page, 'cite')).resolves.toContain('/explore/?occ=27-3091.00');
    await context.close();
  });

  it('keeps the choice in the URL, and loading that URL restores it', async () => {
    const { context, page } = await openPage(browser, '/explore/');
    await search(page, 'graphic desi');
    await page.locator('#occ-list li', { hasText: 'Graphic Designers' }).click();
    expect(new URL(page.url()).searchParams.get('occ')).toBe('27-1024.00');
    await expect(field(page, 'title')).resolves.toBe('Graphic Designers');

    const again = await openPage(browser, '/explore/?occ=27-3043.00');
    await again.page.locator('[data-f="panel"]:not([hidden])').waitFor();
    await expect(field(again.page, 'title')).resolves.toBe('Writers and Authors');
    expect(await again.page.locator('#occ-q').inputValue()).toBe('Writers and Authors');
    // Back to the previous choice with the browser's back button.
    await search(again.page, 'editors');
    await again.page.keyboard.press('Enter');
    await expect(field(again.page, 'title')).resolves.toBe('Editors');
    await again.page.goBack();
    await expect.poll(() => field(again.page, 'title')).toBe('Writers and Authors');
    await again.context.close();
    await context.close();
  });

  it('says so when an occupation has no sound OLI mapping, and when a code is unknown', async () => {
    const { context, page } = await openPage(browser, '/explore/?occ=11-1011.00');
    await page.locator('[data-f="panel"]:not([hidden])').waitFor();
    await expect(field(page, 'title')).resolves.toBe('Chief Executives');
    await expect(field(page, 'cat')).resolves.toMatch(/^No sound mapping/);
    const bad = await openPage(browser, '/explore/?occ=99-9999.99');
    await expect.poll(() => field(bad.page, 'status')).toMatch(/No occupation has the code “99-9999\.99”/);
    expect(await bad.page.locator('[data-f="panel"]').isHidden()).toBe(true);
    await bad.context.close();
    await context.close();
  });

  it('supports the combobox keys: Up/Down wrap, Home/End, Escape closes then clears', async () => {
    const { context, page } = await openPage(browser, '/explore/');
    await search(page, 'writers');
    const n = await page.locator('#occ-list li').count();
    expect(n).toBeGreaterThan(2);
    const active = () => page.locator('#occ-q').getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(`occ-opt-${n - 1}`);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('occ-opt-0');
    await page.keyboard.press('End');
    expect(await active()).toBe(`occ-opt-${n - 1}`);
    await page.keyboard.press('Home');
    expect(await active()).toBe('occ-opt-0');
    expect(await page.locator('#occ-opt-0').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('#occ-q').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#occ-list').isHidden()).toBe(true);
    expect(await active()).toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.locator('#occ-q').inputValue()).toBe('');
    await context.close();
  });

  it('the strip plot is a keyboard stop: arrows step to neighbours, Enter opens one', async () => {
    const { context, page } = await openPage(browser, '/explore/?occ=27-3091.00');
    await page.locator('[data-f="panel"]:not([hidden])').waitFor();
    const strip = page.locator('[data-f="strip"]');
    await strip.focus();
    const before = Number(await strip.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowLeft');
    expect(Number(await strip.getAttribute('aria-valuenow'))).toBe(before - 1);
    const neighbour = (await strip.getAttribute('aria-valuetext'))!.split(':')[0]!;
    expect(await page.locator('[data-f="tip"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(field(page, 'title')).resolves.toBe(neighbour);
    expect(new URL(page.url()).searchParams.get('occ')).toBe(rows.find((r) => r.title === neighbour)!.onet_code);
    await context.close();
  });

  it('a title in the table selects in place, without loading another page', async () => {
    const { context, page } = await openPage(browser, '/explore/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('table a[data-occ="27-3042.00"]').click();
    await expect.poll(() => field(page, 'title')).toBe('Technical Writers');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('occ-title');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(new URL(page.url()).searchParams.get('occ')).toBe('27-3042.00');
    await context.close();
  });

  it('makes one data request, to its own origin, and only on intent', async () => {
    const { context, page } = await openPage(browser, '/explore/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.endsWith('.json'))).toEqual([]);
    await search(page, 'translat');
    await page.keyboard.press('Enter');
    await search(page, 'editor');
    await page.keyboard.press('Enter');
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((u) => u.endsWith('.json'))).toEqual([`${origin}/explore/occupations.json`]);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds no violations with the list open and a result shown (%s)', async (scheme) => {
    const { context, page } = await openPage(browser, '/explore/?occ=27-3091.00', { colorScheme: scheme });
    await page.locator('[data-f="panel"]:not([hidden])').waitFor();
    await page.locator('#occ-q').fill('');
    await search(page, 'design');
    await page.keyboard.press('ArrowDown');
    // The whole page, table included, is checked in both schemes by a11y.test.ts; here the explorer's
    // interactive state (open list, active option, result panel, copied category card) is the subject.
    const results = await wcagAxe(page).include('occupation-explorer').analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    expect(violations(results)).toEqual([]);
    await context.close();
  });
});

describe('occupation explorer without JavaScript', () => {
  it.each(SORTS.map((s) => [s.path, s] as const))('/%s lists every occupation in a sorted table', async (_path, s) => {
    const { context, page } = await openPage(browser, `/${s.path}`, { javaScriptEnabled: false });
    const table = page.locator('table.ex-table');
    expect(await table.locator('tbody tr').count()).toBe(rows.length);
    const titles = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(new Set(titles.map((t) => t.trim()))).toEqual(new Set(rows.map((r) => r.title)));
    expect(await table.locator('caption').textContent()).toContain(`All ${rows.length.toLocaleString('en-US')} occupations`);
    // Exactly one column carries aria-sort, and it is this page's.
    const sorted = table.locator('thead th[aria-sort]');
    expect(await sorted.count()).toBe(1);
    expect(await sorted.getAttribute('aria-sort')).toBe(s.direction);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(6);
    // The search UI stays hidden; the page says the table is the way in.
    expect(await page.locator('#occ-q').isVisible()).toBe(false);
    expect(await page.locator('[data-f="nojs"]').isVisible()).toBe(true);
    await context.close();
  });

  it('each row has an anchor and a ?occ= link, and its values are the CSV’s', async () => {
    const { context, page } = await openPage(browser, '/explore/', { javaScriptEnabled: false });
    const row = page.locator('#occ-27-3091-00');
    expect(await row.locator('th a').getAttribute('href')).toBe('?occ=27-3091.00#occ-27-3091-00');
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    const r = translators;
    expect(cells).toEqual([r.onet_code, formatScore(r.human_beta), formatScore(r.gpt4_beta), formatCount(r.employment!), formatUsd(r.median_wage!)]);
    // Its category card links back to it.
    expect(await page.locator('#cat-writing a[data-occ="27-3091.00"]').getAttribute('href')).toBe('?occ=27-3091.00#occ-27-3091-00');
    await context.close();
  });
});
