import type { DataIssue } from './errors';
import type { LoadedTable } from './table';

/** The resource name of data/figures.csv. */
export const FIGURES_RESOURCE = 'figures';

/** Research rules for figures: grade is P or S, and an S figure names who reported it. */
export function checkFigureRules(table: LoadedTable): DataIssue[] {
  const issues: DataIssue[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r]!;
    if (row.grade !== 'P' && row.grade !== 'S') {
      issues.push({ file: table.file, line, column: 'grade', message: `${JSON.stringify(row.grade)} is not a publishable grade (P or S)` });
    } else if (row.grade === 'S' && (row.reported_by === null || row.reported_by === undefined)) {
      issues.push({
        file: table.file,
        line,
        column: 'reported_by',
        message: 'grade S figure needs reported_by (the source id of whoever reported it)',
      });
    }
  });
  return issues;
}
