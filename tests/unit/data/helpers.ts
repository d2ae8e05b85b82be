import path from 'node:path';
import { expect } from 'vitest';
import { clearDataCache, DataValidationError, loadData } from '../../../src/data';

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
