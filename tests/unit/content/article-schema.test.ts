import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content/article-schema';

const valid = {
  title: 'A valid title',
  dek: 'A dek that is long enough to pass the check.',
  summary: 'A summary that is long enough to pass the check.',
  published: '2026-11-24',
  authors: ['The editors'],
};

describe('article front matter', () => {
  it('accepts a complete entry and fills defaults', () => {
    const a = articleSchema.parse(valid);
    expect(a.draft).toBe(false);
    expect(a.tags).toEqual([]);
    expect(a.published.toISOString().slice(0, 10)).toBe('2026-11-24');
  });
  it('names the field that is wrong', () => {
    const r = articleSchema.safeParse({ ...valid, published: 'not a date' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['published']);
  });
  it('rejects unknown fields and an update before publication', () => {
    expect(articleSchema.safeParse({ ...valid, tittle: 'typo' }).success).toBe(false);
    const r = articleSchema.safeParse({ ...valid, updated: '2020-01-01' });
    expect(r.error?.issues[0]?.path).toEqual(['updated']);
  });
});
