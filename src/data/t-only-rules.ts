// A quote shown on the site must never carry a figure the source pack grades T (single-source, or
// AI-written digests only). The list of such numbers is data: data/datapackage.json
// "x-t-only-numbers" (each with where the pack says so). This module only applies it.
import type { DataIssue } from './errors';
import type { TOnlyNumber } from './schemas/package';
import type { LoadedTable } from './table';

/** "25 percent" / "25 per cent" → "25%", so one spelling of each number is enough in the list. */
function normalisePercent(text: string): string {
  return text.replace(/(\d)\s*(?:percent|per cent)\b/gi, '$1%');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `quote` states `entry.number` in `entry`'s sense. The heuristic (documented in the
 * datapackage): the number appears as a whole number (no digit, "." or "," glued on either side, so
 * "25%" does not match "125%" or "2.25%"), and every one of its context words or phrases appears
 * anywhere in the same quote (case-insensitive). Context is what tells the T figure from the same
 * number used for something else: "25%" alone is common, "25%" with "Q1 2025" is the T figure.
 */
export function quoteCarries(quote: string, entry: TOnlyNumber): boolean {
  const text = normalisePercent(quote);
  const number = new RegExp(`(?<![\\d.,])${escapeRegExp(entry.number)}(?![\\d]|[.,]\\d)`, 'i');
  if (!number.test(text)) return false;
  const lower = text.toLowerCase();
  return entry.context.every((word) => lower.includes(word.toLowerCase()));
}

/** Stop on any `quote` cell, in any table with one, that carries a number the pack grades T. */
export function checkTOnlyNumbers(table: LoadedTable, list: readonly TOnlyNumber[]): DataIssue[] {
  if (!table.fields.some((f) => f.name === 'quote') || list.length === 0) return [];
  const issues: DataIssue[] = [];
  table.rows.forEach((row, r) => {
    const quote = row.quote;
    if (typeof quote !== 'string') return;
    for (const entry of list) {
      if (!quoteCarries(quote, entry)) continue;
      issues.push({
        file: table.file,
        line: table.lines[r]!,
        column: 'quote',
        message: `quote carries "${entry.number}" (${entry.figure}), a T-only figure (${entry.pack}): never show it; cut the quote before it or quote a P/S text instead`,
      });
    }
  });
  return issues;
}
