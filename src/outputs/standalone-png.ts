import { svgToPng } from '../kit/raster/rasterize';

/** The standalone SVG as a PNG at twice its size, with the bundled TTF fonts (same bytes on every machine). */
export function standalonePng(svg: string): Uint8Array {
  const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1] ?? 768);
  return svgToPng(svg.replace(/^<\?xml[^>]*>\n/, ''), { width: Math.round(width * 2) });
}
