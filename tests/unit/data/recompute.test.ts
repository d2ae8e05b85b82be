// Figures our bundled data can recompute are recomputed at load; a disagreement stops the build naming
// the figure, both values and the allowed difference. Fixtures: the real data directory plus one change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearDataCache, getTable, loadData } from '../../../src/data';
import { issuesIn } from './helpers';
import { deriveFigure } from '../../../src/data/recompute';

const dirs: string[] = [];
function dataWith(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recompute-'));
  dirs.push(dir);
  fs.cpSync(path.join(process.cwd(), 'data'), dir, { recursive: true });
  const p = path.join(dir, file);
  const before = fs.readFileSync(p, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(p, after);
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  clearDataCache();
});

describe('figures recomputed from the bundled data', () => {
  it('covers the OLI means, changes, shares and months, exposure β and OEWS wages in data/figures.csv', () => {
    clearDataCache();
    const figures = getTable('figures');
    const tables = loadData().tables;
    const derived = figures.rows.filter((r) => deriveFigure(String(r.id), String(r.locator ?? ''), String(r.period ?? ''), tables) !== undefined).map((r) => String(r.id));
    for (const id of ['oli-writing-jan-aug-2024', 'oli-writing-change-2019-22-vs-2023-24', 'oli-writing-share-2023-24', 'oli-writing-peak-2022-04', 'exposure-human-beta-writers-authors', 'oews-photographers-median-wage-2021']) {
      expect(derived, id).toContain(id);
    }
    expect(derived.length).toBeGreaterThanOrEqual(60);
  });

  it('stops on a stated Jan–Aug mean the monthly data does not give, naming both values', () => {
    const dir = dataWith('figures.csv', (t) => t.replace(/^(oli-writing-jan-aug-2024),8\.4,/m, '$1,8.6,'));
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(/^F\/figures\.csv:\d+: value: oli-writing-jan-aug-2024 states 8\.6 but the bundled data give 8\.39\d \(allowed difference 0\.050\)/));
  });

  it('stops when the monthly data change under a stated window change', () => {
    const dir = dataWith('oli-monthly.csv', (t) => t.replace(/^(2023-03-01,Writing and translation,)[\d.]+/m, '$1 40.0'.replace(' ', '')));
    const found = issuesIn(dir);
    expect(found).toContainEqual(expect.stringMatching(/^F\/figures\.csv:\d+: value: oli-writing-change-2019-22-vs-2023-24 states -33\.12 but the bundled data give /));
    expect(found).toContainEqual(expect.stringMatching(/oli-writing-jan-aug-2023 states 15\.3 but/));
  });

  it('stops on an OEWS wage that is not the exposure table\'s', () => {
    const dir = dataWith('figures.csv', (t) => t.replace(/^(oews-photographers-median-wage-2021),38950,/m, '$1,38960,'));
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(/oews-photographers-median-wage-2021 states 38960 but the bundled data give 38950/));
  });
});
