import { formatValue, type FormatOptions, type Unit } from '../lib/format';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// The platform's formatter, not d3-time-format: the kit only parses a day and names a month, and a d3
// chart's view change loads less without it (chosen when d3-time-format still came in vega's 8 KB chunk,
// before scripts/vite/own-d3-copy.mjs). en-US short months are the site's ("Sep", not en-GB's "Sept").
const shortMonth = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** Parse a YYYY-MM-DD cell as a UTC date; throws naming the text when it does not parse. */
export function parseDate(iso: string): Date {
  const m = ISO_DAY.exec(iso);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // Date.UTC rolls impossible dates over ("2024-13-01" → Jan 2025): only a date that prints back is one.
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return d;
}

/** "2022-04-01" → "Apr 2022". */
export function formatMonth(iso: string): string {
  const d = parseDate(iso);
  return `${shortMonth.format(d)} ${d.getUTCFullYear()}`;
}

/** "2022-11-30" → "30 Nov 2022". */
export function formatDay(iso: string): string {
  const d = parseDate(iso);
  return `${d.getUTCDate()} ${shortMonth.format(d)} ${d.getUTCFullYear()}`;
}

/** The site's number formatting (true minus, unit always stated): a thin alias for charts. */
export function fmt(value: number, unit: Unit, options: FormatOptions = {}): string {
  return formatValue(value, unit, options);
}

/** Min and max rows of a list by a numeric key (first one wins on ties); throws on an empty list. */
export function extremes<T>(rows: readonly T[], value: (r: T) => number): { min: T; max: T } {
  if (rows.length === 0) throw new Error('extremes: no rows');
  let min = rows[0] as T;
  let max = rows[0] as T;
  for (const r of rows) {
    if (value(r) < value(min)) min = r;
    if (value(r) > value(max)) max = r;
  }
  return { min, max };
}

/** Join words as prose: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
