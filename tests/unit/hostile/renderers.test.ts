import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts';
import { loadedData } from '../../../src/outputs/chart-bundle';
import { renderChart } from '../../../src/kit/render-chart';
import { renderVegaLite, vegaBase } from '../../../src/kit/vega';
import { VARIANTS } from '../../../src/kit/theme';
import { frame } from '../../../src/kit/frame';
import type { TopLevelSpec } from 'vega-lite';
import { elementsByTag, parseHtmlFragment, textContent } from '../../support/html-dom.mjs';
import { HOSTILE } from './strings';
import type { ChartDefinition, ChartRow } from '../../../src/kit/types';
import { hostileRows } from './hostile-rows';
import { expectInert, textReader } from './check-markup';

// Every chart definition, fed its real rows with each free-text field replaced by a hostile string,
// through the real renderer (vega-lite or d3), both layout variants.
describe.each(charts.map((def) => [def.id, def] as const))('chart %s with hostile labels', (_id, def) => {
  it('renders inert, readable SVG and a description', async () => {
    const benign = await renderChart(def, loadedData);
    const { rows, swaps } = hostileRows(benign.rows);
    const hostileDef: ChartDefinition<ChartRow> = { ...def, transform: () => rows };
    const out = await renderChart(hostileDef, loadedData);
    for (const v of ['wide', 'narrow'] as const) {
      const svg = out.variants[v].svg;
      expectInert(svg, benign.variants[v].svg, `${def.id} (${v})`);
      expect(svg, `${def.id} (${v}): a number went missing`).not.toMatch(/NaN|Infinity|undefined/);
    }
    // Where the chart draws a label from the data, the hostile label must read back as written (or
    // visibly truncated), never as entities or rewritten text.
    const before = textReader(benign.variants.wide.svg);
    const after = textReader(out.variants.wide.svg);
    const drawn = swaps.filter((s) => s.original.length > 3 && before.has(s.original));
    const illegible = drawn.filter((s) => !after.has(s.hostile, true)).map((s) => s.hostile);
    expect([...new Set(illegible)], `${def.id}: labels not legible`).toEqual([]);
    const d = def.describe(rows);
    expect(`${d.alt} ${d.summary}`).not.toMatch(/&(lt|gt|amp|quot);|undefined|NaN/);
  });
});

// The vega-lite path once more, with hostile text where vega draws it: axis labels, text marks, the
// title and per-mark descriptions (the OLI charts key their labels by occupation, so they stay fixed).
describe('vega-lite renderer with hostile labels', () => {
  const spec = (labels: readonly string[]) =>
    ({
      ...vegaBase(VARIANTS.wide, 300, { top: 30, right: 20, bottom: 20, left: 220 }),
      title: labels[0],
      description: labels[1],
      data: { values: labels.map((label, i) => ({ label, value: i + 1 })) },
      layer: [
        { mark: { type: 'bar', tooltip: true }, encoding: { y: { field: 'label', type: 'nominal', title: labels[2] }, x: { field: 'value', type: 'quantitative' }, description: { field: 'label' } } },
        { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { y: { field: 'label', type: 'nominal' }, x: { field: 'value', type: 'quantitative' }, text: { field: 'label' } } },
      ],
    }) as unknown as TopLevelSpec;

  it('escapes every string and rewrites no text', async () => {
    const benignLabels = HOSTILE.map((_, i) => `Label ${i}`);
    const benign = frame(await renderVegaLite(spec(benignLabels), VARIANTS.wide, 'benign'));
    const hostile = frame(await renderVegaLite(spec(HOSTILE), VARIANTS.wide, 'hostile'));
    expectInert(hostile.svg, benign.svg, 'vega-lite');
    // Text marks print the whole label; each must read back exactly.
    const texts = elementsByTag(parseHtmlFragment(hostile.svg), 'text').map((t) => textContent(t));
    for (const h of HOSTILE) expect(texts, `text mark for ${JSON.stringify(h)}`).toContain(h);
  });
});
