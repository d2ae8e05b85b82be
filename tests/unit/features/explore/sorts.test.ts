import { describe, expect, it } from 'vitest';
import { getOccupationExposure } from '../../../../src/data';
import { SORTS, sortOrder, sortRows } from '../../../../src/features/explore/sorts';

const rows = getOccupationExposure();

describe('explorer table sort orders', () => {
  it('every order keeps every row', () => {
    for (const s of SORTS) expect(sortRows(rows, s.key)).toHaveLength(rows.length);
  });

  it('title order is A to Z', () => {
    const t = sortRows(rows, 'title').map((r) => r.title);
    expect(t).toEqual([...t].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('exposure orders are highest first', () => {
    const h = sortRows(rows, 'human-exposure').map((r) => r.human_beta);
    expect(h[0]).toBe(Math.max(...h));
    expect(h.every((v, i) => i === 0 || h[i - 1]! >= v)).toBe(true);
  });

  it('employment puts missing values last', () => {
    const e = sortRows(rows, 'employment').map((r) => r.employment);
    const firstNull = e.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(e.slice(firstNull).every((v) => v === null)).toBe(true);
    expect((e.slice(0, firstNull) as number[]).every((v, i, a) => i === 0 || a[i - 1]! >= v)).toBe(true);
  });

  it('wage puts top-coded medians first (they exceed every published one) and other gaps last', () => {
    const w = sortRows(rows, 'wage');
    const topCoded = rows.filter((r) => r.wage_note?.includes('top-coded')).length;
    expect(topCoded).toBeGreaterThan(0);
    expect(w.slice(0, topCoded).every((r) => r.median_wage === null && r.wage_note?.includes('top-coded'))).toBe(true);
    const rest = w.slice(topCoded);
    const firstGap = rest.findIndex((r) => r.median_wage === null);
    expect(rest.slice(firstGap).every((r) => r.median_wage === null)).toBe(true);
    expect(rest.slice(0, firstGap).every((r, i, a) => i === 0 || a[i - 1]!.median_wage! >= r.median_wage!)).toBe(true);
  });

  it('has a page per order and rejects an unknown key', () => {
    expect(new Set(SORTS.map((s) => s.path)).size).toBe(SORTS.length);
    expect(SORTS[0]!.path).toBe('explore/');
    expect(() => sortOrder('nope')).toThrow(/Unknown explorer sort "nope"/);
  });
});
