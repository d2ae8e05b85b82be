import { Resvg } from '@resvg/resvg-js';
import { CARD_FONTS, cardFontFiles } from './fonts';

/** Options for rasterising an SVG. */
export interface RasterOptions {
  /** Output width in pixels; height follows the SVG's aspect ratio. */
  width: number;
}

/** Rasterise an SVG string to PNG bytes with the bundled fonts only (same result on every machine). */
export function svgToPng(svg: string, { width }: RasterOptions): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: cardFontFiles(), loadSystemFonts: false, defaultFontFamily: CARD_FONTS.sans, serifFamily: CARD_FONTS.serif, sansSerifFamily: CARD_FONTS.sans },
  });
  return new Uint8Array(resvg.render().asPng());
}
