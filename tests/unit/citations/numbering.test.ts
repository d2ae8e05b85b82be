import { describe, expect, it } from 'vitest';
import { citationAnchor, numberCitations, referenceAnchor } from '../../../src/citations';

describe('numberCitations', () => {
  it('numbers sources in order of first appearance and keeps the number on later citations', () => {
    const r = numberCitations([{ id: 'b' }, { id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'a' }, { id: 'b' }]);
    expect(r.ids).toEqual(['b', 'a', 'c']);
    expect(r.marks.map((m) => m.n)).toEqual([1, 2, 1, 3, 2, 1]);
    expect(r.marks.map((m) => m.occurrence)).toEqual([1, 1, 2, 1, 2, 3]);
    expect(r.counts).toEqual({ b: 3, a: 2, c: 1 });
  });

  it('returns empty lists for an article without citations', () => {
    expect(numberCitations([])).toEqual({ ids: [], counts: {}, marks: [] });
  });
});

describe('anchors', () => {
  it('give one id per reference and per marker', () => {
    expect(referenceAnchor('hui-2024')).toBe('ref-hui-2024');
    expect(citationAnchor('hui-2024', 2)).toBe('cite-hui-2024-2');
  });
});
