import type { CopyKind, ReadAt, Source } from '../data';
import { escapeXml as escapeHtml } from '../lib/escape';

/** How each kind of copy is named beside its link; every link to a copy carries one of these. */
export const COPY_LABELS: Readonly<Record<Exclude<CopyKind, 'original'>, string>> = {
  mirror: 'mirror of the original',
  repost: 'repost of the original',
  'news-copy': 'news copy of the original',
  quotation: 'quoted there; not the original',
};

/** The places a work's words were read that are not the work itself. */
export function copiesOf(source: Source): ReadAt[] {
  return source.read_at.filter((r) => r.copy !== 'original');
}

/** The host a copy is on, as shown to readers ("imaginepro.ai"). */
export function copyHost(r: ReadAt): string {
  return new URL(r.url).hostname.replace(/^www\./, '');
}

/** A site name as a phrase: "Europe Says (a news aggregator)" → "Europe Says, a news aggregator". */
function sitePhrase(site: string): string {
  // The description already sits inside parentheses; a second pair inside them reads as noise.
  return site.replace(/\s*\(([^()]*)\)\s*$/, ', $1');
}

/** What a copy is, in words: "repost of the original, as republished by ImaginePro blog". */
export function copyDescription(r: ReadAt): string {
  if (r.copy === 'original') return 'the original';
  if (r.copy === 'repost') return `${COPY_LABELS.repost}, as republished by ${sitePhrase(r.site)}`;
  return `${COPY_LABELS[r.copy]}, at ${sitePhrase(r.site)}`;
}

/** "Words checked at: <a>host</a> (label) …" as HTML; empty when the words were read at the work itself. */
export function readAtHtml(source: Source): string {
  const copies = copiesOf(source);
  if (copies.length === 0) return '';
  const links = copies.map(
    (r) => `<a href="${escapeHtml(r.url)}" rel="external" data-copy="${r.copy}">${escapeHtml(copyHost(r))}</a> (${escapeHtml(copyDescription(r))})`,
  );
  return `Words checked at: ${links.join('; ')}.`;
}

/** The same as plain text, for text-only citations. */
export function readAtText(source: Source): string {
  const copies = copiesOf(source);
  if (copies.length === 0) return '';
  return `Words checked at: ${copies.map((r) => `${r.url} (${copyDescription(r)})`).join('; ')}.`;
}
