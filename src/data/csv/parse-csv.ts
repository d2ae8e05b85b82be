import { csvParseRows } from 'd3-dsv';

/** A CSV file split into records, each with the physical line it starts on (header = line 1). */
export interface ParsedCsv {
  /** Header cells. */
  header: string[];
  /** Data records (after the header), cells as written. */
  records: string[][];
  /** Physical start line of each record in `records`. */
  lines: number[];
  /** Set when a quoted field never closes: the line where that record starts. */
  unterminatedQuoteLine?: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) n += c.match(LINE_BREAK)?.length ?? 0;
  return n;
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) n++;
  return n;
}

/**
 * Parse CSV text with d3-dsv (RFC 4180: quoted fields may hold commas, "" and line breaks) and
 * work out each record's physical line, counting the line breaks inside quoted fields.
 * Trailing blank lines at the end of the file are dropped; blank lines elsewhere stay as [""].
 */
export function parseCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const rows = csvParseRows(body);
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + breaksIn(row);
  }
  while (rows.length > 1 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') {
    rows.pop();
    lines.pop();
  }
  const header = rows.shift() ?? [];
  lines.shift();
  const parsed: ParsedCsv = { header, records: rows, lines };
  if (countQuotes(body) % 2 === 1) parsed.unterminatedQuoteLine = lines.at(-1) ?? 1;
  return parsed;
}
