import { afterAll, describe, expect, it } from 'vitest';
import { DataValidationError, formatIssue } from '../../../src/data';
import { appendLines, editJson, loadError, removeVariants, variant } from './helpers';

// Every bad case is the valid fixture set (tests/fixtures/data/valid, 7 lines of figures.csv, 5 of
// series.csv) with one change, made here: the change is the test's subject and sits beside its assertion.
afterAll(removeVariants);

/** A figures.csv row (12 fields) with the given id and value; everything else valid. */
const figure = (id: string, value: string, fields: Partial<Record<'unit' | 'label' | 'source' | 'reported_by' | 'grade', string>> = {}) =>
  [id, value, fields.unit ?? 'count', 'level', fields.label ?? 'A label', fields.source ?? 'study-a', fields.reported_by ?? '', 'p. 1', 'q', fields.grade ?? 'P', '2023', ''].join(',');

/** Load the valid set with rows appended to one CSV; return the error and the file as messages name it. */
function withRows(name: string, file: 'figures.csv' | 'series.csv', ...rows: string[]) {
  const dir = variant(name, { [file]: appendLines(...rows) });
  return { err: loadError(dir), file: `${dir}/${file}`, dir };
}

describe('each class of bad data stops the load, naming file, line and column', () => {
  it('non-numbers in a number column, with lines counted past a multi-line quote', () => {
    const { err, file } = withRows('bad-number', 'figures.csv', ...['12%', '"1,234"', 'abc', 'NaN', 'Infinity'].map((v, i) => figure(`bad-${i}`, v)));
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
    const { err, file } = withRows('short-row', 'figures.csv', 'short,1,count,level,Too few fields,study-a,,');
    expect(err.message).toContain(`${file}:8: quote: short row: 8 of 12 fields, missing quote, grade, period, note`);
  });

  it('long row', () => {
    const { err, file } = withRows('long-row', 'figures.csv', 'long,1,count,level,Too, many,study-a,,p. 1,q,P,2023,');
    expect(err.message).toContain(`${file}:8: (extra): long row: 13 fields, the header has 12 (first extra value ""`);
  });

  it('unknown source id', () => {
    const { err, file, dir } = withRows('unknown-source', 'figures.csv', figure('orphan', '1', { source: 'study-z' }));
    expect(err.message).toContain(`${file}:8: source: unknown source id "study-z", not in ${dir}/sources.json (did you mean "study-a"?)`);
  });

  it('unknown reported_by id', () => {
    const { err, file } = withRows('unknown-reported-by', 'figures.csv', figure('orphan-s', '1', { source: 'platform-b', reported_by: 'news-x', grade: 'S' }));
    expect(err.message).toContain(`${file}:8: reported_by: unknown source id "news-x"`);
  });

  it('duplicate id', () => {
    const { err, file } = withRows('duplicate-id', 'figures.csv', figure('platform-fee', '30', { source: 'platform-b', reported_by: 'news-c', grade: 'S' }));
    expect(err.message).toContain(`${file}:8: id: duplicate value "platform-fee" (first on line 5)`);
  });

  it('duplicate composite primary key', () => {
    const { err, file } = withRows('duplicate-key', 'series.csv', '2023-01-01,writing,101,,false,platform-b');
    expect(err.message).toContain(`${file}:6: month+occupation: duplicate primary key month="2023-01-01", occupation="writing" (first on line 2)`);
  });

  it('dates that do not parse: an impossible day and a month name', () => {
    const { err, file } = withRows('bad-date', 'series.csv', '2023-02-30,other,90,,false,platform-b', 'March 2023,other,90,,false,platform-b');
    expect(err.message).toContain(`${file}:6: month: "2023-02-30" is not a real calendar date`);
    expect(err.message).toContain(`${file}:7: month: "March 2023" is not a date (expected YYYY-MM-DD)`);
  });

  it('integers and booleans are strict', () => {
    const { err, file } = withRows('bad-types', 'series.csv', '2023-03-01,other,90,1.5,false,platform-b', '2023-04-01,other,90,2,yes,platform-b');
    expect(err.message).toContain(`${file}:6: projects: "1.5" is not an integer`);
    expect(err.message).toContain(`${file}:7: partial: "yes" is not a boolean (expected true or false)`);
  });

  it('missing required value', () => {
    const { err, file } = withRows('missing-required', 'figures.csv', figure('no-label', '1', { label: '' }));
    expect(err.message).toContain(`${file}:8: label: required value is missing`);
  });

  it('enum violation', () => {
    const { err, file } = withRows('enum-violation', 'figures.csv', figure('bad-unit', '1', { unit: 'percent-ish' }));
    expect(err.message).toContain(`${file}:8: unit: "percent-ish" is not one of: percent, percentage-points,`);
  });

  it('header that does not match the schema (and no row noise after it)', () => {
    const dir = variant('header-mismatch', { 'figures.csv': (t) => t.replace(/^id,value,unit,/, 'id,value,units,') });
    expect(loadError(dir).issues.map(formatIssue)).toEqual([`${dir}/figures.csv:1: unit: header column 3 is "units", the schema expects "unit"`]);
  });

  it('S figure without reported_by', () => {
    const { err, file } = withRows('s-without-reported-by', 'figures.csv', figure('unreported', '1', { source: 'platform-b', grade: 'S' }));
    expect(err.message).toContain(`${file}:8: reported_by: grade S figure needs reported_by`);
  });

  it('a quote that never closes', () => {
    const { err, file } = withRows('unterminated-quote', 'figures.csv', 'open,1,count,level,"An open quote,study-a,,p. 1,q,P,2023,', figure('after', '2'));
    expect(err.message).toContain(`${file}:8: label: a quoted value opens here and never closes`);
  });

  it('a malformed datapackage.json names the file and the JSON path', () => {
    const dir = variant('bad-package', {
      'datapackage.json': editJson((pkg) => {
        delete pkg.resources[0].licenses;
        pkg.resources[1].schema.fields[2].type = 'float';
      }),
    });
    const msgs = loadError(dir).issues.map(formatIssue);
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${dir}/datapackage\\.json: resources\\[1\\]\\.schema\\.fields\\[2\\]\\.type: `)));
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${dir}/datapackage\\.json: resources\\[0\\]\\.licenses: `)));
  });

  it('a bad sources.json: duplicate id and missing grade', () => {
    const dir = variant('bad-sources', {
      'sources.json': editJson((sources) => {
        delete sources[1].grade;
        sources.push({ ...sources[0] });
      }),
    });
    const msgs = loadError(dir).issues.map(formatIssue);
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${dir}/sources\\.json:\\d+: \\[1\\]\\.grade: `)));
    expect(msgs).toContain(`${dir}/sources.json: [3].id: duplicate id "study-a" (first at [0])`);
  });

  it('a CSV in data/ that is not a resource', () => {
    const dir = variant('undeclared-csv', { 'stray.csv': () => 'a,b\n1,2\n' });
    expect(loadError(dir).message).toContain(`${dir}/stray.csv: file: CSV is not a resource in datapackage.json`);
  });

  it('DataValidationError is a real Error subclass', () => {
    const err = withRows('short-row', 'figures.csv', 'short,1').err;
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('DataValidationError');
    expect(new DataValidationError([{ file: 'data/x.csv', line: 2, column: 'a', message: 'b' }]).message).toBe(
      'Data validation failed (1 problem):\n  data/x.csv:2: a: b',
    );
  });
});

describe('TypeScript row schemas guard against drift at load time', () => {
  it('a datapackage field the TS schema lacks fails the load at file:line: column', () => {
    // One more column, declared in the package and present in every record (a record may span lines:
    // a line ends one only when the quotes so far are balanced).
    let quotes = 0;
    const addColumn = (csv: string) =>
      csv
        .split('\n')
        .map((line, i) => {
          quotes += (line.match(/"/g) ?? []).length;
          if (line === '' || quotes % 2 === 1) return line;
          return i === 0 ? `${line},extra` : `${line},x`;
        })
        .join('\n');
    const dir = variant('schema-drift', {
      'datapackage.json': editJson((pkg) => {
        pkg.resources[0].schema.fields.push({ name: 'extra', type: 'string', title: 'Extra', description: 'A column the TypeScript schema lacks.' });
      }),
      'figures.csv': addColumn,
    });
    const err = loadError(dir);
    expect(err.issues).toHaveLength(1);
    expect(err.message).toContain(`${dir}/figures.csv:2: extra: Unrecognized key: "extra" (TypeScript row schema for "figures"`);
  });
});
