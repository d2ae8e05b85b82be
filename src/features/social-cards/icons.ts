import faviconSvg from '../../../public/favicon.svg?raw';
import { svgToPng } from '../../kit/raster/rasterize';

/** PNG icons rendered from public/favicon.svg: name → pixel size. */
export const PNG_ICONS = { 'favicon-32': 32, 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 } as const;

/** The site icon as a square PNG of `size` pixels. */
export function iconPng(size: number): Uint8Array {
  return svgToPng(faviconSvg, { width: size });
}
