import { describe, expect, it } from 'vitest';
import { getOccupationExposure, getStudyEstimates, hasFigure } from '../../../../src/data';
import {
  CATEGORY_ESTIMATES,
  MAPPED_CATEGORIES,
  OLI_MAPPING,
  changeFigureId,
  checkMapping,
  mappingProblems,
  oliCategoryFor,
} from '../../../../src/features/explore/oli-mapping';

const codes = getOccupationExposure().map((r) => r.onet_code);
const estimateIds = getStudyEstimates().map((e) => e.id);

describe('OLI mapping', () => {
  it('matches the data: every rule names a real occupation and every estimate id exists', () => {
    expect(mappingProblems(codes, estimateIds)).toEqual([]);
    expect(() => checkMapping(codes, estimateIds)).not.toThrow();
  });

  it('maps a SOC code for all its O*NET occupations, and a full O*NET code for that one only', () => {
    expect(oliCategoryFor('27-3043.00')).toBe('Writing and translation');
    expect(oliCategoryFor('27-3043.05')).toBe('Writing and translation');
    expect(oliCategoryFor('27-3091.00')).toBe('Writing and translation');
    expect(oliCategoryFor('27-1024.00')).toBe('Creative and multimedia');
    expect(oliCategoryFor('15-1252.00')).toBe('Software development and technology');
    expect(oliCategoryFor('15-2051.00')).toBe('Software development and technology');
    expect(oliCategoryFor('15-2051.01')).toBeUndefined();
    expect(oliCategoryFor('43-9021.00')).toBe('Clerical and data entry');
  });

  it('leaves occupations without a clear category unmapped', () => {
    expect(oliCategoryFor('11-1011.00')).toBeUndefined(); // Chief Executives
    expect(oliCategoryFor('29-1291.00')).toBeUndefined(); // Acupuncturists
    const mapped = codes.filter((c) => oliCategoryFor(c) !== undefined);
    expect(mapped.length).toBeGreaterThan(20);
    expect(mapped.length).toBeLessThan(codes.length / 10);
  });

  it('reports unknown codes, duplicates and unknown estimate ids', () => {
    const problems = mappingProblems(codes.filter((c) => !c.startsWith('27-3091')), estimateIds.filter((id) => id !== 'hui-image-jobs'));
    expect(problems).toEqual([
      'oli-mapping: code 27-3091 (Writing and translation) matches no occupation in data/occupation-exposure.csv',
      'oli-mapping: study estimate "hui-image-jobs" (Creative and multimedia) is not in data/study-estimates.csv',
    ]);
    expect(() => checkMapping([], [])).toThrow(/src\/features\/explore\/oli-mapping\.ts does not match data/);
  });

  it('every mapped category is used and has its change figure in figures.csv', () => {
    for (const c of MAPPED_CATEGORIES) {
      expect(OLI_MAPPING.some((r) => r.category === c), c).toBe(true);
      expect(hasFigure(changeFigureId(c)), changeFigureId(c)).toBe(true);
    }
  });

  it('never maps estimates about earnings heterogeneity (they are not category estimates)', () => {
    const perEarnings = getStudyEstimates().filter((e) => e.unit === 'percent per 1% of past earnings').map((e) => e.id);
    expect(Object.values(CATEGORY_ESTIMATES).flat().filter((id) => perEarnings.includes(id))).toEqual([]);
  });
});
