// Regular time series (a resource's `x-regular-series` in datapackage.json): every group has a row for
// every period from the table's first to its last, unless datapackage.json declares the gap. A missing
// month in a monthly index would otherwise draw as a straight line across it and shift every change
// computed "over 12 months" by one row.
import type { DataIssue } from './errors';
import type { ResourceDescriptor } from './schemas/package';
import type { DeclaredGap, RegularSeries } from './schemas/regular-series';
import type { LoadedTable } from './table';

const MONTHS_PER = { month: 1, quarter: 3, year: 12 } as const;
type Frequency = RegularSeries['frequency'];

/** The period number of an ISO date (months since year 0, divided by the step), or null when it is not the first day of a period. */
export function periodOf(date: string, frequency: Frequency): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const step = MONTHS_PER[frequency];
  if (day !== 1 || (month - 1) % step !== 0) return null;
  return (year * 12 + month - 1) / step;
}

/** The first day of a period, as YYYY-MM-DD. */
export function dateOfPeriod(period: number, frequency: Frequency): string {
  const months = period * MONTHS_PER[frequency];
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/** Checks of the declaration itself against the resource's fields (datapackage.json issues). */
export function checkSeriesDeclaration(res: ResourceDescriptor, at: string, file: string): DataIssue[] {
  const s = res['x-regular-series'];
  if (!s) return [];
  const issues: DataIssue[] = [];
  const here = `${at}.x-regular-series`;
  const field = (name: string) => res.schema.fields.find((f) => f.name === name);
  const date = field(s.dateField);
  if (!date) issues.push({ file, column: `${here}.dateField`, message: `${JSON.stringify(s.dateField)} is not a field of the resource` });
  else if (date.type !== 'date') issues.push({ file, column: `${here}.dateField`, message: `${JSON.stringify(s.dateField)} has type ${date.type}, not date` });
  s.groupBy.forEach((g, j) => {
    if (!field(g)) issues.push({ file, column: `${here}.groupBy[${j}]`, message: `${JSON.stringify(g)} is not a field of the resource` });
  });
  s.gaps.forEach((gap, j) => {
    const from = periodOf(gap.from, s.frequency);
    const to = periodOf(gap.to ?? gap.from, s.frequency);
    if (from === null) issues.push({ file, column: `${here}.gaps[${j}].from`, message: `${gap.from} is not the first day of a ${s.frequency}` });
    if (to === null) issues.push({ file, column: `${here}.gaps[${j}].to`, message: `${gap.to} is not the first day of a ${s.frequency}` });
    if (from !== null && to !== null && to < from) issues.push({ file, column: `${here}.gaps[${j}]`, message: `ends (${gap.to}) before it starts (${gap.from})` });
    for (const k of Object.keys(gap.group ?? {})) {
      if (!s.groupBy.includes(k)) issues.push({ file, column: `${here}.gaps[${j}].group`, message: `${JSON.stringify(k)} is not one of groupBy (${s.groupBy.join(', ') || 'none'})` });
    }
  });
  return issues;
}

/** Does a declared gap cover this period in this group? */
function covers(gap: DeclaredGap, period: number, group: Readonly<Record<string, string>>, frequency: Frequency): boolean {
  const from = periodOf(gap.from, frequency);
  const to = periodOf(gap.to ?? gap.from, frequency);
  if (from === null || to === null || period < from || period > to) return false;
  return Object.entries(gap.group ?? {}).every(([k, v]) => group[k] === v);
}

/** Issues for every undeclared missing period, every date off the period grid and every declared gap that has rows. */
export function checkRegularSeries(table: LoadedTable, s: RegularSeries): DataIssue[] {
  const issues: DataIssue[] = [];
  const column = s.dateField;
  const unit = s.frequency;
  /** Per group (first-seen order): its field values and period → line. */
  const groups = new Map<string, { values: Record<string, string>; lines: Map<number, number> }>();
  let first = Infinity;
  let last = -Infinity;
  table.rows.forEach((row, i) => {
    const date = row[s.dateField];
    const line = table.lines[i]!;
    if (typeof date !== 'string') return; // a missing required date is reported by the table checks
    const period = periodOf(date, unit);
    if (period === null) {
      issues.push({ file: table.file, line, column, message: `${date} is not the first day of a ${unit} (x-regular-series in datapackage.json: one row per ${unit})` });
      return;
    }
    const values = Object.fromEntries(s.groupBy.map((g) => [g, String(row[g] ?? '')]));
    const key = JSON.stringify(s.groupBy.map((g) => values[g]));
    const group = groups.get(key) ?? { values, lines: new Map<number, number>() };
    groups.set(key, group);
    group.lines.set(period, line);
    first = Math.min(first, period);
    last = Math.max(last, period);
  });
  const span = `from ${dateOfPeriod(first, unit)} to ${dateOfPeriod(last, unit)}`;
  for (const { values, lines } of groups.values()) {
    const who = s.groupBy.length ? `${s.groupBy.map((g) => `${g}=${JSON.stringify(values[g])}`).join(', ')}: ` : '';
    const declared = (p: number) => s.gaps.some((g) => covers(g, p, values, unit));
    for (let p = first; p <= last; p++) {
      if (lines.has(p) || declared(p)) continue;
      // One issue per run of missing periods, on the line of the row after it (or before, at the end).
      let end = p;
      while (end + 1 <= last && !lines.has(end + 1) && !declared(end + 1)) end++;
      const before = [...lines.keys()].filter((q) => q < p).sort((a, b) => b - a)[0];
      const after = [...lines.keys()].filter((q) => q > end).sort((a, b) => a - b)[0];
      const missing = p === end ? dateOfPeriod(p, unit) : `${dateOfPeriod(p, unit)} to ${dateOfPeriod(end, unit)}`;
      const around = [before !== undefined && `after ${dateOfPeriod(before, unit)} (line ${lines.get(before)})`, after !== undefined && `before ${dateOfPeriod(after, unit)} (line ${lines.get(after)})`].filter(Boolean).join(', ');
      issues.push({
        file: table.file,
        line: lines.get(after ?? before ?? p),
        column,
        message:
          `${who}no row for ${missing}${around ? ` (${around})` : ''}: a regular ${unit}ly series (x-regular-series in datapackage.json) ` +
          `needs every ${unit} ${span} in every group, or the gap declared in x-regular-series.gaps with its reason`,
      });
      p = end;
    }
  }
  // A declaration that no longer matches the data would hide a future gap: rows inside a declared gap are an error.
  s.gaps.forEach((gap, j) => {
    for (const { values, lines } of groups.values()) {
      for (const [p, line] of lines) {
        if (covers(gap, p, values, unit)) issues.push({ file: table.file, line, column, message: `${dateOfPeriod(p, unit)} is declared missing (x-regular-series.gaps[${j}]: ${gap.reason}) but has a row` });
      }
    }
  });
  return issues;
}
