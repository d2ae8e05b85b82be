import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { baseUrl, launch } from './browser';
import { allPages, settle } from '../support/quality';

/** WCAG 2.2 level A and AA rules (axe tags). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violated rule and node: rule id, impact, page, target selectors and axe's summary. */
export function formatViolations(path: string, scheme: string, results: AxeResults): string[] {
  // With iframes (the /embed-test/ page), axe's frame-by-frame run can report rules outside runOnly
  // (seen: best-practice landmark-unique); the gate is WCAG A/AA, so keep violations carrying those tags.
  const wcag = results.violations.filter((v) => v.tags.some((t) => WCAG_TAGS.includes(t)));
  return wcag.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) on /${path} [${scheme}] at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() || v.help}`),
  );
}

const pages = allPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 AA, %s colour scheme', (scheme) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1000, height: 800 }, colorScheme: scheme });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [`/${p.path}`, p] as const))('%s has no violations', async (_label, p) => {
    await page.goto(new URL(p.path, baseUrl()).href);
    await settle(page);
    // The theme is applied by a script before paint; make sure the scheme under test is the one shown.
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'none')).toMatch(new RegExp(`${scheme}|none`));
    // The explorer's pages hold a 923-row table: only violations carry every node; passes are summarised.
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
    expect(formatViolations(p.path, scheme, results)).toEqual([]);
  }, 180_000);
});

// Embeds take their theme from the host (?theme=light|dark) whatever the reader's system says: check
// each forced theme against the opposite system scheme.
const embeds = pages.filter((p) => p.kind === 'embed');
describe.each([
  { system: 'light', theme: 'dark' },
  { system: 'dark', theme: 'light' },
] as const)('axe, WCAG 2.2 AA, embeds with ?theme=$theme on a $system system', ({ system, theme }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 600, height: 700 }, colorScheme: system });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(embeds.map((p) => [`/${p.path}?theme=${theme}`, p] as const))('%s has no violations', async (_label, p) => {
    await page.goto(new URL(`${p.path}?theme=${theme}`, baseUrl()).href);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
    expect(formatViolations(`${p.path}?theme=${theme}`, `${theme} on ${system}`, results)).toEqual([]);
  });
});
