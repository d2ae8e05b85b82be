import { describe, expect, it } from 'vitest';
import { FONT_FILES, openFont } from '../../../scripts/fonts/glyph-widths.mjs';
import { textWidth, wrapText, type FontFamily, type FontWeight } from '../../../src/kit/text-width';

// The table against the font files themselves (fontkit reads the same TTFs the generator did): a
// stale or hand-edited table, or a font upgrade without regenerating, fails here.
/** Every font the generator writes (its keys are family-weight). */
const FONTS = Object.keys(FONT_FILES).map((key) => {
  const [family, weight] = key.split('-');
  return { family: family as FontFamily, weight: Number(weight) as FontWeight };
});
const SAMPLES = ['Writing & translation', 'ChatGPT released', '−12.5%', '+$1,234', 'Fiverr: active buyers (millions)', 'Q3 2024 · “AI-exposed” – 17 pp'];

/** The font's own advance sum for `s` at `size` px, and the same with its kerning applied, as a browser lays it out. */
function fontWidths(family: FontFamily, weight: FontWeight, s: string, size: number) {
  const font = openFont(`${family}-${weight}` as keyof typeof FONT_FILES);
  const plain = font.glyphsForString(s).reduce((sum: number, g) => sum + g.advanceWidth, 0);
  const kerned = font.layout(s).advanceWidth;
  return { plain: (plain / font.unitsPerEm) * size, kerned: (kerned / font.unitsPerEm) * size };
}

describe('text width from the bundled fonts', () => {
  it.each(FONTS)('$family $weight: each sample within 1% of the font’s advance sum, and within 2% of its kerned layout', ({ family, weight }) => {
    for (const s of SAMPLES) {
      const { plain, kerned } = fontWidths(family, weight, s, 14);
      const ours = textWidth(s, 14, { family, weight });
      expect(Math.abs(ours - plain) / plain, s).toBeLessThanOrEqual(0.01);
      expect(Math.abs(ours - kerned) / kerned, s).toBeLessThanOrEqual(0.02);
    }
  });

  it('measures the minus sign as Inter draws it (as wide as a plus, wider than a hyphen)', () => {
    const { plain } = fontWidths('sans', 400, '\u2212', 100);
    expect(textWidth('\u2212', 100)).toBeCloseTo(plain, 6);
    expect(textWidth('\u2212', 100)).toBeCloseTo(textWidth('+', 100), 6);
    expect(textWidth('\u2212', 100)).toBeGreaterThan(textWidth('-', 100) * 1.3);
  });

  it('bolder weights measure wider, and width scales with the font size', () => {
    const s = 'Upwork clients';
    expect(textWidth(s, 14, { weight: 700 })).toBeGreaterThan(textWidth(s, 14, { weight: 600 }));
    expect(textWidth(s, 14, { weight: 600 })).toBeGreaterThan(textWidth(s, 14));
    expect(textWidth(s, 28)).toBeCloseTo(2 * textWidth(s, 14), 9);
  });

  it('a weight without a table fails naming the generator', () => {
    expect(() => textWidth('a', 12, { family: 'serif', weight: 400 })).toThrow(/serif 400.*glyph-widths\.mjs/);
  });
});

describe('wrapText', () => {
  const s = 'Freelancers in occupations more exposed to generative AI saw fewer contracts';

  it('fills each line as far as the width allows, never past it unless one word is wider', () => {
    const lines = wrapText(s, 14, 200);
    expect(lines.join(' ')).toBe(s);
    expect(lines.length).toBeGreaterThan(1);
    lines.forEach((l, i) => {
      expect(textWidth(l, 14), l).toBeLessThanOrEqual(200);
      // Greedy: the next line's first word would not have fitted on this one.
      const next = lines[i + 1];
      if (next) expect(textWidth(`${l} ${next.split(' ')[0]}`, 14)).toBeGreaterThan(200);
    });
    expect(wrapText('Supercalifragilistic word', 14, 40)).toEqual(['Supercalifragilistic', 'word']);
  });

  it('measures with the font asked for: bold text wraps sooner', () => {
    const width = textWidth(s, 14) + 1;
    expect(wrapText(s, 14, width)).toEqual([s]);
    expect(wrapText(s, 14, width, { weight: 700 })).toHaveLength(2);
  });

  it('with maxLines, cuts the last line at a word and ends it in "…" within the width', () => {
    const lines = wrapText(s, 14, 150, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\S…$/);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(150);
    expect(s.startsWith(`${lines[0]} ${lines[1]!.slice(0, -1)}`)).toBe(true);
    expect(wrapText('short title', 60, 1000, { maxLines: 3 })).toEqual(['short title']);
  });
});
