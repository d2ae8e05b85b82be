import { SITE_NAME, SITE_URL } from '../../../site.config.mjs';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg } from './card-svg';
import { svgToPng } from '../../kit/raster/rasterize';
import { lightTokens } from '../../kit/theme-colors';
import type { Drawing } from '../../kit/frame';

export { CARD_WIDTH, CARD_HEIGHT, cardSvg } from './card-svg';
export { svgToPng } from '../../kit/raster/rasterize';

/** Input for a social card: a page's title and dek, and for charts the chart's own drawing. */
export interface SocialCardInput {
  title: string;
  subtitle?: string | undefined;
  kicker?: string | undefined;
  chart?: Drawing | undefined;
}

/** A 1200×630 PNG social card for a page, composed as SVG and rasterised without a browser. */
export function socialCardFor(input: SocialCardInput): Uint8Array {
  const svg = cardSvg({ ...input, siteName: SITE_NAME, host: new URL(SITE_URL).host }, lightTokens());
  return svgToPng(svg, { width: CARD_WIDTH });
}

/** Response for a static endpoint that serves a card. */
export function cardResponse(png: Uint8Array): Response {
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}

/** Card height, exported for og:image:height. */
export const CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT } as const;
