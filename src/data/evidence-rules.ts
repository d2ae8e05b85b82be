import type { DataIssue } from './errors';
import type { LoadedTable } from './table';

/** The resource name of data/evidence.csv. */
export const EVIDENCE_RESOURCE = 'evidence';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * Research rules for findings the datapackage schema cannot express (it already requires a window, a
 * comparison and grade P or S; provenance-rules.ts checks reported_by for every table): a value
 * appears only where the source gives one (direction-only rows leave value, unit and range empty, never zero).
 */
export function checkEvidenceRules(table: LoadedTable): DataIssue[] {
  const issues: DataIssue[] = [];
  table.rows.forEach((row, r) => {
    const at = (column: string, message: string) => issues.push({ file: table.file, line: table.lines[r]!, column, message });
    if (row.measure === 'direction') {
      for (const c of ['value', 'unit', 'low', 'high']) {
        if (!blank(row[c])) at(c, `direction-only finding has a ${c} (${JSON.stringify(row[c])}): leave it empty, not zero, or set measure to point/range`);
      }
    } else if (row.measure === 'point') {
      if (blank(row.value)) at('value', 'a point finding needs a value (or set measure to direction)');
      if (blank(row.unit)) at('unit', 'a finding with a value needs a unit');
      if (!blank(row.low) || !blank(row.high)) at('low', 'a point finding has no range: leave low and high empty');
    } else if (row.measure === 'range') {
      if (blank(row.low) || blank(row.high)) at(blank(row.low) ? 'low' : 'high', 'a range finding needs both low and high');
      if (!blank(row.value)) at('value', 'a range finding has no point value: leave value empty');
      if (blank(row.unit)) at('unit', 'a finding with a range needs a unit');
    }
  });
  return issues;
}
