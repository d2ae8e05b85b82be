import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
  resources: { name: string; path: string; title: string; schema: { fields: { name: string }[] } }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('/data/ pages', () => {
  it('lists every dataset with its row count and downloads', async () => {
    const { context, page } = await openPage(browser, '/data/');
    const titles = await page.locator('main h2 a').allTextContents();
    expect(titles).toEqual(pkg.resources.map((r) => r.title));
    for (const r of pkg.resources) {
      const rows = csvParse(readFileSync(`data/${r.path}`, 'utf8')).length;
      const item = page.locator('main li', { has: page.locator(`a[href$="/data/${r.name}/"]`) });
      expect(await item.textContent()).toContain(`${rows.toLocaleString('en-US')} rows`);
    }
    await context.close();
  });

  it('serves CSV and JSON downloads equal to the data files', async () => {
    for (const r of pkg.resources) {
      const csv = await (await fetch(new URL(`data/${r.name}.csv`, baseUrl()))).text();
      const source = csvParse(readFileSync(`data/${r.path}`, 'utf8'));
      const served = csvParse(csv);
      expect(served.columns).toEqual(r.schema.fields.map((f) => f.name));
      expect(served.length).toBe(source.length);
      const json = (await (await fetch(new URL(`data/${r.name}.json`, baseUrl()))).json()) as { rows: unknown[]; fields: unknown[] };
      expect(json.rows.length).toBe(source.length);
      expect(json.fields.length).toBe(r.schema.fields.length);
    }
  });

  it('serves a datapackage.json whose resource paths resolve next to it', async () => {
    const served = (await (await fetch(new URL('data/datapackage.json', baseUrl()))).json()) as typeof pkg;
    for (const r of served.resources) {
      const res = await fetch(new URL(`data/${r.path}`, baseUrl()));
      expect(res.status, r.path).toBe(200);
    }
  });

  it('each dataset page has a field table, a preview and schema.org Dataset JSON-LD', async () => {
    for (const r of pkg.resources) {
      const { context, page } = await openPage(browser, `/data/${r.name}/`, { javaScriptEnabled: false });
      expect(await page.locator('h1').textContent()).toBe(r.title);
      const fieldRows = await page.locator('table').first().locator('tbody tr').count();
      expect(fieldRows).toBe(r.schema.fields.length);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
      expect(ld['@type']).toBe('Dataset');
      expect(ld.distribution.map((d: { contentUrl: string }) => d.contentUrl.split('/').pop())).toEqual([`${r.name}.csv`, `${r.name}.json`]);
      await context.close();
    }
  });
});
