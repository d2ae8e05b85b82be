import { describe, expect, it } from 'vitest';
import { DataValidationError, formatIssue } from '../../../src/data';
import { loadError } from './helpers';

const F = 'tests/fixtures/data';

describe('each class of bad data stops the load, naming file, line and column', () => {
  it('non-numbers in a number column, with lines counted past a multi-line quote', () => {
    const err = loadError('bad-number');
    const file = `${F}/bad-number/figures.csv`;
    expect(err.message).toContain(`${file}:8: value: "12%" is not a number`);
    expect(err.message).toContain(`${file}:9: value: "1,234" is not a number`);
    expect(err.message).toContain(`${file}:10: value: "abc" is not a number`);
    expect(err.message).toContain(`${file}:11: value: "NaN" is not a number`);
    expect(err.message).toContain(`${file}:12: value: "Infinity" is not a number`);
    expect(err.issues).toHaveLength(5);
    expect(err.issues[0]).toEqual({ file, line: 8, column: 'value', message: '"12%" is not a number' });
    expect(err.message).toMatch(/^Data validation failed \(5 problems\):/);
  });

  it('short row', () => {
    expect(loadError('short-row').message).toContain(
      `${F}/short-row/figures.csv:8: quote: short row: 8 of 12 fields, missing quote, grade, period, note`,
    );
  });

  it('long row', () => {
    expect(loadError('long-row').message).toContain(
      `${F}/long-row/figures.csv:8: (extra): long row: 13 fields, the header has 12 (first extra value ""`,
    );
  });

  it('unknown source id', () => {
    expect(loadError('unknown-source').message).toContain(
      `${F}/unknown-source/figures.csv:8: source: unknown source id "study-z", not in ${F}/unknown-source/sources.json (did you mean "study-a"?)`,
    );
  });

  it('unknown reported_by id', () => {
    expect(loadError('unknown-reported-by').message).toContain(
      `${F}/unknown-reported-by/figures.csv:8: reported_by: unknown source id "news-x"`,
    );
  });

  it('duplicate id', () => {
    expect(loadError('duplicate-id').message).toContain(
      `${F}/duplicate-id/figures.csv:8: id: duplicate value "platform-fee" (first on line 5)`,
    );
  });

  it('duplicate composite primary key', () => {
    expect(loadError('duplicate-key').message).toContain(
      `${F}/duplicate-key/series.csv:6: month+occupation: duplicate primary key month="2023-01-01", occupation="writing" (first on line 2)`,
    );
  });

  it('dates that do not parse: an impossible day and a month name', () => {
    const err = loadError('bad-date');
    expect(err.message).toContain(`${F}/bad-date/series.csv:6: month: "2023-02-30" is not a real calendar date`);
    expect(err.message).toContain(`${F}/bad-date/series.csv:7: month: "March 2023" is not a date (expected YYYY-MM-DD)`);
  });

  it('integers and booleans are strict', () => {
    const err = loadError('bad-types');
    expect(err.message).toContain(`${F}/bad-types/series.csv:6: projects: "1.5" is not an integer`);
    expect(err.message).toContain(`${F}/bad-types/series.csv:7: partial: "yes" is not a boolean (expected true or false)`);
  });

  it('missing required value', () => {
    expect(loadError('missing-required').message).toContain(`${F}/missing-required/figures.csv:8: label: required value is missing`);
  });

  it('enum violation', () => {
    expect(loadError('enum-violation').message).toContain(
      `${F}/enum-violation/figures.csv:8: unit: "percent-ish" is not one of: percent, percentage-points,`,
    );
  });

  it('header that does not match the schema (and no row noise after it)', () => {
    const err = loadError('header-mismatch');
    expect(err.issues.map(formatIssue)).toEqual([
      `${F}/header-mismatch/figures.csv:1: unit: header column 3 is "units", the schema expects "unit"`,
    ]);
  });

  it('S figure without reported_by', () => {
    expect(loadError('s-without-reported-by').message).toContain(
      `${F}/s-without-reported-by/figures.csv:8: reported_by: grade S figure needs reported_by`,
    );
  });

  it('a quote that never closes', () => {
    expect(loadError('unterminated-quote').message).toContain(
      `${F}/unterminated-quote/figures.csv:8: label: a quoted value opens here and never closes`,
    );
  });

  it('a malformed datapackage.json names the file and the JSON path', () => {
    const err = loadError('bad-package');
    const msgs = err.issues.map(formatIssue);
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${F}/bad-package/datapackage\\.json: resources\\[1\\]\\.schema\\.fields\\[2\\]\\.type: `)));
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${F}/bad-package/datapackage\\.json: resources\\[0\\]\\.licenses: `)));
  });

  it('a bad sources.json: duplicate id and missing grade', () => {
    const msgs = loadError('bad-sources').issues.map(formatIssue);
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${F}/bad-sources/sources\\.json:\\d+: \\[1\\]\\.grade: `)));
    expect(msgs).toContain(`${F}/bad-sources/sources.json: [3].id: duplicate id "study-a" (first at [0])`);
  });

  it('a CSV in data/ that is not a resource', () => {
    expect(loadError('undeclared-csv').message).toContain(`${F}/undeclared-csv/stray.csv: file: CSV is not a resource in datapackage.json`);
  });

  it('DataValidationError is a real Error subclass', () => {
    const err = loadError('short-row');
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('DataValidationError');
    expect(new DataValidationError([{ file: 'data/x.csv', line: 2, column: 'a', message: 'b' }]).message).toBe(
      'Data validation failed (1 problem):\n  data/x.csv:2: a: b',
    );
  });
});

describe('TypeScript row schemas guard against drift at load time', () => {
  it('a datapackage field the TS schema lacks fails the load at file:line: column', () => {
    const err = loadError('schema-drift');
    expect(err.issues).toHaveLength(1);
    expect(err.message).toContain(`${F}/schema-drift/figures.csv:2: extra: Unrecognized key: "extra" (TypeScript row schema for "figures"`);
  });
});
