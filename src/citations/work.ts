import { doiUrl } from '../lib/doi';
import type { Source } from '../data';

/** The work's own link: its DOI resolved, else its canonical URL; undefined when the pack names neither. */
export function workLink(source: Source): string | undefined {
  return source.DOI ? doiUrl(source.DOI) : source.URL;
}

/** The CSL-JSON item for the work itself: our own fields (kind, grade, read_at, note) left out, so no style can print a copy as the work. */
export function workCsl(source: Source): Record<string, unknown> {
  const { grade: _g, note: _n, kind, read_at: _r, ...csl } = source;
  // A digest says what it is in the reference itself.
  if (kind === 'ai-digest' && csl['genre'] === undefined) csl['genre'] = 'AI-written digest';
  return csl;
}
