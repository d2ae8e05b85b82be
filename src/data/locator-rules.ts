// A locator is shown to readers (source notes, chart pages, downloads): it names the place in the
// work, or the copy's host, never a path inside the project's source pack.
import type { DataIssue } from './errors';
import type { LoadedTable } from './table';

/** Pack-internal paths: "research/press/x.txt", "research/studies.md", "../shared/…". */
const PACK_PATH = /(?:^|[\s("'])(?:\.\.\/shared\/|research\/[\w./-]*\.(?:txt|md)\b)/;

/** Stop on any `locator` cell that prints a path inside the source pack instead of naming the place. */
export function checkLocators(table: LoadedTable): DataIssue[] {
  if (!table.fields.some((f) => f.name === 'locator')) return [];
  const issues: DataIssue[] = [];
  table.rows.forEach((row, r) => {
    const locator = row.locator;
    if (typeof locator !== 'string' || !PACK_PATH.test(locator)) return;
    issues.push({
      file: table.file,
      line: table.lines[r]!,
      column: 'locator',
      message: `locator "${locator}" prints a path inside the source pack: name the place readers can find (the work's section and paragraph, or the copy's host)`,
    });
  });
  return issues;
}
