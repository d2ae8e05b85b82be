import { getSource, reportedByIds, sourceShortName, type Figure, type LoadOptions } from '../data';

/** The provenance columns every figure-carrying row shares. */
export interface Provenance {
  source: string;
  reported_by?: string | null | undefined;
  grade: string;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Who a figure comes from: "Hui et al. (2024)", or for grade S "Fiverr (2024), as reported by StockTitan
 * and Reportify". The one place "as reported by" is written; a report that is the source itself is not
 * repeated (no "Stewart, as reported by Stewart").
 */
export function attribution(row: Provenance, options?: LoadOptions): string {
  const source = sourceShortName(getSource(row.source, options));
  if (row.grade !== 'S') return source;
  const reporters = reportedByIds(row.reported_by)
    .filter((id) => id !== row.source)
    .map((id) => sourceShortName(getSource(id, options)));
  const names = [...new Set(reporters)].filter((n) => n !== source);
  return names.length === 0 ? source : `${source}, as reported by ${joinNames(names)}`;
}

/** A figure's tooltip text: its label and where it comes from. */
export function describeFigure(figure: Figure, options?: LoadOptions): string {
  return `${figure.label}. Source: ${attribution(figure, options)}.`;
}
