import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fallbackCss, OUT, overrides } from '../../../scripts/fonts/fallbacks.mjs';

describe('font fallback metrics', () => {
  it('a fallback with the web font’s own metrics needs no adjustment', () => {
    const m = { ascent: 1984, descent: -494, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 978 };
    const o = overrides(m, m);
    expect(o.sizeAdjust).toBeCloseTo(1, 10);
    expect(o.ascent).toBeCloseTo(1984 / 2048, 10);
    expect(o.descent).toBeCloseTo(494 / 2048, 10);
  });

  it('a narrower fallback is scaled up and its vertical metrics scaled back down', () => {
    const web = { ascent: 900, descent: -300, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 500 };
    const local = { ascent: 1800, descent: -400, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 819.2 }; // 0.4 em
    const o = overrides(web, local);
    expect(o.sizeAdjust).toBeCloseTo(1.25, 10);
    expect(o.ascent).toBeCloseTo(0.72, 10);
    expect(o.descent).toBeCloseTo(0.24, 10);
    expect(o.lineGap).toBeCloseTo(0.08, 10);
  });

  it('the committed CSS is what the font files give (rerun npm run fonts:fallbacks after a font update)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(await fallbackCss());
  });
});
