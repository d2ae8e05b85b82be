import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../data';

const cache = new Map<string, string>();

/** A bare URL in formatted text; stops before whitespace, markup or a closing bracket. */
const URL_RE = /https?:\/\/[^\s<>"')\]]+/g;

/** Turn the bare DOI/URL citation-js prints into a link (kept visible, as APA prints it). */
function linkify(html: string): string {
  return html.replace(URL_RE, (raw) => {
    // A sentence-final full stop is not part of the address.
    const url = raw.replace(/[.,;]+$/, '');
    const rest = raw.slice(url.length);
    return `<a href="${url}" rel="external">${url}</a>${rest}`;
  });
}

/**
 * One bibliography entry as HTML, APA 7th (en-US), formatted by citation-js from the CSL-JSON in
 * data/sources.json; its DOI or URL is a link. Our own fields (grade, note) are left out so no
 * style can print them.
 */
export function formatReference(source: Source): string {
  const hit = cache.get(source.id);
  if (hit !== undefined) return hit;
  const { grade: _grade, note: _note, ...csl } = source;
  const html = String(new Cite([csl]).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }));
  // citation-js wraps the entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>.
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim();
  if (!inner) throw new Error(`citation-js produced no entry for source "${source.id}"`);
  const out = linkify(inner);
  cache.set(source.id, out);
  return out;
}
