import { describe, expect, it } from 'vitest';
import { getOccupationExposure } from '../../../../src/data';
import { matchAll, matchRank, searchable, words } from '../../../../src/features/explore/match';

const rows = [...getOccupationExposure()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
const items = rows.map((r) => searchable(r.title, r.onet_code));
const titles = (q: string, limit = Infinity) => matchAll(q, items, limit).hits.map((i) => rows[i]!.title);

describe('words', () => {
  it('lower-cases, drops accents and splits on anything not a letter or digit', () => {
    expect(words('Café Owners, Self-Employed')).toEqual(['cafe', 'owners', 'self', 'employed']);
    expect(words('  ')).toEqual([]);
  });
});

describe('matchRank', () => {
  const item = searchable('Interpreters and Translators', '27-3091.00');
  it('matches a prefix of any word, whatever the case', () => {
    expect(matchRank('translat', item)).toBe(3);
    expect(matchRank('TRANSLAT', item)).toBe(3);
    expect(matchRank('interp', item)).toBe(1);
  });
  it('needs every query word to match, and only at word starts', () => {
    expect(matchRank('interp trans', item)).toBe(3);
    expect(matchRank('interp plumb', item)).toBe(-1);
    expect(matchRank('ranslat', item)).toBe(-1);
    expect(matchRank('', item)).toBe(-1);
  });
  it('ranks the whole title, then its start, then whole words, then word prefixes', () => {
    expect(matchRank('interpreters and translators', item)).toBe(0);
    expect(matchRank('Interpreters and', item)).toBe(1);
    expect(matchRank('translators', item)).toBe(2);
    expect(matchRank('translator', item)).toBe(3);
  });
  it('matches a code by its start', () => {
    expect(matchRank('27-3091', item)).toBe(1);
    expect(matchRank('27-30', item)).toBe(1);
    expect(matchRank('27-4', item)).toBe(-1);
  });
});

describe('matchAll on the real occupations', () => {
  it('"translat" finds Interpreters and Translators', () => {
    expect(titles('translat')).toContain('Interpreters and Translators');
  });
  it('puts exact and prefix matches before word matches elsewhere in a title', () => {
    const hits = titles('writers');
    expect(hits[0]).toBe('Writers and Authors');
    expect(hits).toContain('Technical Writers');
    expect(hits.indexOf('Writers and Authors')).toBeLessThan(hits.indexOf('Technical Writers'));
    expect(titles('editors')[0]).toBe('Editors');
  });
  it('keeps alphabetical order within a tier', () => {
    const hits = titles('designer');
    const sorted = [...hits].sort((a, b) => a.localeCompare(b, 'en'));
    expect(hits).toEqual(sorted);
    expect(hits.length).toBeGreaterThan(3);
  });
  it('limits the list but counts every match', () => {
    const { hits, total } = matchAll('a', items, 5);
    expect(hits).toHaveLength(5);
    expect(total).toBeGreaterThan(5);
  });
});
