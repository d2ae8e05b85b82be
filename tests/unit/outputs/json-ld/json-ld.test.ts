import { describe, expect, it } from 'vitest';
import { articleJsonLd, authorJsonLd, serializeJsonLd, websiteJsonLd } from '../../../../src/outputs/json-ld/json-ld';

describe('JSON-LD', () => {
  it('escapes "<", ">" and "&" so a title can never close the script element', () => {
    const out = serializeJsonLd({ headline: 'A </script><script>alert(1)</script> & more' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ headline: 'A </script><script>alert(1)</script> & more' });
  });

  it('builds an Article with authors, dates, image and citations', () => {
    const ld = articleJsonLd({
      title: 'T',
      description: 'D',
      url: 'https://x.org/a/',
      image: 'https://x.org/og/a.png',
      authors: ['The editors', 'Ada Lovelace'],
      published: new Date('2026-01-02'),
      citations: [{ title: 'A paper', url: 'https://doi.org/10.1/x', authors: [{ name: 'B C', organization: false }, { name: 'Upwork Inc.', organization: true }], year: 2024 }],
    });
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2026-01-02T00:00:00.000Z',
      dateModified: '2026-01-02T00:00:00.000Z',
      image: ['https://x.org/og/a.png'],
      author: [{ '@type': 'Organization', name: 'The editors' }, { '@type': 'Person', name: 'Ada Lovelace' }],
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'A paper',
          url: 'https://doi.org/10.1/x',
          datePublished: '2024',
          // An issuer is an Organization, not a Person.
          author: [{ '@type': 'Person', name: 'B C' }, { '@type': 'Organization', name: 'Upwork Inc.' }],
        },
      ],
    });
    expect(articleJsonLd({ title: 'T', description: 'D', url: 'u', image: 'i', authors: ['A'], published: new Date(0) })).not.toHaveProperty('citation');
  });

  it('a group byline is an Organization, a name is a Person', () => {
    expect(authorJsonLd('The editors')['@type']).toBe('Organization');
    expect(authorJsonLd('Theo Smith')['@type']).toBe('Person');
  });

  it('WebSite carries a SearchAction to the search page', () => {
    expect(JSON.stringify(websiteJsonLd('d'))).toContain('search/?q={search_term_string}');
  });
});

describe('article citations', () => {
  it('turns a CSL-JSON work into a cited work, linking the DOI first', async () => {
    const { citedWork } = await import('../../../../src/citations');
    const work = citedWork({ id: 'a', type: 'article', title: 'T', DOI: '10.1/x', URL: 'https://u', kind: 'peer-reviewed-article', grade: 'P', read_at: [{ url: 'https://copy.example/a', copy: 'mirror', site: 'Copy' }], author: [{ family: 'Hui', given: 'Xiang' }, { literal: 'OECD' }], issued: { 'date-parts': [[2024, 5]] } });
    expect(work).toEqual({ title: 'T', url: 'https://doi.org/10.1/x', authors: [{ name: 'Xiang Hui', organization: false }, { name: 'OECD', organization: true }], year: 2024 });
  });

  it('never links a copy as the work: a work read only at copies has no url', async () => {
    const { citedWork } = await import('../../../../src/citations');
    const work = citedWork({ id: 'b', type: 'article-newspaper', title: '[News article]', kind: 'news-report', grade: 'S', read_at: [{ url: 'https://repost.example/b', copy: 'repost', site: 'Repost' }] });
    expect(work.url).toBeUndefined();
  });
});

describe('Dataset and chart structured data', () => {
  it('a Dataset lists its downloads as DataDownload', async () => {
    const { datasetJsonLd } = await import('../../../../src/outputs/json-ld/json-ld');
    const ld = datasetJsonLd({ name: 'OLI', description: 'd', url: 'https://x/data/', license: 'https://creativecommons.org/licenses/by/4.0/', downloads: [{ url: 'https://x/oli.csv', format: 'text/csv' }] });
    expect(ld).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', distribution: [{ '@type': 'DataDownload', contentUrl: 'https://x/oli.csv', encodingFormat: 'text/csv' }] });
  });

  it('a chart is an ImageObject based on its Dataset', async () => {
    const { chartJsonLd } = await import('../../../../src/outputs/json-ld/json-ld');
    const ld = chartJsonLd({ title: 'T', description: 'd', url: 'https://x/charts/a/', imageUrl: 'https://x/charts/a.svg', dataset: { name: 'D', description: 'dd', url: 'https://x/data/' } });
    expect(ld).toMatchObject({ '@type': 'ImageObject', contentUrl: 'https://x/charts/a.svg', isBasedOn: { '@type': 'Dataset', name: 'D' } });
    expect((ld.isBasedOn as Record<string, unknown>)['@context']).toBeUndefined();
  });
});

describe('card sources', () => {
  it('cards take the first sentence of a long description', async () => {
    const { firstSentence } = await import('../../../../src/features/social-cards/card-sources');
    expect(firstSentence('One row per number. Second sentence.')).toBe('One row per number.');
    expect(firstSentence('No full stop')).toBe('No full stop');
    expect(firstSentence('Version 2.5 of it. Then')).toBe('Version 2.5 of it.');
  });
});
