import type { DataIssue } from './errors';
import type { LoadedTable } from './table';

/** The resource name of data/figures.csv. */
export const FIGURES_RESOURCE = 'figures';

/** Research rules for figures: grade is P or S (who reported an S figure: see provenance-rules.ts). */
export function checkFigureRules(table: LoadedTable): DataIssue[] {
  const issues: DataIssue[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r]!;
    if (row.grade !== 'P' && row.grade !== 'S') {
      issues.push({ file: table.file, line, column: 'grade', message: `${JSON.stringify(row.grade)} is not a publishable grade (P or S)` });
    }
  });
  return issues;
}
