// Content-Security-Policy and security headers as built: what the pages declare and what _headers
// sends, in the default build and the base-path build (the browser enforcing them: tests/browser/page-walk.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/features/seo/headers-file.mjs';
import { BUILDS, htmlPages, readPage, requireBuild, textOf, urlPathOf } from '../support/built-site';

/** script-src sources of a policy string. */
function scriptSrc(policy: string): string[] {
  const d = policy.split(';').map((s) => s.trim()).find((s) => s.startsWith('script-src '));
  return d ? d.split(/\s+/).slice(1) : [];
}

describe.each(BUILDS)('CSP declared by the pages in $dir', (b) => {
  it('every page has a CSP <meta> without unsafe-inline or unsafe-eval, and every inline script is hashed in it', () => {
    requireBuild(b);
    let inlineScripts = 0;
    for (const file of htmlPages(b.dir)) {
      const page = readPage(b.dir, file);
      const metas = page.elements.filter((e) => e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(metas, `${file}: one CSP <meta>`).toHaveLength(1);
      const policy = metas[0]!.attributes.content!.replace(/&#39;/g, "'");
      const sources = scriptSrc(policy);
      expect(sources, file).toContain("'self'");
      expect(sources, file).not.toContain("'unsafe-inline'");
      expect(sources, file).not.toContain("'unsafe-eval'");
      expect(policy, `${file}: frame-ancestors is ignored in <meta>; it belongs in _headers`).not.toContain('frame-ancestors');
      expect(policy).toMatch(/default-src 'self'/);
      for (const el of page.elements) {
        // Inline event handlers would need 'unsafe-inline' or 'unsafe-hashes'.
        for (const name of Object.keys(el.attributes)) expect(/^on[a-z]+$/i.test(name), `${file}: <${el.name} ${name}>`).toBe(false);
        if (el.name !== 'script' || el.attributes.src !== undefined) continue;
        const type = el.attributes.type;
        if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON data blocks never run
        inlineScripts++;
        const hash = `'sha256-${createHash('sha256').update(textOf(el), 'utf8').digest('base64')}'`;
        expect(sources, `${file}: inline script not hashed: ${textOf(el).slice(0, 60)}…`).toContain(hash);
      }
    }
    expect(inlineScripts).toBeGreaterThan(0); // the theme init script at least
  });
});

describe('_headers', () => {
  it('parses, sends security headers everywhere, keeps embeds frameable and nothing else', () => {
    for (const b of BUILDS) {
      requireBuild(b);
      const rules = parseHeaders(readFileSync(join(b.dir, '_headers'), 'utf8'));
      for (const file of htmlPages(b.dir)) {
        const path = urlPathOf(file, b.base);
        const h = headersFor(rules, path);
        expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
        expect(h['X-Content-Type-Options'], path).toBe('nosniff');
        expect(h['Permissions-Policy'], path).toMatch(/camera=\(\)/);
        const csp = h['Content-Security-Policy'] ?? '';
        expect(scriptSrc(csp), path).not.toContain("'unsafe-inline'");
        if (path.startsWith(`${b.base}embed/`)) {
          expect(csp).toMatch(/frame-ancestors \*$/);
          expect(h['X-Frame-Options']).toBeUndefined();
        } else {
          expect(csp, path).toMatch(/frame-ancestors 'none'$/);
          expect(h['X-Frame-Options'], path).toBe('DENY');
        }
      }
      // The embed exception exists even before the first embed page does.
      const embed = headersFor(rules, `${b.base}embed/some-chart/`);
      expect(embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
      expect(embed['X-Frame-Options']).toBeUndefined();
      expect(headersFor(rules, `${b.base}_astro/app.abc123.js`)['Cache-Control']).toMatch(/max-age=31536000.*immutable/);
    }
  });
});
