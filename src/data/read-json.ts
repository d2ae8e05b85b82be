import fs from 'node:fs';
import type { z } from 'zod';
import type { DataIssue } from './errors';
import { jsonArrayEntryLines } from './json-entry-lines';
import { jsonPath } from './json-path';
import { displayPath } from './paths';

/** Result of reading a JSON file: the parsed value when valid, and every issue found. */
export interface JsonResult<T> {
  value: T | undefined;
  /** The parsed JSON before schema validation (undefined when unreadable), for checks that can still run. */
  raw: unknown;
  /** When the root is an array: the line each element starts on (so issues can name entry and line). */
  entryLines: number[];
  issues: DataIssue[];
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Read, parse and validate a JSON file against a zod schema; issues name the file and the JSON path. */
export function readJson<S extends z.ZodType>(absolutePath: string, schema: S): JsonResult<z.infer<S>> {
  const file = displayPath(absolutePath);
  let text: string;
  try {
    text = fs.readFileSync(absolutePath, 'utf8');
  } catch {
    return { value: undefined, raw: undefined, entryLines: [], issues: [{ file, column: 'file', message: 'file not found' }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineOfOffset(text, Number(pos[1])) : undefined;
    return { value: undefined, raw: undefined, entryLines: [], issues: [{ file, line, column: 'JSON', message: `not valid JSON (${message})` }] };
  }
  const entryLines = jsonArrayEntryLines(text);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const entry = typeof i.path[0] === 'number' ? entryLines[i.path[0]] : undefined;
      return { file, ...(entry === undefined ? {} : { line: entry }), column: jsonPath(i.path), message: i.message };
    });
    return { value: undefined, raw, entryLines, issues };
  }
  return { value: parsed.data, raw, entryLines, issues: [] };
}
