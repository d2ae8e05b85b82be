import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../data';
import { readAtHtml, readAtText } from './read-at';
import { workCsl } from './work';

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
 * The item with its outlet name kept as written: APA title-cases container titles, which turns
 * "staffingindustry.com" into "Staffingindustry.Com". sources.json spells each outlet as the outlet
 * does, so citeproc's rich-text "nocase" span keeps it (the span itself is not printed).
 */
function outletAsWritten(item: Record<string, unknown>): Record<string, unknown> {
  const outlet = item['container-title'];
  if (typeof outlet !== 'string') return item;
  return { ...item, 'container-title': `<span class="nocase">${outlet}</span>` };
}

/** One CSL item as an APA 7th (en-US) reference: HTML (entry only) or plain text. */
export function apa(item: Record<string, unknown>, format: 'html' | 'text' = 'text'): string {
  // APA prints "Retrieved <url>" for an undated page; without an access date that word says nothing.
  const out = String(new Cite([outletAsWritten(item)]).format('bibliography', { format, template: 'apa', lang: 'en-US' })).replace(/Retrieved (?=https?:\/\/)/g, '');
  if (format === 'text') return out.trim();
  // citation-js wraps the entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>.
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(out)?.[1]?.trim();
  if (!inner) throw new Error(`citation-js produced no entry for "${String(item['id'])}"`);
  return inner;
}

/**
 * One bibliography entry as HTML: the WORK in APA 7th (en-US) by citation-js, its DOI or canonical URL a
 * link, then "Words checked at: <copy> (repost of the original, as republished by …)" for every copy its
 * words were read at. A copy is never printed as the work.
 */
export function formatReference(source: Source): string {
  const hit = cache.get(source.id);
  if (hit !== undefined) return hit;
  const work = linkify(apa(workCsl(source), 'html'));
  const where = readAtHtml(source);
  const out = where ? `${work} <span class="read-at">${where}</span>` : work;
  cache.set(source.id, out);
  return out;
}

/** The same entry as plain text (work, then where its words were checked). */
export function formatReferenceText(source: Source): string {
  const where = readAtText(source);
  const work = apa(workCsl(source));
  return where ? `${work} ${where}` : work;
}
