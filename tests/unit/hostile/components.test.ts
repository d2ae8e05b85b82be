import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import Chart from '../../../src/components/Chart.astro';
import DataTable from '../../../src/components/DataTable.astro';
import Stat from '../../../src/components/Stat.astro';
import SourceNote from '../../../src/components/SourceNote.astro';
import { charts } from '../../../src/charts';
import { clearDataCache } from '../../../src/data';
import { loadedData } from '../../../src/outputs/chart-bundle';
import { attrsOf, elementsByTag, parseHtmlFragment, textContent } from '../../support/html-dom.mjs';
import { expectInert, textReader } from './check-markup';
import { hostileRows } from './hostile-rows';
import { HOSTILE } from './strings';

// The registry gains a hostile twin of every chart: same data and renderer, hostile title, dek and
// notes, every free-text field of its rows replaced. <Chart id="hostile-…"> then runs the whole
// component: figure, SVG, description, caption, notes, data table, downloads.
vi.mock('../../../src/charts/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/charts/index')>();
  const { hostileRows: swap } = await import('./hostile-rows');
  const { HOSTILE: H } = await import('./strings');
  const twins = real.charts.map((def) => ({
    ...def,
    id: `hostile-${def.id}`,
    title: `${H[0]} ${H[3]}`,
    dek: H[2],
    notes: [H[1], H[6]],
    transform: (data: Parameters<typeof def.transform>[0]) => swap(def.transform(data)).rows,
  }));
  return { ...real, charts: [...real.charts, ...twins] };
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const realCharts = charts.filter((c) => !c.id.startsWith('hostile-'));

describe('<Chart> with hostile title, notes and rows', () => {
  it.each(realCharts.map((c) => [c.id] as const))('%s renders inert and legible', async (id) => {
    const benign = await container.renderToString(Chart, { props: { id } });
    const hostile = await container.renderToString(Chart, { props: { id: `hostile-${id}` } });
    expectInert(hostile, benign, `<Chart id="hostile-${id}">`);
    const root = parseHtmlFragment(hostile);
    // The figure still holds exactly the chart's own SVGs: nothing closed it early or opened another.
    const figure = elementsByTag(root, 'figure')[0]!;
    expect(elementsByTag(figure, 'svg').length).toBe(elementsByTag(parseHtmlFragment(benign), 'svg').length);
    // Title, dek and notes read exactly as written.
    const title = elementsByTag(figure, 'h2')[0]!;
    expect(textContent(title)).toBe(`${HOSTILE[0]} ${HOSTILE[3]}`);
    const text = textReader(hostile);
    for (const s of [HOSTILE[2], HOSTILE[1], HOSTILE[6]]) expect(text.has(s), `reads ${JSON.stringify(s)}`).toBe(true);
    // Where the benign table shows a row's text, the hostile table shows the hostile text exactly.
    const tableText = (html: string) => textReader(elementsByTag(parseHtmlFragment(html), 'table').map((t) => `<p>${textContent(t)}</p>`).join('').replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`));
    const def = realCharts.find((c) => c.id === id)!;
    const { swaps } = hostileRows(def.transform(loadedData));
    const before = tableText(benign);
    const after = tableText(hostile);
    const shown = swaps.filter((s) => s.original.length > 3 && before.has(s.original));
    expect([...new Set(shown.filter((s) => !after.has(s.hostile)).map((s) => s.hostile))], 'table cells not legible').toEqual([]);
  });
});

describe('<DataTable> with hostile caption, headers and cells', () => {
  it('prints every string as text, in the cell it belongs to', async () => {
    const columns = HOSTILE.map((label, i) => ({ key: `c${i}`, label, numeric: i === 2 }));
    const rows = HOSTILE.map((_, r) => Object.fromEntries(HOSTILE.map((_, c) => [`c${c}`, HOSTILE[(r + c) % HOSTILE.length]!])));
    const props = { caption: HOSTILE[1], columns, rows };
    const benignProps = { caption: 'Caption', columns: columns.map((c, i) => ({ ...c, label: `Col ${i}` })), rows: rows.map((r) => Object.fromEntries(Object.keys(r).map((k) => [k, 'x']))) };
    const html = await container.renderToString(DataTable, { props });
    expectInert(html, await container.renderToString(DataTable, { props: benignProps }), '<DataTable>');
    const root = parseHtmlFragment(html);
    expect(textContent(elementsByTag(root, 'caption')[0]!)).toBe(HOSTILE[1]);
    expect(elementsByTag(root, 'thead').flatMap((t) => elementsByTag(t, 'th')).map(textContent)).toEqual([...HOSTILE]);
    const bodyRows = elementsByTag(elementsByTag(root, 'tbody')[0]!, 'tr');
    expect(bodyRows).toHaveLength(HOSTILE.length);
    bodyRows.forEach((tr, r) => {
      const cells = [...elementsByTag(tr, 'th'), ...elementsByTag(tr, 'td')].map(textContent);
      expect(cells).toEqual(HOSTILE.map((_, c) => HOSTILE[(r + c) % HOSTILE.length]));
    });
    expect(attrsOf(elementsByTag(root, 'section')[0]!)['aria-label']).toBe(HOSTILE[1]);
  });
});

describe('<Stat> and <SourceNote> with hostile labels, quotes and sources', () => {
  const dataDir = path.join(process.cwd(), 'tests/fixtures/hostile-data');
  const validDir = path.join(process.cwd(), 'tests/fixtures/data/valid');
  const ids = ['writing-jobs', 'writing-earnings', 'platform-fee', 'share-points', 'revenue'];

  it('keeps the number as the only text and the label and source in an escaped title', async () => {
    clearDataCache();
    for (const id of ids) {
      const html = await container.renderToString(Stat, { props: { id, dataDir } });
      expectInert(html, await container.renderToString(Stat, { props: { id, dataDir: validDir } }), `<Stat id="${id}">`);
      const el = parseHtmlFragment(html).childNodes![0]!;
      expect(textContent(el)).not.toMatch(/[<>]/);
      expect(attrsOf(el).title).toMatch(/label\. Source: /);
    }
    const first = parseHtmlFragment(await container.renderToString(Stat, { props: { id: 'writing-jobs', dataDir } })).childNodes![0]!;
    expect(attrsOf(first).title).toContain(`${HOSTILE[0]} label`);
  });

  it('lists quotes, locators and sources as text', async () => {
    const html = await container.renderToString(SourceNote, { props: { ids, dataDir } });
    expectInert(html, await container.renderToString(SourceNote, { props: { ids, dataDir: validDir } }), '<SourceNote>');
    const items = elementsByTag(parseHtmlFragment(html), 'li');
    expect(items).toHaveLength(ids.length);
    const text = textReader(html);
    for (const s of HOSTILE.slice(0, 6)) expect(text.has(s), `reads ${JSON.stringify(s)}`).toBe(true);
  });
});
