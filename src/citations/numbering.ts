/** One `<Cite id="…">` in an article, in document order. */
export interface CiteUsage {
  id: string;
}

/** A numbered footnote marker: reference number `n` and which occurrence of that source it is (1-based). */
export interface CiteMark {
  id: string;
  n: number;
  occurrence: number;
}

/** The result of numbering an article's citations. */
export interface CiteNumbering {
  /** Source ids in reference-list order (order of first appearance, no repeats). */
  ids: string[];
  /** How many markers cite each source (one back link each). */
  counts: Record<string, number>;
  /** One mark per usage, in the order given. */
  marks: CiteMark[];
}

/**
 * Number citations the way footnoted articles do: a source gets the next number the first time it is
 * cited and keeps it for every later citation.
 */
export function numberCitations(usages: readonly CiteUsage[]): CiteNumbering {
  const numbers = new Map<string, number>();
  const counts: Record<string, number> = {};
  const marks: CiteMark[] = [];
  for (const { id } of usages) {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size + 1));
    counts[id] = (counts[id] ?? 0) + 1;
    marks.push({ id, n, occurrence: counts[id] });
  }
  return { ids: [...numbers.keys()], counts, marks };
}
