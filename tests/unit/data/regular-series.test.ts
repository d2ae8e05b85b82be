import { describe, expect, it } from 'vitest';
import { clearDataCache, loadData } from '../../../src/data';
import { dateOfPeriod, periodOf } from '../../../src/data/regular-series';
import { fixture, loadError } from './helpers';

const F = 'tests/fixtures/data';

describe('regular series (x-regular-series in datapackage.json)', () => {
  it('a missing month stops the load with file, line, group and reason', () => {
    const err = loadError(fixture('series-gap'));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ file: `${F}/series-gap/series.csv`, line: 6, column: 'month' });
    expect(err.message).toContain(
      `${F}/series-gap/series.csv:6: month: occupation="writing": no row for 2023-02-01 to 2023-03-01 (after 2023-01-01 (line 2), before 2023-04-01 (line 6)): ` +
        'a regular monthly series (x-regular-series in datapackage.json) needs every month from 2023-01-01 to 2023-04-01 in every group, or the gap declared in x-regular-series.gaps with its reason',
    );
  });

  it('the same rows load when the gap is declared, with its reason, for that group', () => {
    clearDataCache();
    const bundle = loadData({ dataDir: fixture('series-declared-gap') });
    expect(bundle.tables.get('series')?.rows).toHaveLength(6);
    expect(bundle.package.resources[1]?.['x-regular-series']?.gaps[0]?.reason).toMatch(/no writing figures/);
  });

  it('a declared gap that has rows is an error (the declaration would hide a later gap)', () => {
    const err = loadError(fixture('series-stale-gap'));
    expect(err.message).toContain(`${F}/series-stale-gap/series.csv:2: month: 2023-01-01 is declared missing (x-regular-series.gaps[0]: Declared, but the rows are there.) but has a row`);
    expect(err.message).toContain(`${F}/series-stale-gap/series.csv:3: month: 2023-01-01 is declared missing`);
  });

  it('a declaration naming a non-date field, an unknown group field or a mid-month gap is a datapackage error', () => {
    const err = loadError(fixture('series-bad-declaration'));
    const pkg = `${F}/series-bad-declaration/datapackage.json`;
    expect(err.message).toContain(`${pkg}: resources[1].x-regular-series.dateField: "index" has type number, not date`);
    expect(err.message).toContain(`${pkg}: resources[1].x-regular-series.groupBy[0]: "occupaton" is not a field of the resource`);
    expect(err.message).toContain(`${pkg}: resources[1].x-regular-series.gaps[0].from: 2023-02-15 is not the first day of a month`);
  });

  it('counts periods by month, quarter and year, only on their first day', () => {
    expect(periodOf('2024-01-01', 'month')! - periodOf('2023-12-01', 'month')!).toBe(1);
    expect(periodOf('2023-12-15', 'month')).toBeNull();
    expect(periodOf('2023-02-01', 'quarter')).toBeNull();
    expect(periodOf('2024-01-01', 'quarter')! - periodOf('2023-10-01', 'quarter')!).toBe(1);
    expect(dateOfPeriod(periodOf('2016-05-01', 'month')!, 'month')).toBe('2016-05-01');
    expect(dateOfPeriod(periodOf('2023-07-01', 'quarter')!, 'quarter')).toBe('2023-07-01');
    expect(dateOfPeriod(periodOf('2020-01-01', 'year')! + 1, 'year')).toBe('2021-01-01');
  });

  it('the real OLI monthly series declares itself regular and is complete', () => {
    clearDataCache();
    const oli = loadData().package.resources.find((r) => r.name === 'oli-monthly');
    expect(oli?.['x-regular-series']).toMatchObject({ dateField: 'month', frequency: 'month', groupBy: ['occupation'] });
  });
});
