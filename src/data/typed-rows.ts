import type { z } from 'zod';
import type { DataIssue } from './errors';
import type { LoadedTable } from './table';

/**
 * Parse a validated table's rows with its TypeScript row schema. The datapackage schema already
 * checked the values; a failure here means the TS schema and datapackage.json have drifted.
 */
export function parseTypedRows(table: LoadedTable, schema: z.ZodObject): { typed?: unknown[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const reported = new Set<string>();
  const typed = table.rows.map((row, r) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    for (const i of parsed.error.issues) {
      const column = i.code === 'unrecognized_keys' ? i.keys.join(',') : i.path.length > 0 ? i.path.map(String).join('.') : 'row';
      // Drift repeats on every row: report each column and problem once, at its first line.
      if (reported.has(column + i.message)) continue;
      reported.add(column + i.message);
      issues.push({
        file: table.file,
        line: table.lines[r]!,
        column,
        message: `${i.message} (TypeScript row schema for "${table.resource.name}"; keep src/data/schemas in step with datapackage.json)`,
      });
    }
    return undefined;
  });
  return issues.length > 0 ? { issues } : { typed, issues };
}
