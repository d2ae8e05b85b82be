import { describe, expect, it } from 'vitest';
import { formatFilters, matches, parseFilters, slug } from '../../../../src/features/evidence/filters';

const known = { work: ['writing', 'translation', 'images-and-design'], outcome: ['jobs', 'earnings'], population: ['freelancers', 'employees'], design: ['survey', 'difference-in-differences'], grade: ['p', 's'] };

describe('evidence filters', () => {
  it('slugs values for URLs', () => {
    expect(slug('images and design')).toBe('images-and-design');
    expect(slug('P')).toBe('p');
    expect(slug('synthetic difference-in-differences')).toBe('synthetic-difference-in-differences');
  });

  it('reads tilde-separated slugs, drops duplicates, and reports unknown values by key', () => {
    const { choice, unknown } = parseFilters('?work=writing~bogus~writing&grade=s&population=aliens&design=', known);
    expect(choice).toEqual({ work: ['writing'], grade: ['s'] });
    expect(unknown).toEqual(['work=bogus', 'population=aliens']);
  });

  it('round-trips a choice through the URL', () => {
    const choice = { work: ['translation', 'writing'], outcome: ['earnings'], grade: ['p'] };
    const qs = formatFilters(choice);
    expect(qs).toBe('?work=translation~writing&outcome=earnings&grade=p');
    expect(parseFilters(qs, known)).toEqual({ choice, unknown: [] });
    expect(formatFilters({})).toBe('');
  });

  it('keeps a finding when every dimension with a choice includes its slug', () => {
    const f = { work: 'writing', outcome: 'jobs', population: 'freelancers', design: 'survey', grade: 'p' };
    expect(matches(f, {})).toBe(true);
    expect(matches(f, { work: ['writing', 'translation'] })).toBe(true);
    expect(matches(f, { work: ['writing'], grade: ['s'] })).toBe(false);
    expect(matches(f, { population: ['employees'] })).toBe(false);
  });
});
