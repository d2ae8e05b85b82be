// SVG snapshots (Observable Plot's approach): every chart in every layout variant, the embed's lite
// copy of each, and the standalone file SVG are compared byte for byte with the files stored in
// tests/snapshots/charts/<id>/. The build is deterministic, so a diff is a real change in output.
// Accept an intended change with `npx vitest run tests/unit/snapshots -u` and review the SVG diff.
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts';
import { chartBundle } from '../../../src/outputs/chart-bundle';
import { VARIANT_NAMES } from '../../../src/kit/theme';

/** Where a chart's stored SVGs live, relative to this test file. */
const dir = (id: string): string => `../../snapshots/charts/${id}`;

describe.each(charts.map((c) => c.id))('chart %s', (id) => {
  for (const variant of VARIANT_NAMES) {
    it(`${variant} layout SVG is unchanged`, async () => {
      const b = await chartBundle(id);
      await expect(b.variants[variant].svg).toMatchFileSnapshot(`${dir(id)}/${variant}.svg`);
    });
    it(`${variant} embed (lite) SVG is unchanged`, async () => {
      const b = await chartBundle(id);
      await expect(b.variants[variant].lite).toMatchFileSnapshot(`${dir(id)}/${variant}.lite.svg`);
    });
  }
  it('standalone file SVG is unchanged', async () => {
    const b = await chartBundle(id);
    await expect(b.fileSvg).toMatchFileSnapshot(`${dir(id)}/file.svg`);
  });
});
