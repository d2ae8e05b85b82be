// The explorer's estimate source lines say once that S words are a news report's (issue #12: no
// "as reported by a news report (a news report quoting the study)").
import { describe, expect, it } from 'vitest';
import { categoryView } from '../../../../src/features/explore/category-view';
import { reportNote } from '../../../../src/features/explore/estimates';
import { MAPPED_CATEGORIES } from '../../../../src/features/explore/oli-mapping';

describe('estimate source lines', () => {
  it('name a news report once, and mark every other S line as a news report quoting the study', () => {
    const lines = MAPPED_CATEGORIES.flatMap((c) => categoryView(c).estimates).map((e) => ({ e, text: e.from + e.note }));
    expect(lines.some(({ e }) => e.grade === 'S' && e.from.includes('a news report'))).toBe(true);
    for (const { e, text } of lines) {
      expect(text, e.id).not.toMatch(/a news report.*a news report/);
      if (e.grade === 'S') expect(text, e.id).toContain('a news report');
    }
  });

  it('adds nothing to a P line', () => {
    expect(reportNote('P', 'Hui et al. (2024)')).toBe('');
    expect(reportNote('S', 'Hui et al. (2024), as reported by CDOTrends')).toBe(' (a news report quoting the study)');
  });
});
