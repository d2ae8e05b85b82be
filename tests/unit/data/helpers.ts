import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { clearDataCache, DataValidationError, formatIssue, loadData } from '../../../src/data';

/** Absolute path of a fixture data directory. */
export function fixture(name: string): string {
  return path.join(process.cwd(), 'tests/fixtures/data', name);
}

/** One change to the valid fixture set: a file's new text computed from its valid text. */
export type Change = Record<string, (valid: string) => string>;

/** Append CSV lines to a file's text. */
export const appendLines = (...lines: string[]) => (text: string) => `${text.replace(/\n?$/, '\n')}${lines.join('\n')}\n`;

/** Edit a JSON file's parsed value in place. */
export const editJson = (edit: (value: any) => void) => (text: string) => {
  const value = JSON.parse(text);
  edit(value);
  return `${JSON.stringify(value, null, 2)}\n`;
};

const made: string[] = [];

/** Remove every folder {@link variant} made (call from afterAll). */
export function removeVariants(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * A data folder that is the valid fixture set with one change (files the change names are written
 * from their valid text, or from "" when the valid set has no such file). Returns its absolute path.
 */
export function variant(name: string, change: Change): string {
  const root = mkdtempSync(path.join(tmpdir(), 'data-fixture-'));
  made.push(root);
  const dir = path.join(root, name);
  cpSync(fixture('valid'), dir, { recursive: true });
  for (const [file, edit] of Object.entries(change)) {
    const full = path.join(dir, file);
    let text = '';
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      // a new file
    }
    writeFileSync(full, edit(text));
  }
  return dir;
}

/** Load a data folder that must fail; return its DataValidationError. */
export function loadError(dataDir: string): DataValidationError {
  clearDataCache();
  try {
    loadData({ dataDir });
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return e as DataValidationError;
  }
  throw new Error(`${dataDir} loaded without errors`);
}

/** Load a data directory that must fail; its issues formatted, with the directory itself written as "F". */
export function issuesIn(dir: string): string[] {
  clearDataCache();
  try {
    loadData({ dataDir: dir });
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return (e as DataValidationError).issues.map(formatIssue).map((m) => m.split(dir).join('F'));
  }
  throw new Error(`${dir} loaded without errors`);
}
