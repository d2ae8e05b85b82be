// Everything embed-related about one chart, from its build-time bundle: the fallback height, the
// snippet and the oEmbed document. One place, so the chart page, the oEmbed file and the test page agree.
import type { ChartBundle } from '../chart-bundle';
import { SITE_NAME, SITE_SHORT_NAME } from '../../../site.config.mjs';
import { absoluteUrl, chartPagePath, chartFilePath } from '../../lib/routes';
import { embedSnippet } from './embed-snippet';
import { fallbackHeight, narrowFallback, type EmbedContent, type NarrowFallback } from './fallback-height';
import { oembedDoc, type OEmbedRich } from './oembed';

/** Text of the embed's link back to the chart page. */
export const CREDIT_TEXT = `Data, sources and notes: ${SITE_SHORT_NAME}`;

/** Width (px) an embed is designed for: the wide SVG layout plus the page padding. */
export const DESIGN_WIDTH = 744;

/** What the embed page shows, for the height estimate. */
export function embedContent(b: ChartBundle): EmbedContent {
  return {
    title: b.def.title,
    dek: b.def.dek,
    source: `${b.sourceLine} ${b.licenceLine}`,
    notes: b.notes,
    illustrative: b.def.illustrative,
    wide: b.variants.wide,
    narrow: b.variants.narrow,
  };
}

/** The snippet's fallback height (px) for a chart. */
export const embedHeight = (b: ChartBundle): number => fallbackHeight(embedContent(b), CREDIT_TEXT);

/** Both fallbacks the snippet carries: the fixed height and the one for phone-width hosts. */
export const embedFallback = (b: ChartBundle): { height: number; narrow: NarrowFallback } => ({
  height: embedHeight(b),
  narrow: narrowFallback(embedContent(b), CREDIT_TEXT),
});

/** The snippet readers paste (absolute URLs on the public origin). */
export const chartSnippet = (b: ChartBundle): string => embedSnippet(b.def, embedFallback(b));

/** Size of the chart's PNG download (/charts/<id>.png): the standalone SVG at twice its size. */
function pngSize(b: ChartBundle): { width: number; height: number } | undefined {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(b.fileSvg);
  return m ? { width: Math.round(Number(m[1]) * 2), height: Math.round(Number(m[2]) * 2) } : undefined;
}

/** The chart's oEmbed document; the PNG download is its thumbnail. */
export function chartOembed(b: ChartBundle): OEmbedRich {
  const png = pngSize(b);
  return oembedDoc({
    title: b.def.title,
    html: chartSnippet(b),
    width: DESIGN_WIDTH,
    height: embedHeight(b),
    providerName: SITE_NAME,
    providerUrl: absoluteUrl(''),
    thumbnail: png && { url: absoluteUrl(chartFilePath(b.def.id, 'png')), ...png },
  });
}

/** Absolute URL of the chart page an embed links back to. */
export const chartPageUrl = (id: string): string => absoluteUrl(chartPagePath(id));
