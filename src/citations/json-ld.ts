import { getFigure, getSource, reportedByIds, sourceYear, type Source } from '../data';
import { workLink } from './work';

/** A cited work as structured data: the work's own title and link, never a copy's. */
export interface CitedWork {
  title: string;
  url?: string | undefined;
  /** Each author by name; a CSL literal name (an issuer, an agency, a team) is an organization. */
  authors?: { name: string; organization: boolean }[] | undefined;
  year?: number | undefined;
}


/** A bibliography entry as a cited work: title, link (DOI first; none when only copies were read), authors and year. */
export function citedWork(source: Source): CitedWork {
  const authors = (source.author ?? []).map((a) =>
    a.literal ? { name: a.literal, organization: true } : { name: [a.given, a.family].filter(Boolean).join(' '), organization: false },
  );
  return { title: source.title, url: workLink(source), authors, year: sourceYear(source) };
}

/**
 * The works an article cites, for its structured data: the source and reports of every figure it states
 * (ids from the compile-time plugin), then every source it cites with <Cite>, once each.
 */
export function articleCitations(figureIds: readonly string[], citeIds: readonly string[]): CitedWork[] {
  const ids = new Set<string>();
  for (const id of figureIds) {
    const figure = getFigure(id);
    ids.add(figure.source);
    for (const r of reportedByIds(figure.reported_by)) ids.add(r);
  }
  for (const id of citeIds) ids.add(id);
  return [...ids].map((id) => citedWork(getSource(id)));
}
