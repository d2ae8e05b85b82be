import { getSources } from '../data';
import type { LoadOptions } from '../data';
import { didYouMean } from '../data/near-matches';
import { UnknownIdError } from '../lib/unknown-id-error';

/** One `<Cite>` as found in an article: its literal id (undefined when missing or an expression) and position. */
export interface CiteLocation {
  id: string | undefined;
  line: number | undefined;
  column: number | undefined;
  /** True when the element has children (Cite is self-closing). */
  hasChildren?: boolean;
}

/**
 * Check an article's `<Cite>` usages against data/sources.json. Throws one UnknownIdError listing
 * every `file:line:col: unknown source id "x"` (and every Cite without a literal id or with children).
 */
export function checkCiteUsages(usages: readonly CiteLocation[], file: string, options: LoadOptions = {}): void {
  if (usages.length === 0) return;
  const known = new Set(getSources(options).map((s) => s.id));
  const problems: Array<[string, CiteLocation]> = [];
  for (const u of usages) {
    const where = `${file}:${u.line ?? '?'}:${u.column ?? '?'}`;
    if (u.id === undefined) problems.push([`${where}: <Cite> needs a literal id="…" naming an entry of data/sources.json`, u]);
    else if (!known.has(u.id)) problems.push([`${where}: unknown source id "${u.id}"${didYouMean(u.id, known)}`, u]);
    else if (u.hasChildren) problems.push([`${where}: <Cite id="${u.id}"> takes no children; write <Cite id="${u.id}" />`, u]);
  }
  if (problems.length > 0) throw new UnknownIdError(problems.map(([m]) => m), problems[0]![1]);
}
