import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribution, bibtex, chartItem, citeOwnWork, citeYear } from '../../../src/citations';
import { fixture } from '../data/helpers';

const dataDir = fixture('valid');

describe('attribution(): the one "as reported by"', () => {
  it('names the source alone for grade P', () => {
    expect(attribution({ source: 'study-a', reported_by: null, grade: 'P' }, { dataDir })).toBe('Alpha et al. (2024)');
  });

  it('names every report of an S figure, joined in words', () => {
    expect(attribution({ source: 'platform-b', reported_by: 'news-c;study-a', grade: 'S' }, { dataDir })).toBe('Platform B (2023), as reported by Delta (2024) and Alpha et al. (2024)');
  });

  it('never says a work was reported by itself', () => {
    expect(attribution({ source: 'news-c', reported_by: 'news-c', grade: 'S' }, { dataDir })).toBe('Delta (2024)');
  });
});

describe('our own works', () => {
  it('take the cite year from the data package\'s own date', () => {
    expect(citeYear({ dataDir })).toBe(2024);
    expect(citeYear()).toBe(new Date(JSON.parse(fs.readFileSync('data/datapackage.json', 'utf8')).created).getUTCFullYear());
  });

  it('are cited in APA and BibTeX from one CSL item (BibTeX by @citation-js/plugin-bibtex)', () => {
    const { apa, bibtex: bib } = citeOwnWork(chartItem({ id: 'x', title: 'A chart & a title' }));
    expect(apa).toContain('A chart & a title');
    expect(bib).toMatch(/^@\w+\{[^,]+,/);
    expect(bib).toContain('title = {A chart \\& a title}');
    expect(bibtex({ id: 'k', type: 'webpage', title: 'T', URL: 'https://example.org/' })).toContain('url = {https://example.org/}');
  });
});
