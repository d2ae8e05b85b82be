import { absoluteUrl } from '../lib/paths';
import { escapeXml } from '../render/escape';

/** The HTML a reader pastes to embed a chart: an iframe of /embed/<id>/ with a title and lazy loading. */
export function embedSnippet(chart: { id: string; title: string }, height = 520): string {
  const src = absoluteUrl(`embed/${chart.id}/`);
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(chart.title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}
