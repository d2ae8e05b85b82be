import { describe, expect, it } from 'vitest';
import { getSource, getSources } from '../../../src/data';
import { formatReference } from '../../../src/citations';

describe('formatReference (citation-js, APA en-US)', () => {
  it('formats a journal article with authors, year, journal and a DOI link', () => {
    const html = formatReference(getSource('hui-2024'));
    expect(html).toMatch(/^Hui, X\., Reshef, O\., &#38; Zhou, L\. \(2024\)\. The Short-Term Effects/);
    expect(html).toContain('<i>Organization Science</i>');
    expect(html).toContain('<a href="https://doi.org/10.1287/orsc.2023.18441" rel="external">https://doi.org/10.1287/orsc.2023.18441</a>');
  });

  it('links the URL of a source without a DOI and names the outlet of a news source', () => {
    const source = getSource('bi-stewart-2025');
    const html = formatReference(source);
    expect(html).toContain(`<a href="${source.URL}" rel="external">${source.URL}</a>`);
    expect(html).toContain('<i>Business Insider</i>');
    expect(html).toMatch(/^Stewart, E\. \(2025, October 16\)\./);
  });

  it('never prints our own grade or note fields', () => {
    const source = getSource('hui-2024');
    expect(source.note).toBeTruthy();
    expect(formatReference(source)).not.toContain(source.note!.slice(0, 30));
  });

  it('gives every entry in data/sources.json a link to its DOI or URL', () => {
    for (const s of getSources()) {
      const html = formatReference(s);
      const target = s.DOI ? `https://doi.org/${s.DOI}` : s.URL!;
      expect(html, s.id).toContain(`href="${target}"`);
    }
  });
});
