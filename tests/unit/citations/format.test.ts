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

  it('cites a reposted news article as its outlet\'s work, then names the repost as where the words were checked', () => {
    const source = getSource('bi-stewart-2025');
    const html = formatReference(source);
    expect(html).toMatch(/^Stewart, E\. \(2025, October 16\)\./);
    expect(html).toContain('<i>Business Insider</i>');
    const work = html.split('<span class="read-at">')[0]!;
    expect(work).not.toContain('imaginepro');
    expect(html).toContain('Words checked at: <a href="https://imaginepro.ai/blog/2025/10/side-hustles-freelance-economy-is-being-upended-by-cheap-ai-products" rel="external" data-copy="repost">imaginepro.ai</a> (repost of the original, as republished by ImaginePro blog)');
  });

  it('prints every outlet as sources.json spells it (APA would title-case "staffingindustry.com" to "Staffingindustry.Com")', () => {
    const withOutlet = getSources().filter((s) => typeof s['container-title'] === 'string');
    expect(withOutlet.some((s) => /^[a-z]/.test(String(s['container-title'])))).toBe(true);
    for (const s of withOutlet) {
      const outlet = String(s['container-title']).replace(/&/g, '&#38;');
      expect(formatReference(s), s.id).toContain(outlet);
      expect(formatReference(s), s.id).not.toContain('nocase');
    }
  });

  it('names each copy in one pair of parentheses (a site described in parentheses is not nested in the label)', () => {
    const europesays = formatReference(getSource('europesays-bankrate-2025'));
    expect(europesays).toContain('(repost of the original, as republished by Europe Says, a news aggregator)');
    for (const s of getSources()) {
      const where = formatReference(s).split('<span class="read-at">')[1] ?? '';
      expect(where, s.id).not.toMatch(/\([^()]*\([^()]*\)\)/);
    }
  });

  it('prints no undated "Retrieved" line', () => {
    for (const s of getSources()) expect(formatReference(s), s.id).not.toMatch(/Retrieved/);
  });

  it('never prints our own grade or note fields', () => {
    const source = getSource('hui-2024');
    expect(source.note).toBeTruthy();
    expect(formatReference(source)).not.toContain(source.note!.slice(0, 30));
  });

  it('links every work at its own DOI or URL, when the pack names one', () => {
    for (const s of getSources()) {
      const target = s.DOI ? `https://doi.org/${s.DOI}` : s.URL;
      if (target) expect(formatReference(s), s.id).toContain(`href="${target}"`);
    }
  });
});
