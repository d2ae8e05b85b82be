import { getFigure, getSource, sourceYear, type Source } from '../../data';
import type { CitedWork } from './json-ld';

/** Figure ids an article's MDX body uses through `<Stat id="…">`, in order of first use. */
export function statIdsIn(body: string): string[] {
  return [...new Set([...body.matchAll(/<Stat\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!))];
}

/** A bibliography entry as a cited work: title, link (DOI first), authors and year. */
export function citedWork(source: Source): CitedWork {
  const url = source.DOI ? `https://doi.org/${source.DOI}` : source.URL;
  const authors = (source.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '));
  return { title: source.title, url, authors, year: sourceYear(source) };
}

/**
 * The works an article cites, for its structured data: the source (and the reporting outlet, for
 * grade S figures) of every figure its body states. Unknown ids are left to the build's own check.
 */
export function articleCitations(body: string): CitedWork[] {
  const ids = new Set<string>();
  for (const id of statIdsIn(body)) {
    const figure = getFigure(id);
    ids.add(figure.source);
    if (figure.reported_by) ids.add(figure.reported_by);
  }
  return [...ids].map((id) => citedWork(getSource(id)));
}
