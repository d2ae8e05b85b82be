import { describe, expect, it } from 'vitest';
import { contentHeight, fallbackHeight, HOST_MARGIN, METRICS, narrowFallback, PHONE_VIEWPORTS, type EmbedContent } from '../../../../src/outputs/embed/fallback-height';

const base: EmbedContent = {
  title: 'Writing jobs fell most',
  dek: 'New vacancies by occupation, index points',
  source: 'Source: Online Labour Index. Data: CC BY 4.0.',
  notes: [],
  wide: { width: 720, height: 400 },
  narrow: { width: 340, height: 330 },
};

describe('fallback height of an embed', () => {
  it('draws the narrow layout below 600 px of figure, the wide one above, each scaled to the figure width', () => {
    // Without text, only the SVG's height varies with the width.
    const bare = { ...base, title: '', dek: '', source: '' };
    const at = (w: number) => contentHeight(bare, w, '');
    expect(at(409) - at(375)).toBeCloseTo(330 * (34 / 340), 6);
    expect(at(700) - at(375)).toBeCloseTo(400 * (676 / 720) - 330 * (351 / 340), 6);
  });

  it('never grows a layout past its maximum width', () => {
    const wideAtMax = contentHeight(base, METRICS.wideMax + 2 * METRICS.pad, 'c');
    expect(contentHeight(base, 2000, 'c')).toBeCloseTo(wideAtMax, 5);
  });

  it('grows with text that wraps, notes and the illustration line', () => {
    const longer = { ...base, notes: ['A note long enough to wrap onto a second line at phone width, surely, when it keeps going.'] };
    expect(contentHeight(longer, 375, 'c')).toBeGreaterThan(contentHeight(base, 375, 'c') + METRICS.caption.size * METRICS.caption.line * 2 - 1);
    expect(contentHeight({ ...base, illustrative: true }, 375, 'c')).toBeGreaterThan(contentHeight(base, 375, 'c'));
  });

  it('is a whole number of tens, above every estimate it covers', () => {
    const h = fallbackHeight(base, 'credit');
    expect(h % 10).toBe(0);
    for (const w of [320, 360, 375, 414, 700]) expect(h).toBeGreaterThan(contentHeight(base, w, 'credit'));
  });

  it('is computed per chart: a taller chart gets a taller frame', () => {
    expect(fallbackHeight({ ...base, narrow: { width: 340, height: 800 } }, 'c')).toBeGreaterThan(fallbackHeight(base, 'c') + 400);
  });
});

describe('fallback height on phone-width hosts', () => {
  const tall = { ...base, narrow: { width: 340, height: 520 }, notes: ['A note that wraps at phone widths and adds a line or two to the caption.'] };
  const line = (c: EmbedContent, v: number) => {
    const n = narrowFallback(c, 'credit');
    return n.base + (n.perVw * v) / 100;
  };

  it('lies above the estimate for every frame a phone column gives', () => {
    for (const c of [base, tall]) {
      for (const v of PHONE_VIEWPORTS) {
        for (let w = v - HOST_MARGIN; w <= v; w += 4) expect(line(c, v), `viewport ${v}, frame ${w}`).toBeGreaterThan(contentHeight(c, w, 'credit'));
      }
    }
  });

  it('follows the chart: a taller narrow layout gets a taller line', () => {
    expect(line(tall, 375)).toBeGreaterThan(line(base, 375) + 150);
  });
});
