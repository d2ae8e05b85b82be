import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearDataCache, DataValidationError, getEvidence, loadData } from '../../../src/data';
import { fixture } from './helpers';

// One valid evidence set: the shared valid fixture (figures, sources) plus tests/fixtures/data/evidence/evidence.csv,
// described by the REAL evidence resource of data/datapackage.json (so fixture and schema cannot drift).
const realPkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data/datapackage.json'), 'utf8'));
const evidenceResource = realPkg.resources.find((r: { name: string }) => r.name === 'evidence');
const validCsv = fs.readFileSync(path.join(fixture('evidence'), 'evidence.csv'), 'utf8');
const dirs: string[] = [];

/** Build the valid set in a temp dir, with one line of evidence.csv (1 = header) replaced by `edit`. */
function evidenceSet(edit?: { line: number; from: string; to: string }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  dirs.push(dir);
  for (const f of fs.readdirSync(fixture('valid'))) fs.copyFileSync(path.join(fixture('valid'), f), path.join(dir, f));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
  pkg.resources.push({ ...evidenceResource, 'x-source-ids': ['study-a', 'platform-b', 'news-c'] });
  fs.writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(pkg));
  const lines = validCsv.split('\n');
  if (edit) {
    const before = lines[edit.line - 1]!;
    expect(before, 'the edit must change its line').toContain(edit.from);
    lines[edit.line - 1] = before.replace(edit.from, edit.to);
  }
  fs.writeFileSync(path.join(dir, 'evidence.csv'), lines.join('\n'));
  return dir;
}

function loadError(dir: string): DataValidationError {
  clearDataCache();
  try {
    loadData({ dataDir: dir });
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return e as DataValidationError;
  }
  throw new Error('the changed evidence set loaded without errors');
}

/** The issues the change caused, as `evidence.csv:<line>: <column>: <message>` (the file as the loader names it, shortened). */
function issues(err: DataValidationError): string[] {
  return err.issues.map((i) => `${path.basename(i.file)}:${i.line}: ${i.column}: ${i.message}`);
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  clearDataCache();
});

describe('data/evidence.csv rules', () => {
  it('the valid set loads: point, range and direction-only findings, empty cells as null', () => {
    const dir = evidenceSet();
    clearDataCache();
    const rows = getEvidence({ dataDir: dir });
    expect(rows.map((r) => [r.id, r.measure, r.value, r.low, r.high, r.unit])).toEqual([
      ['writers-jobs', 'point', -5.2, null, null, 'percent'],
      ['writing-demand-range', 'range', null, -50, -20, 'percent'],
      ['illustrator-uploads', 'direction', null, null, null, null],
    ]);
  });

  it('a finding without a window stops the load at its line', () => {
    const dir = evidenceSet({ line: 2, from: ',2022-11 to 2023-06,', to: ',,' });
    expect(issues(loadError(dir))).toEqual(['evidence.csv:2: window: required value is missing']);
  });

  it('a finding without a comparison stops the load at its line', () => {
    const dir = evidenceSet({ line: 4, from: ',comic artists,', to: ',,' });
    expect(issues(loadError(dir))).toEqual(['evidence.csv:4: comparison: required value is missing']);
  });

  it('a T-grade finding stops the load', () => {
    const dir = evidenceSet({ line: 2, from: ',P,Table 2,', to: ',T,Table 2,' });
    expect(issues(loadError(dir))).toEqual(['evidence.csv:2: grade: "T" is not one of: P, S']);
  });

  it('a value on a direction-only finding stops the load (zero too: empty, not zero)', () => {
    const dir = evidenceSet({ line: 4, from: ',direction,,,', to: ',direction,0,percent,' });
    expect(issues(loadError(dir))).toEqual([
      'evidence.csv:4: value: direction-only finding has a value (0): leave it empty, not zero, or set measure to point/range',
      'evidence.csv:4: unit: direction-only finding has a unit ("percent"): leave it empty, not zero, or set measure to point/range',
    ]);
  });

  it('an unknown source id stops the load, with a suggestion', () => {
    const dir = evidenceSet({ line: 3, from: ',study-a,news-c,', to: ',study-z,news-c,' });
    const [issue] = issues(loadError(dir));
    expect(issue).toMatch(/^evidence\.csv:3: source: unknown source id "study-z", not in .*sources\.json \(did you mean "study-a"\?\)$/);
  });

  it('a point finding without a value, and an S finding without reported_by, stop the load', () => {
    const noValue = evidenceSet({ line: 2, from: ',point,-5.2,', to: ',point,,' });
    expect(issues(loadError(noValue))).toEqual(['evidence.csv:2: value: a point finding needs a value (or set measure to direction)']);
    const noReporter = evidenceSet({ line: 3, from: ',study-a,news-c,', to: ',study-a,,' });
    expect(issues(loadError(noReporter))).toEqual(['evidence.csv:3: reported_by: grade S figure needs reported_by (the source id of whoever reported it)']);
  });
});

describe('the real data/evidence.csv', () => {
  it('holds at least 20 findings from at least 12 sources, every kind of population and design it claims', () => {
    clearDataCache();
    const rows = getEvidence();
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(12);
    // A direction-only finding never carries a number (the rule), and every value-bearing one has a unit.
    for (const r of rows) expect(r.measure === 'direction' ? [r.value, r.unit] : [typeof (r.value ?? r.low), typeof r.unit]).toEqual(r.measure === 'direction' ? [null, null] : ['number', 'string']);
  });
});
