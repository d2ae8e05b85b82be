// One table of chart files feeds the file route, the downloads list and the chart JSON-LD.
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts';
import { chartBundle } from '../../../src/outputs/chart-bundle';
import { CHART_FILES, chartFile, chartFileLinks } from '../../../src/outputs/chart-files';
import { chartPageJsonLd } from '../../../src/outputs/json-ld/chart-ld';
import { getStaticPaths } from '../../../src/pages/charts/[file]';
import { chartFilePath, embedFullPath, runtimeSpecPath } from '../../../src/lib/routes';

describe('chart files table', () => {
  it('the file route builds every file of the table for every chart, at charts/<id>.<ext>', () => {
    const paths = (getStaticPaths() as { params: { file: string } }[]).map((p) => `charts/${p.params.file}`);
    const expected = charts.flatMap((c) => CHART_FILES.map((f) => chartFilePath(c.id, f.ext)));
    expect(paths.sort()).toEqual(expected.sort());
    expect(new Set(paths).size).toBe(charts.length * CHART_FILES.length);
  });

  it('the downloads list links each file once, in table order', () => {
    expect(chartFileLinks('x-y').map((l) => l.path)).toEqual(['charts/x-y.csv', 'charts/x-y.json', 'charts/x-y.svg', 'charts/x-y.png']);
  });

  it('the chart JSON-LD lists the data files of the table with their media types', async () => {
    const b = await chartBundle(charts[0]!.id);
    const text = JSON.stringify(chartPageJsonLd(b));
    for (const f of CHART_FILES.filter((x) => x.kind === 'data')) {
      expect(text).toContain(`${chartFilePath(b.def.id, f.ext)}","encodingFormat":"${f.mediaType}"`);
    }
  });

  it('each file body comes from the bundle (PNG bytes start with the PNG signature)', async () => {
    const b = await chartBundle(charts[0]!.id);
    expect(chartFile('csv').body(b)).toBe(b.csv);
    expect(chartFile('svg').body(b)).toBe(b.fileSvg);
    expect([...(chartFile('png').body(b) as Uint8Array).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('an unknown extension names the known ones', () => {
    expect(() => chartFile('gif')).toThrow('No chart file type ".gif" (known: csv, json, svg, png)');
  });

  it('routes build the embed and runtime paths the pages fetch', () => {
    expect(embedFullPath('a')).toBe('embed/a/full.json');
    expect(runtimeSpecPath('a', 'wide')).toBe('charts/runtime/a-wide.json');
  });
});
