import type { DataIssue } from './errors';
import { reportedByIds } from './reported-by';
import type { Source } from './schemas/source';
import type { LoadedTable } from './table';

/** Kinds of work whose grade-S figures need two independent reports (platform-corroboration.md's S verdict). */
const TWO_REPORT_KINDS: ReadonlySet<string> = new Set(['issuer-release', 'issuer-filing']);

/**
 * Who may carry a figure, in every table with provenance columns (`source`, `reported_by`, `grade`):
 * - an AI-written digest is never a figure's `source`, and never its only report;
 * - a grade S figure names who reported it; one from an issuer's release or filing names two reports.
 * Unknown ids are left to checkSourceRefs.
 */
export function checkProvenanceRules(table: LoadedTable, sourcesById: ReadonlyMap<string, Source>): DataIssue[] {
  const names = new Set(table.fields.map((f) => f.name));
  if (!names.has('source') || !names.has('grade')) return [];
  const issues: DataIssue[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r]!;
    const source = sourcesById.get(String(row.source));
    const reporters = reportedByIds(row.reported_by);
    if (source?.kind === 'ai-digest') {
      issues.push({ file: table.file, line, column: 'source', message: `"${source.id}" is an AI-written digest (kind ai-digest): cite the work it digests as the source; a digest may only be listed as one of several reports` });
    }
    if (reporters.length === 1 && sourcesById.get(reporters[0]!)?.kind === 'ai-digest') {
      issues.push({ file: table.file, line, column: 'reported_by', message: `"${reporters[0]}" is an AI-written digest and the only report: a digest never carries a figure alone (platform-corroboration.md: S needs two independent reports)` });
    }
    if (row.grade === 'S' && reporters.length === 0 && names.has('reported_by')) {
      issues.push({ file: table.file, line, column: 'reported_by', message: 'grade S figure needs reported_by (the source id of whoever reported it)' });
    }
    if (row.grade === 'S' && reporters.length === 1 && source && TWO_REPORT_KINDS.has(source.kind)) {
      issues.push({
        file: table.file,
        line,
        column: 'reported_by',
        message: `grade S figure from an issuer's ${source.kind} ("${source.id}") needs two independent reports, joined with ";" (platform-corroboration.md); it names one ("${reporters[0]}")`,
      });
    }
  });
  return issues;
}
