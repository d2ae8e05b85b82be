import { describe, expect, it } from 'vitest';
import { formatHeaders, headersFor, matchesPattern, parseHeaders } from '../../../../src/features/seo/headers-file.mjs';

describe('_headers format', () => {
  const rules: { path: string; headers: Record<string, string> }[] = [
    { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
    { path: '/embed/*', headers: { 'Content-Security-Policy': "default-src 'self'; frame-ancestors *" } },
    { path: '/about/', headers: { 'X-Frame-Options': 'DENY' } },
  ];

  it('parses what it formats', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseHeaders('/a\n  no colon here\n')).toThrow(/line 2/);
    expect(() => parseHeaders('  X-A: b\n')).toThrow(/line 1: header before any path/);
    expect(() => parseHeaders('about/\n  X-A: b\n')).toThrow(/line 1: a path must start/);
  });

  it('matches splats and placeholders like the hosts do', () => {
    expect(matchesPattern('/*', '/anything/at/all')).toBe(true);
    expect(matchesPattern('/embed/*', '/embed/x/')).toBe(true);
    expect(matchesPattern('/embed/*', '/embedded/')).toBe(false);
    expect(matchesPattern('/charts/:id/', '/charts/x/')).toBe(true);
    expect(matchesPattern('/charts/:id/', '/charts/x/y/')).toBe(false);
    expect(matchesPattern('/a.b/', '/aXb/')).toBe(false);
  });

  it('collects the headers of every matching rule', () => {
    expect(headersFor(rules, '/embed/x/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'; frame-ancestors *" });
    expect(headersFor(rules, '/about/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    expect(headersFor([...rules, { path: '/about/', headers: { 'X-Frame-Options': 'SAMEORIGIN' } }], '/about/')['X-Frame-Options']).toBe('DENY, SAMEORIGIN');
  });
});
