import type { DataIssue } from './errors';
import { didYouMean } from './near-matches';
import { reportedByIds } from './reported-by';
import type { LoadedTable } from './table';

/** Columns whose values are ids from data/sources.json, in any resource. */
export const SOURCE_ID_FIELDS = ['source', 'reported_by'] as const;

/** Every `source` / `reported_by` value must be an id in sources.json. */
export function checkSourceRefs(table: LoadedTable, sourceIds: ReadonlySet<string>, sourcesFile: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const columns = table.fields.map((f) => f.name).filter((n) => (SOURCE_ID_FIELDS as readonly string[]).includes(n));
  table.rows.forEach((row, r) => {
    for (const column of columns) {
      // reported_by may join several ids with ";"; source holds one.
      const values = column === 'reported_by' ? reportedByIds(row[column]) : row[column] === null || row[column] === undefined ? [] : [String(row[column])];
      for (const value of values) {
        if (sourceIds.has(value)) continue;
        issues.push({
          file: table.file,
          line: table.lines[r]!,
          column,
          message: `unknown source id ${JSON.stringify(value)}, not in ${sourcesFile}${didYouMean(value, sourceIds)}`,
        });
      }
    }
  });
  return issues;
}
