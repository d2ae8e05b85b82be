import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

/** One CSL item as a BibTeX entry (citation-js, @citation-js/plugin-bibtex). */
export function bibtex(item: Record<string, unknown>): string {
  return String(new Cite([item]).format('bibtex')).trim();
}
