import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE } from '../../../src/lib/document-title';

const SITES = ['Good Enough? — Generative AI and freelance work', 'Good Enough?'];

describe('document title', () => {
  it('keeps the full site name when it fits, the short one when only that fits, none when neither does', () => {
    expect(documentTitle('About', SITES)).toBe('About · Good Enough? — Generative AI and freelance work');
    expect(documentTitle('Writing jobs fell most after ChatGPT', SITES)).toBe('Writing jobs fell most after ChatGPT · Good Enough?');
    const long = 'Writing and translation lost postings; video and design gained';
    expect(documentTitle(long, SITES)).toBe(long);
  });

  it('the site name alone stays as it is', () => {
    expect(documentTitle(SITES[0]!, SITES)).toBe(SITES[0]);
  });

  it('shortens only a title that alone is too long, at a word, and always keeps the tag', () => {
    const t = 'Exposure of US occupations to large language models, with OEWS employment and wages';
    const out = documentTitle(t, SITES);
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(out).toBe('Exposure of US occupations to large language models, with OEWS…');
    const tagged = documentTitle('Writers and translators are among the most exposed, at middling pay', SITES, 'Embed');
    expect(tagged.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(tagged).toMatch(/^Writers and translators are among the most exposed, at…? · Embed$/);
  });
});
