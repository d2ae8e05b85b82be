import { absoluteUrl, url, embedPath, HOST_SCRIPT_PATH } from '../../lib/routes';
import { snippetHtml, type SnippetParts } from './snippet';

/**
 * The HTML a reader pastes to embed a chart: a lazy iframe of /embed/<id>/ with the chart's title and
 * fallback heights (embedFallback() in src/outputs/embed/chart-embed.ts), then /embed.js, which sizes the
 * frame to its content and passes the page's theme. Absolute URLs on the configured origin;
 * `relative: true` gives root-relative ones for pages of this site (the /embed-test/ page).
 */
export function embedSnippet(chart: { id: string; title: string }, fallback: Pick<SnippetParts, 'height' | 'narrow'>, opts: { relative?: boolean } = {}): string {
  const to = opts.relative ? url : absoluteUrl;
  return snippetHtml({ id: chart.id, title: chart.title, ...fallback, frameSrc: to(embedPath(chart.id)), scriptSrc: to(HOST_SCRIPT_PATH) });
}
