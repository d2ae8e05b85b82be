import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, pagePool, type PagePool } from './browser';
import { allPages } from '../support/quality';

// WCAG 1.4.10 Reflow: at 320 CSS px every page reads without scrolling sideways (most readers are on
// phones). Tables and charts may scroll inside their own box; the page itself may not. A long URL in a
// reference or a note used to push the data pages, /evidence/ and /methodology/ up to 195 px wide.
const PHONE = { width: 320, height: 700 };
const pages = allPages();

describe(`every page reflows at ${PHONE.width} px`, () => {
  let browser: Browser;
  let pool: PagePool<undefined>;
  beforeAll(async () => {
    browser = await launch();
    pool = pagePool(browser, PHONE);
  });
  afterAll(async () => {
    await pool?.close();
    await browser?.close();
  });

  it.concurrent.for(pages.map((p) => [`/${p.path}`, p] as const))('%s scrolls only vertically', async ([_label, p], { expect }) => {
    await pool.at(p.path, async (page) => {
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const overflow = document.documentElement.scrollWidth - width;
        // Name what sticks out (outside any box that scrolls or clips), to say where to look.
        const inScroller = (el: Element) => {
          for (let a: Element | null = el; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        const range = document.createRange();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const culprits: string[] = [];
        while (overflow > 0 && walker.nextNode() && culprits.length < 3) {
          const node = walker.currentNode;
          range.selectNodeContents(node);
          if (node.textContent!.trim() && range.getBoundingClientRect().right > width + 1 && !inScroller(node.parentElement!)) culprits.push(`${node.parentElement!.tagName.toLowerCase()}: "${node.textContent!.trim().slice(0, 60)}"`);
        }
        return { overflow, culprits };
      });
      expect(wide.overflow, `/${p.path} is ${wide.overflow} px too wide: ${wide.culprits.join('; ')}`).toBeLessThanOrEqual(0);
    });
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
});
