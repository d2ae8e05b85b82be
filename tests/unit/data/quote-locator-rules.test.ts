// What a reader sees of a figure's provenance (issue #12): a quote never carries a T-only number (the list
// is data: datapackage x-t-only-numbers), and a locator never prints a source-pack path. Valid set plus one change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearDataCache, loadData } from '../../../src/data';
import { quoteCarries } from '../../../src/data/t-only-rules';
import { fixture, issuesIn } from './helpers';

const dirs: string[] = [];

/** The valid fixture with one line of figures.csv replaced by `edit(line)`. */
function variant(lineIndex: number, edit: (line: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 't-only-'));
  dirs.push(dir);
  fs.cpSync(fixture('valid'), dir, { recursive: true });
  const file = path.join(dir, 'figures.csv');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines[lineIndex] = edit(lines[lineIndex]!);
  fs.writeFileSync(file, lines.join('\n'));
  return dir;
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  clearDataCache();
});

const upwork = { number: '25%', context: ['Q1 2025'], figure: 'AI-related GSV growth, Q1 2025', pack: 'pack §3' };

describe('quoteCarries: number + every context word, whole numbers only', () => {
  it('catches the T figure inside a longer quote', () => {
    expect(quoteCarries('GSV from AI-related work accelerated to 30% year-over-year growth in Q2 2025, up from 25% in Q1 2025', upwork)).toBe(true);
  });
  it('reads "N percent" as "N%"', () => {
    expect(quoteCarries('up from 25 percent in Q1 2025', upwork)).toBe(true);
  });
  it('leaves the same number in another sense alone', () => {
    expect(quoteCarries('25% of respondents said they had a side hustle', upwork)).toBe(false);
  });
  it('does not match a longer number that contains it', () => {
    expect(quoteCarries('grew 125% in Q1 2025', upwork)).toBe(false);
    expect(quoteCarries('grew 2.25% in Q1 2025', upwork)).toBe(false);
  });
  it('needs all context words when several are listed', () => {
    const e = { number: '7%', context: ['gsv', 'declined'], figure: 'x', pack: 'y' };
    expect(quoteCarries('GSV per active client was $5,129, an increase of 7%', e)).toBe(false);
    expect(quoteCarries('GSV declined by 7% year-over-year', e)).toBe(true);
  });
});

describe('the build stops on a quote carrying a T-only number', () => {
  it('the unchanged valid set (with its list) loads', () => {
    clearDataCache();
    expect(() => loadData({ dataDir: variant(1, (l) => l) })).not.toThrow();
  });

  it('names file, line and the figure for "up from 25% in Q1 2025"', () => {
    const dir = variant(1, (l) => l.replace('"""jobs fell by 5.2%"""', '"jobs fell by 5.2%, up from 25% in Q1 2025"'));
    expect(issuesIn(dir)).toEqual([
      'F/figures.csv:2: quote: quote carries "25%" (Fixture platform AI work growth, Q1 2025), a T-only figure (fixture pack §3): never show it; cut the quote before it or quote a P/S text instead',
    ]);
  });

  it('lets an unrelated 25% through', () => {
    clearDataCache();
    const dir = variant(1, (l) => l.replace('"""jobs fell by 5.2%"""', '"jobs fell by 5.2%; 25% of writers said so"'));
    expect(() => loadData({ dataDir: dir })).not.toThrow();
  });
});

describe('the build stops on a locator that prints a source-pack path', () => {
  it('names file, line and why for "research/press/…txt"', () => {
    const dir = variant(1, (l) => l.replace(',Table 2,', ',"research/press/story.txt, ¶2",'));
    expect(issuesIn(dir)).toEqual([
      'F/figures.csv:2: locator: locator "research/press/story.txt, ¶2" prints a path inside the source pack: name the place readers can find (the work\'s section and paragraph, or the copy\'s host)',
    ]);
  });

  it('names "../shared/…" paths too, and lets a public address with /research/ through', () => {
    expect(issuesIn(variant(1, (l) => l.replace(',Table 2,', ',../shared/research/studies.md §2,')))).toHaveLength(1);
    clearDataCache();
    expect(() => loadData({ dataDir: variant(1, (l) => l.replace(',Table 2,', ',https://upwork.com/research/report.txt,')) })).not.toThrow();
  });
});
