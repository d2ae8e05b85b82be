import path from 'node:path';
import { expect } from 'vitest';
import { clearDataCache, DataValidationError, formatIssue, loadData } from '../../../src/data';

/** Absolute path of a fixture data directory. */
export function fixture(name: string): string {
  return path.join(process.cwd(), 'tests/fixtures/data', name);
}

/** Load a fixture that must fail; return its DataValidationError. */
export function loadError(name: string): DataValidationError {
  clearDataCache();
  try {
    loadData({ dataDir: fixture(name) });
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return e as DataValidationError;
  }
  throw new Error(`fixture "${name}" loaded without errors`);
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
