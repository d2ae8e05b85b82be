// The <title> of a page: the page's own title first, with as much of the site's name as fits in the
// length search results show (html-validate's long-title rule, 70 characters).

/** Longest <title> search results show whole. */
export const MAX_TITLE = 70;

const SEP = ' · ';

/** Cut at a word boundary so that the text plus an ellipsis fits in `max` characters. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:·—–-]+$/, '')}…`;
}

/**
 * `title`, then `tag` (always kept: it tells pages with the same title apart, e.g. "Embed"), then the
 * first of `siteNames` (longest first) that fits in {@link MAX_TITLE}; none when none fits; the title
 * itself is shortened at a word boundary only when even it does not fit.
 */
export function documentTitle(title: string, siteNames: readonly string[], tag = '', max = MAX_TITLE): string {
  const own = tag ? `${title}${SEP}${tag}` : title;
  if (siteNames.includes(title)) return title;
  for (const site of siteNames) {
    const full = `${own}${SEP}${site}`;
    if (full.length <= max) return full;
  }
  if (own.length <= max) return own;
  return tag ? `${cut(title, max - SEP.length - tag.length)}${SEP}${tag}` : cut(title, max);
}
