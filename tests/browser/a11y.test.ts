import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { baseUrl, launch, newContext, pagePool, type PagePool } from './browser';
import { allPages, onePerTemplate, settle, template, type SitePage } from '../support/quality';
import { WCAG_TAGS, wcagAxe } from '../support/axe';

/** One line per violated rule and node: rule id, impact, page, target selectors and axe's summary. */
export function formatViolations(path: string, scheme: string, results: AxeResults): string[] {
  // With iframes (the /embed-test/ page), axe's frame-by-frame run can report rules outside runOnly
  // (seen: best-practice landmark-unique); the gate is WCAG A/AA, so keep violations carrying those tags.
  const wcag = results.violations.filter((v) => v.tags.some((t) => WCAG_TAGS.includes(t)));
  return wcag.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) on /${path} [${scheme}] at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() || v.help}`),
  );
}

// Every chart page (contrast depends on the chart's colours and marks) and every article (each carries its
// own prose, tables, callouts and figures); of the other pages, one per template (pages of one route share
// layout and components: the largest, with the most of them). Embeds are one template: an embed draws the
// same chart, in the same tokens, as the chart page checked here.
// Templates whose own test runs axe on the whole page in both schemes, in more states than one load shows.
const AXE_ELSEWHERE: Record<string, string> = { evidence: 'tests/browser/evidence.test.ts (unfiltered and filtered)' };
const pages = allPages();
const eachOne = (p: SitePage) => p.kind === 'chart' || p.kind === 'article';
const checked = [...pages.filter(eachOne), ...onePerTemplate(pages.filter((p) => !eachOne(p) && !(template(p.path) in AXE_ELSEWHERE)))];
/** The chart id in a chart page's or embed's path (charts/<id>/, embed/<id>/). */
const chartOf = (p: SitePage) => /^(?:charts|embed)\/([^/]+)\/$/.exec(p.path)?.[1];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** axe's WCAG violations on `page` opened at `url`, after the theme check. */
async function violationsAt(page: Page, url: string, theme: RegExp, label: [string, string]): Promise<string[]> {
  await page.goto(new URL(url, baseUrl()).href);
  await settle(page);
  // The theme is applied by a script before paint; make sure the scheme under test is the one shown.
  expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'none')).toMatch(theme);
  // The explorer's pages hold a 923-row table: only violations carry every node; passes are summarised.
  const results = await wcagAxe(page).analyze();
  // A run that checked nothing (axe not injected, tags wrong) would pass every page.
  expect(results.passes.length, `axe passed no rule on /${label[0]}`).toBeGreaterThan(20);
  return formatViolations(label[0], label[1], results);
}

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 AA, %s colour scheme', (scheme) => {
  let pool: PagePool<undefined>;
  beforeAll(() => {
    pool = pagePool(browser, { width: 1000, height: 800, colorScheme: scheme });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('checks every chart page (so the chart of every embed), every article, an embed, and more than one other template', () => {
    for (const kind of ['chart', 'article'] as const) expect(checked.filter((p) => p.kind === kind).length, kind).toBe(pages.filter((p) => p.kind === kind).length);
    const chartsChecked = new Set(checked.filter((p) => p.kind === 'chart').map(chartOf));
    for (const e of pages.filter((p) => p.kind === 'embed')) expect(chartsChecked, `/${e.path}`).toContain(chartOf(e));
    expect(checked.filter((p) => p.kind === 'embed').length).toBe(1);
    expect(checked.filter((p) => !eachOne(p)).length).toBeGreaterThan(5);
  });

  it.concurrent.for(checked.map((p) => [`/${p.path}`, p] as const))('%s has no violations', { timeout: 180_000 }, async ([_label, p], { expect }) => {
    expect(await pool.use((page) => violationsAt(page, p.path, new RegExp(`${scheme}|none`), [p.path, scheme]))).toEqual([]);
  });
});

// Embeds take their theme from the host (?theme=light|dark) whatever the reader's system says. The
// colours under a forced theme are those of that theme, checked above for every embed; here one embed
// proves the parameter wins against the opposite system scheme.
const embed = pages.find((p) => p.kind === 'embed');
describe.each([
  { system: 'light', theme: 'dark' },
  { system: 'dark', theme: 'light' },
] as const)('axe, WCAG 2.2 AA, an embed with ?theme=$theme on a $system system', ({ system, theme }) => {
  it('has no violations', async () => {
    expect(embed, 'no embed page built').toBeDefined();
    const context = await newContext(browser, { width: 600, height: 700, colorScheme: system });
    const page = await context.newPage();
    try {
      const url = `${embed!.path}?theme=${theme}`;
      expect(await violationsAt(page, url, new RegExp(`^${theme}$`), [url, `${theme} on ${system}`])).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
