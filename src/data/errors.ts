/** One problem found in data/: a file (relative to the project root), a line, a column, and what is wrong. */
export interface DataIssue {
  /** Path relative to the project root, e.g. "data/figures.csv". */
  file: string;
  /** Physical line, 1-based (the CSV header is line 1); absent for JSON and whole-file problems. */
  line?: number;
  /** CSV column name, or the JSON path inside a JSON file, or "file" for whole-file problems. */
  column: string;
  message: string;
}

/** Render an issue the one way every data error is printed: `data/figures.csv:14: value: "12%" is not a number`. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.column}: ${issue.message}`;
}

/** Thrown once per load with every issue found, so one build run shows all of them. */
export class DataValidationError extends Error {
  /** Every issue, in file then line order. */
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Data validation failed (${count}):\n` + issues.map((i) => '  ' + formatIssue(i)).join('\n'));
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
