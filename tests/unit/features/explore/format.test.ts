import { describe, expect, it } from 'vitest';
import { getOccupationExposure } from '../../../../src/data';
import { formatValue } from '../../../../src/lib/format';
import { formatCount, formatScore, formatUsd, missingLabel, missingSentence } from '../../../../src/features/explore/format';

const rows = getOccupationExposure();

describe('explorer number formatting', () => {
  it('prints exactly what the site’s formatValue prints, for every value in the data', () => {
    for (const r of rows) {
      for (const s of [r.human_alpha, r.human_beta, r.human_gamma, r.gpt4_alpha, r.gpt4_beta, r.gpt4_gamma]) {
        expect(formatScore(s)).toBe(formatValue(s, 'count', { decimals: 2 }));
      }
      if (r.employment !== null) expect(formatCount(r.employment)).toBe(formatValue(r.employment, 'count'));
      if (r.median_wage !== null) expect(formatUsd(r.median_wage)).toBe(formatValue(r.median_wage, 'usd'));
    }
  });

  it('formats examples', () => {
    expect(formatScore(0.8077)).toBe('0.81');
    expect(formatScore(0)).toBe('0.00');
    expect(formatCount(2984920)).toBe('2,984,920');
    expect(formatUsd(49110)).toBe('$49,110');
  });

  it('names every reason a figure is missing in the data', () => {
    const notes = [...new Set(rows.map((r) => r.wage_note).filter((n) => n !== null))];
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(missingLabel(n), n).not.toBe('not available');
    expect(missingLabel('median annual wage top-coded in OEWS (#)')).toBe('top-coded');
    expect(missingLabel('no OEWS match')).toBe('not in OEWS');
    expect(missingSentence('median and mean annual wage shown as * in OEWS; OEWS row has HOURLY=TRUE')).toMatch(/hourly/);
  });
});
