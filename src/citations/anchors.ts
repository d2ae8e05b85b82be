/** Fragment id of a reference-list entry: `ref-<source id>`. */
export function referenceAnchor(sourceId: string): string {
  return `ref-${sourceId}`;
}

/** Fragment id of the k-th footnote marker (1-based) that cites a source: `cite-<source id>-<k>`. */
export function citationAnchor(sourceId: string, occurrence: number): string {
  return `cite-${sourceId}-${occurrence}`;
}
