import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerRules, metaCsp, withFrameAncestors } from '../../../../src/features/seo/headers-integration.mjs';
import { headersFor } from '../../../../src/features/seo/headers-file.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake built site: path → CSP (or null for a page without one). */
function site(pages: Record<string, string | null>): string {
  dir = mkdtempSync(join(tmpdir(), 'headers-'));
  for (const [file, csp] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    const tag = csp === null ? '' : `<meta http-equiv="content-security-policy" content="${csp.replace(/'/g, '&#39;')}">`;
    writeFileSync(join(dir, file), `<!doctype html><html><head>${tag}</head><body></body></html>`);
  }
  return dir;
}

describe('_headers rules from a built site', () => {
  it('reads the policy from the <meta>, decoding entities', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`)).toBe("script-src 'self'");
    expect(metaCsp('<meta name="x">')).toBeUndefined();
  });

  it('replaces any frame-ancestors', () => {
    expect(withFrameAncestors("a 'self'; frame-ancestors x;", "'none'")).toBe("a 'self'; frame-ancestors 'none'");
  });

  it('denies framing of every page but embeds, which any site may frame', () => {
    const d = site({ 'index.html': "script-src 'self'", 'about/index.html': "script-src 'self' 'wasm-unsafe-eval'", 'embed/c/index.html': "script-src 'self'", 'raw.html': null });
    const rules = headerRules({ dir: d, base: '/sub/' });
    expect(headersFor(rules, '/sub/about/')).toMatchObject({ 'Content-Security-Policy': "script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'", 'X-Frame-Options': 'DENY' });
    expect(headersFor(rules, '/sub/embed/c/')['Content-Security-Policy']).toBe("script-src 'self'; frame-ancestors *");
    expect(headersFor(rules, '/sub/embed/c/')['X-Frame-Options']).toBeUndefined();
    expect(headersFor(rules, '/sub/raw.html')).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' });
    expect(headersFor(rules, '/sub/_astro/x.js')['Cache-Control']).toContain('immutable');
  });

  it('stops when embed pages disagree on their policy', () => {
    const d = site({ 'index.html': 'a', 'embed/a/index.html': "script-src 'self'", 'embed/b/index.html': "script-src 'none'" });
    expect(() => headerRules({ dir: d, base: '/' })).toThrow(/embed pages declare different CSPs/);
  });
});
