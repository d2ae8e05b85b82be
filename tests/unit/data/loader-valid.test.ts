import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearDataCache,
  getFigure,
  getFigures,
  getResource,
  getResourceDescriptor,
  getResourceNames,
  getSource,
  getSources,
  getTypedResource,
  hasFigure,
  loadData,
  sourceShortName,
} from '../../../src/data';
import { fixture } from './helpers';

const opts = { dataDir: fixture('valid') };

describe('loading a valid data package', () => {
  beforeEach(() => clearDataCache());

  it('loads every resource with typed rows', () => {
    const bundle = loadData(opts);
    expect([...bundle.tables.keys()]).toEqual(['figures', 'series']);
    expect(getResourceNames(opts)).toEqual(['figures', 'series']);
    const series = getResource('series', opts);
    expect(series).toHaveLength(4);
    expect(series[0]).toEqual({ month: '2023-01-01', occupation: 'writing', index: 100, projects: 12, partial: false, source: 'platform-b' });
    expect(series[2]).toMatchObject({ index: 95.25, projects: null });
    expect(series[3]).toMatchObject({ partial: true, source: null });
  });

  it('memoises per data directory', () => {
    const a = loadData(opts);
    expect(loadData({ dataDir: fixture('valid') + '/' })).toBe(a);
    clearDataCache();
    expect(loadData(opts)).not.toBe(a);
  });

  it('counts physical lines across quoted line breaks', () => {
    const table = loadData(opts).tables.get('figures')!;
    expect(table.lines).toEqual([2, 3, 5, 6, 7]);
    expect(getFigure('platform-fee', opts).line).toBe(5);
  });

  it('gives typed figures with the decimals the source wrote', () => {
    const figures = getFigures(opts);
    expect(figures.map((f) => f.id)).toEqual(['writing-jobs', 'writing-earnings', 'platform-fee', 'share-points', 'revenue']);
    const jobs = getFigure('writing-jobs', opts);
    expect(jobs).toMatchObject({ value: -5.2, unit: 'percent', kind: 'change', grade: 'P', reported_by: null, decimals: 1, valueText: '-5.2' });
    expect(jobs.quote).toBe('"jobs fell by 5.2%"');
    expect(getFigure('writing-earnings', opts)).toMatchObject({ value: -5.2, decimals: 2, quote: 'A quote that spans\ntwo lines, with a comma' });
    expect(getFigure('platform-fee', opts)).toMatchObject({ grade: 'S', reported_by: 'news-c', decimals: 0 });
    expect(getFigure('share-points', opts).note).toBe('A note, quoted');
    expect(hasFigure('revenue', opts)).toBe(true);
    expect(hasFigure('nope', opts)).toBe(false);
  });

  it('throws on an unknown figure id, naming near matches', () => {
    expect(() => getFigure('writing-job', opts)).toThrow('Unknown figure id "writing-job" (did you mean "writing-jobs"');
    expect(() => getFigure('zzzzzzzzzz', opts)).toThrow(/^Unknown figure id "zzzzzzzzzz"$/);
  });

  it('gives sources and their short names', () => {
    expect(getSources(opts).map((s) => s.id)).toEqual(['study-a', 'platform-b', 'news-c']);
    expect(getSource('news-c', opts).grade).toBe('S');
    expect(sourceShortName(getSource('study-a', opts))).toBe('Alpha et al. (2024)');
    expect(sourceShortName(getSource('platform-b', opts))).toBe('Platform B (2023)');
    expect(sourceShortName(getSource('news-c', opts))).toBe('Delta (2024)');
    expect(() => getSource('study-b', opts)).toThrow('Unknown source id "study-b" (did you mean "study-a"');
  });

  it('gives descriptors and typed rows, and refuses unknown resources', () => {
    expect(getResourceDescriptor('series', opts).schema.primaryKey).toEqual(['month', 'occupation']);
    expect(getTypedResource('figures', opts)[0]!.id).toBe('writing-jobs');
    expect(() => getResource('serie', opts)).toThrow('Unknown resource "serie" (did you mean "series"');
  });
});
