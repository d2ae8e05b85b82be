import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvFormatRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearDataCache,
  DataValidationError,
  getFigures,
  getOliMonthly,
  getResourceNames,
  getSources,
  loadData,
  resourceToCsv,
  resourceToJson,
} from '../../../src/data';
import { describeFigure } from '../../../src/citations';
import { parseCsv } from '../../../src/data/csv/parse-csv';
import { formatFigure } from '../../../src/lib/format';

const realDir = path.join(process.cwd(), 'data');

describe('the real data/ package', () => {
  beforeAll(() => clearDataCache());

  it('loads with zero errors, every resource with rows', () => {
    const bundle = loadData();
    expect(bundle.dir).toBe(realDir);
    for (const [name, table] of bundle.tables) expect({ name, rows: table.rows.length > 0 }).toEqual({ name, rows: true });
    expect(getResourceNames()).toContain('figures');
    expect(getSources().length).toBeGreaterThan(0);
  });

  it('every figure formats and describes itself', () => {
    for (const f of getFigures()) {
      expect(formatFigure(f)).toMatch(/\d/);
      expect(describeFigure(f)).toMatch(/^.+\. Source: .+\.$/);
    }
  });

  it('typed getters return typed rows', () => {
    const oli = getOliMonthly();
    expect(oli[0]!.month).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof oli[0]!.index).toBe('number');
  });

  it('downloads round-trip: the CSV re-parses to the same cells, JSON to the same row count', () => {
    for (const name of getResourceNames()) {
      const csv = resourceToCsv(name);
      expect(parseCsv(csv).records).toEqual(loadData().tables.get(name)!.records);
      expect(JSON.parse(resourceToJson(name)).rows).toHaveLength(loadData().tables.get(name)!.rows.length);
    }
  });
});

describe('a corrupted copy of the real package', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-corrupt-'));
    fs.cpSync(realDir, tmp, { recursive: true });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the copy loads clean first, and stays memoised while unchanged', () => {
    clearDataCache();
    const first = loadData({ dataDir: tmp });
    expect(loadData({ dataDir: tmp })).toBe(first);
  });

  it('a non-number value in figures.csv stops the load at file:line: value (no stale cache)', () => {
    const file = path.join(tmp, 'figures.csv');
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseCsv(text);
    const valueCol = parsed.header.indexOf('value');
    // Corrupt the last figure whose record sits on one physical line.
    const r = parsed.records.findLastIndex((rec) => !rec.some((c) => /[\r\n]/.test(c)));
    const line = parsed.lines[r]!;
    const record = [...parsed.records[r]!];
    record[valueCol] = '12%';
    const physical = text.split('\n');
    physical[line - 1] = csvFormatRows([record]);
    fs.writeFileSync(file, physical.join('\n'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));

    let error: unknown;
    try {
      loadData({ dataDir: tmp });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const err = error as DataValidationError;
    expect(err.issues).toEqual([{ file: `${tmp}/figures.csv`, line, column: 'value', message: '"12%" is not a number' }]);
    expect(err.message).toContain(`figures.csv:${line}: value: "12%" is not a number`);
    expect(line).toBeGreaterThan(2);
  });
});
