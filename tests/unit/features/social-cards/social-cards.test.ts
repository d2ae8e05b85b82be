import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardSvg, CARD_HEIGHT, CARD_WIDTH, socialCardFor } from '../../../../src/features/social-cards';
import { cardFontFiles } from '../../../../src/kit/raster/fonts';
import { frame, type Drawing } from '../../../../src/kit/frame';
import { VARIANTS } from '../../../../src/kit/theme';
import { lightTokens, resolveCssVars } from '../../../../src/kit/theme-colors';
import { pngsToIco } from '../../../../src/features/social-cards/ico';

/** Count pixels of an RGBA buffer close to a #rrggbb colour. */
function countColour(pixels: Buffer, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (Math.abs(pixels[i]! - r) < 6 && Math.abs(pixels[i + 1]! - g) < 6 && Math.abs(pixels[i + 2]! - b) < 6) n++;
  }
  return n;
}

const render = (svg: string) => new Resvg(svg, { font: { fontFiles: cardFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();

describe('social cards', () => {
  it('resolves theme custom properties, with fallbacks, for resvg', () => {
    const tokens = { 'c-writing': '#b34700', ink: '#111111' };
    expect(resolveCssVars('<path fill="var(--c-writing)" stroke="var( --missing , #abcdef)" style="color:var(--nope, var(--ink))"/>', tokens)).toBe(
      '<path fill="#b34700" stroke="#abcdef" style="color:#111111"/>',
    );
    expect(lightTokens()['c-writing']).toMatch(/^#[0-9a-f]{6}$/i);
  });

  /** A drawing of `width` × `height` user units with `body`. */
  const drawing = (width: number, height: number, body = '<rect/>'): Drawing => ({ body, width, height, variant: VARIANTS.wide });

  it('places a drawing in a box of another SVG, scaled to fit and whole (its viewBox kept)', () => {
    const out = frame(drawing(400, 200), { at: { x: 10, y: 20, width: 300, height: 100 } }).svg;
    expect(out).toMatch(/^<svg [^>]*viewBox="0 0 400 200" x="10" y="20" width="300" height="100"/);
    // Without a box size it keeps its own (the standalone file's placement).
    expect(frame(drawing(400, 200), { at: { x: 1, y: 2 } }).svg).toMatch(/ x="1" y="2" width="400" height="200"/);
  });

  it('puts a tall chart beside the title and a wide one below it', () => {
    const tokens = lightTokens();
    const place = (chart: Drawing) => /<svg[^>]* x="([\d.]+)" y="([\d.]+)"/.exec(cardSvg({ title: 'T', chart, siteName: 'S', host: 'h' }, tokens).slice(10))!.slice(1).map(Number);
    const [wideX, wideY] = place(drawing(800, 300));
    const [tallX, tallY] = place(drawing(400, 600));
    expect(wideX).toBe(64);
    expect(wideY).toBeGreaterThan(100);
    expect(tallX).toBeGreaterThan(500);
    expect(tallY).toBe(64);
  });

  it('renders a 1200×630 PNG whose text is drawn with the bundled fonts', () => {
    const png = socialCardFor({ title: 'A headline <with> & marks', subtitle: 'A dek line', kicker: 'Explainer' });
    const buf = Buffer.from(png);
    expect(buf.readUInt32BE(16)).toBe(CARD_WIDTH);
    expect(buf.readUInt32BE(20)).toBe(CARD_HEIGHT);
    const tokens = lightTokens();
    const svg = cardSvg({ title: 'A headline <with> & marks', siteName: 'Site', host: 'x.org' }, tokens);
    expect(svg).toContain('A headline &lt;with&gt; &amp; marks');
    // Text in ink colour covers thousands of pixels only if the fonts loaded (resvg skips unknown fonts).
    expect(countColour(render(svg).pixels, tokens.ink!)).toBeGreaterThan(5000);
  });

  it("draws a chart's own drawing in the theme's colours", () => {
    const tokens = lightTokens();
    const chart = drawing(100, 50, '<rect width="100" height="50" fill="var(--c-ai)"/>');
    const withChart = render(cardSvg({ title: 'Chart', chart, siteName: 'S', host: 'h' }, tokens)).pixels;
    const without = render(cardSvg({ title: 'Chart', siteName: 'S', host: 'h' }, tokens)).pixels;
    expect(countColour(withChart, tokens['c-ai']!)).toBeGreaterThan(20_000);
    expect(countColour(without, tokens['c-ai']!)).toBe(0);
  });

  it('packs PNGs into an .ico', () => {
    const ico = Buffer.from(pngsToIco([{ size: 16, png: new Uint8Array([1, 2, 3]) }, { size: 256, png: new Uint8Array([4]) }]));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 2]);
    expect(ico[6]).toBe(16);
    expect(ico[22]).toBe(0); // 256 is written as 0
    expect(ico.readUInt32LE(6 + 12)).toBe(38); // first image right after the directory
    expect([...ico.subarray(38)]).toEqual([1, 2, 3, 4]);
  });
});
