/** The provenance columns research rows carry (data/ tables with a source per row). */
export type Provenance = {
  source: string;
  reported_by: string | null;
  locator: string;
  quote: string;
  grade: 'P' | 'S';
};

/** Pick the provenance columns of a row, so charted rows keep where each number comes from. */
export function provenanceOf(r: Provenance): Provenance {
  return { source: r.source, reported_by: r.reported_by, locator: r.locator, quote: r.quote, grade: r.grade };
}

/** Table/download columns for provenance, appended after a chart's own columns. */
export const PROVENANCE_COLUMNS = [
  { key: 'source', label: 'Source id' },
  { key: 'reported_by', label: 'Reported by (grade S)', format: (r: { reported_by: string | null }) => r.reported_by ?? '' },
  { key: 'grade', label: 'Grade' },
] as const;
