import fs from 'node:fs';
import type { z } from 'zod';
import type { DataIssue } from './errors';
import { jsonPath } from './json-path';
import { displayPath } from './paths';

/** Result of reading a JSON file: the parsed value when valid, and every issue found. */
export interface JsonResult<T> {
  value: T | undefined;
  /** The parsed JSON before schema validation (undefined when unreadable), for checks that can still run. */
  raw: unknown;
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
    return { value: undefined, raw: undefined, issues: [{ file, column: 'file', message: 'file not found' }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineOfOffset(text, Number(pos[1])) : undefined;
    return { value: undefined, raw: undefined, issues: [{ file, line, column: 'JSON', message: `not valid JSON (${message})` }] };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ file, column: jsonPath(i.path), message: i.message }));
    return { value: undefined, raw, issues };
  }
  return { value: parsed.data, raw, issues: [] };
}
