import { svgToPng } from '../kit/raster/rasterize';
import { XML_DECLARATION } from './standalone';

/** The standalone SVG as a PNG at twice its size, with the bundled TTF fonts (same bytes on every machine). */
export function standalonePng(file: string): Uint8Array {
  const svg = file.startsWith(XML_DECLARATION) ? file.slice(XML_DECLARATION.length) : file;
  const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1] ?? 768);
  return svgToPng(svg, { width: Math.round(width * 2) });
}
