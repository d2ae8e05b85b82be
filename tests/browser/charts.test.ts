import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, pagePool, type PagePool } from './browser';
import { charts } from '../../src/charts';
import { DATUM_SEPARATOR } from '../../src/kit/datum';

// Every chart page, as a reader sees it: laid out without JavaScript, then enhanced by <chart-figure>.
let browser: Browser;
// Pages kept open between visits (pagePool): without JavaScript at desktop and phone width, and with it.
let plainPages: PagePool<undefined>;
let phonePages: PagePool<undefined>;
let livePages: PagePool<undefined>;
beforeAll(async () => {
  browser = await launch();
  plainPages = pagePool(browser, { javaScriptEnabled: false });
  phonePages = pagePool(browser, { width: 360, height: 740, javaScriptEnabled: false });
  livePages = pagePool(browser);
});
afterAll(async () => {
  await Promise.all([plainPages, phonePages, livePages].map((pool) => pool?.close()));
  await browser?.close();
});

const ids = charts.map((c) => c.id);

/** The visible chart SVG's box and how many of its text elements have a non-empty box. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll('figure[data-chart-id] svg.chart-svg')].find((s) => s.getClientRects().length > 0);
    if (!svg) return null;
    const r = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter((t) => {
      const b = t.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && getComputedStyle(t).visibility !== 'hidden';
    });
    const fontPx = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (r.width / (svg as SVGSVGElement).viewBox.baseVal.width)));
    return { width: r.width, height: r.height, texts: texts.length, fontPx };
  });
}

// Without JavaScript a chart page is static: several load at a time.
describe('chart pages without JavaScript', () => {
  it.concurrent.for(ids)('%s is laid out with JavaScript disabled, with visible text', async (id, { expect }) => {
    await plainPages.at(`charts/${id}/`, async (page) => {
      const box = await layout(page);
      expect(box).not.toBeNull();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
      expect(box!.texts).toBeGreaterThan(2);
    });
  });

  it.concurrent.for(ids)('%s keeps chart text at 11 px or more on a 360 px phone', async (id, { expect }) => {
    await phonePages.at(`charts/${id}/`, async (page) => {
      const box = await layout(page);
      expect(box!.fontPx).toBeGreaterThanOrEqual(11);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  it.concurrent.for(ids)('%s: "Show data" reveals the table of charted rows', async (id, { expect }) => {
    await plainPages.at(`charts/${id}/`, async (page) => {
      const table = page.locator(`figure[data-chart-id="${id}"] details.chart-data table`);
      expect(await table.isVisible()).toBe(false);
      await page.locator(`figure[data-chart-id="${id}"] details.chart-data summary`).click();
      expect(await table.isVisible()).toBe(true);
      expect(await table.locator('caption').textContent()).toMatch(/Data for/);
      const csvRows = (await (await page.request.get(page.url().replace(/\/$/, '.csv'))).text()).trim().split('\n').length - 1;
      // Rows of the table = data rows of the CSV download (quoted line breaks are not used in our data).
      expect(await table.locator('tbody tr').count()).toBe(csvRows);
    });
  });
});

// With JavaScript, one at a time: the layout-shift check is sensitive to load.
describe.each(ids)('chart %s', (id) => {
  it('shows a tooltip on hover and on keyboard navigation; Escape hides it; no layout shift', async () => {
    // The same page without JavaScript gives the box the upgraded chart must keep.
    const staticBox = await plainPages.at(`charts/${id}/`, async (page) => {
      await page.evaluate(() => document.fonts.ready);
      return page.locator(`figure[data-chart-id="${id}"] chart-figure`).boundingBox();
    });
    await livePages.at(`charts/${id}/`, async (page) => {
      // Load every font subset the page and the tooltip will use (e.g. the minus sign's), so a late
      // web-font swap, which is the page's and not the chart's, cannot land inside the measurement.
      await page.evaluate(async () => {
        const text = document.body.innerText + '−+%$0123456789·–—';
        const faces = ['400 16px "Inter Variable"', '700 16px "Inter Variable"', '400 16px "Source Serif 4 Variable"', '700 16px "Source Serif 4 Variable"'];
        await Promise.all(faces.map((f) => document.fonts.load(f, text)));
        await document.fonts.ready;
      });
      // Shifts from here on (web-font swaps during load are the page's, not the chart's); as in CLS, shifts
      // right after the reader's own input (the skip link appearing on Tab) do not count.
      await page.evaluate(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((l) => {
          for (const e of l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: 'layout-shift' });
      });
      const frame = page.locator(`figure[data-chart-id="${id}"] chart-figure`);
      await expect.poll(() => frame.getAttribute('tabindex')).toBe('0');
      expect(await frame.boundingBox()).toEqual(staticBox);
      // A heavy chart paints its lite copy first (issue #15); the reader's first pointer over it brings
      // the marks' tooltip text. Then hover the first datum mark of the visible SVG.
      await frame.hover({ position: { x: 2, y: 2 } });
      await expect
        .poll(() =>
          page.evaluate((chartId) => {
            const svg = [...document.querySelectorAll(`figure[data-chart-id="${chartId}"] svg`)].find((s) => s.getClientRects().length > 0);
            return !!svg?.querySelector('[data-value],[aria-roledescription="point"][aria-label]');
          }, id),
        )
        .toBe(true);
      const target = await page.evaluate(({ chartId, sep }) => {
        const svg = [...document.querySelectorAll(`figure[data-chart-id="${chartId}"] svg`)].find((s) => s.getClientRects().length > 0)!;
        const el = svg.querySelector('[data-value],[aria-roledescription="point"][aria-label]')!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        const value = (el as SVGElement).dataset.value ?? el.getAttribute('aria-label')!.split(sep)[2]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, value };
      }, { chartId: id, sep: DATUM_SEPARATOR });
      await page.mouse.move(target.x, target.y);
      const tip = frame.locator('[role="tooltip"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(target.value);
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);

      // Keyboard: Tab to the chart's one tab stop, step right, read the tooltip, Escape hides it.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'CHART-FIGURE'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CHART-FIGURE');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tip.isVisible()).toBe(true);
      const shown = await tip.textContent();
      const values = await page.evaluate(({ chartId, sep }) => {
        const svg = [...document.querySelectorAll(`figure[data-chart-id="${chartId}"] svg`)].find((s) => s.getClientRects().length > 0)!;
        return [...svg.querySelectorAll('[data-value],[aria-roledescription="point"][aria-label]')].map(
          (el) => (el as SVGElement).dataset.value ?? el.getAttribute('aria-label')!.split(sep)[2]!,
        );
      }, { chartId: id, sep: DATUM_SEPARATOR });
      expect(values.some((v) => shown!.includes(v))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    });
  });
});

describe('vega runtime', () => {
  const runtimeIds = charts.filter((c) => c.runtime === 'vega').map((c) => c.id);
  const plainId = charts.find((c) => !c.runtime)!.id;

  it('exactly one chart asks for the vega runtime', () => {
    expect(runtimeIds).toHaveLength(1);
  });

  it('is never requested on a page without a runtime chart', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const vega: string[] = [];
    page.on('request', (r) => /vega/.test(r.url()) && vega.push(r.url()));
    await page.goto(new URL(`charts/${plainId}/`, baseUrl()).href, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 5000);
    await page.waitForLoadState('networkidle');
    expect(vega).toEqual([]);
    await context.close();
  });

  it('loads only when the chart nears the viewport, then re-renders with the same box (CLS 0)', async () => {
    const id = runtimeIds[0]!;
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const vega: string[] = [];
    const errors: string[] = [];
    // The loader (its own vega-runtime.*.js chunk, shared with embed pages) loads with the page by design: only vega itself must wait.
    page.on('request', (r) => /vega/.test(new URL(r.url()).pathname) && !/\/vega-runtime\.[\w-]+\.js$/.test(new URL(r.url()).pathname) && vega.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // Push the chart far below the first viewport before any page script runs: a spacer at the top of <main>.
    await page.addInitScript(() => {
      new MutationObserver((_m, obs) => {
        const main = document.querySelector('main');
        if (!main) return;
        const spacer = document.createElement('div');
        spacer.style.height = '3000px';
        main.prepend(spacer);
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(new URL(`charts/${id}/`, baseUrl()).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(vega, 'vega requested before the chart neared the viewport').toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as unknown as { value: number }[]) (window as unknown as { __cls: number }).__cls += e.value;
      }).observe({ type: 'layout-shift' });
    });
    const frame = page.locator(`figure[data-chart-id="${id}"] chart-figure`);
    await frame.scrollIntoViewIfNeeded();
    const before = await frame.boundingBox();
    await expect.poll(() => frame.getAttribute('data-hydrated'), { timeout: 20_000 }).toBe('true');
    expect(vega.length).toBeGreaterThan(0);
    const after = await frame.boundingBox();
    expect(after!.height).toBeCloseTo(before!.height, 0);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    // The live SVG is still read by the tooltip: keyboard shows a datum.
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    expect(await frame.locator('[role="tooltip"]').textContent()).toMatch(/points/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
