import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, inlineScriptHashes } from '../../../../src/features/seo/csp.mjs';

const sha = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('CSP', () => {
  it('hashes executable is:inline scripts only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(
      join(dir, 'nested', 'A.astro'),
      `<script is:inline>run()</script>\n<script is:inline type="application/ld+json">{}</script>\n<script>bundled()</script>\n<script is:inline type="module">mod()</script>`,
    );
    writeFileSync(join(dir, 'B.md'), '<script is:inline>not astro</script>');
    expect(inlineScriptHashes(dir)).toEqual([sha('run()'), sha('mod()')].sort());
    rmSync(dir, { recursive: true });
  });

  it("covers the site's theme init script", () => {
    const src = readFileSync('src/components/ThemeInit.astro', 'utf8');
    const body = /<script is:inline>([\s\S]*?)<\/script>/.exec(src)?.[1] ?? '';
    expect(body.length).toBeGreaterThan(20);
    expect(inlineScriptHashes('src')).toContain(sha(body));
  });

  it('allows no other origin and no plugins', () => {
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES).toContain("object-src 'none'");
    expect(CSP_DIRECTIVES.join(' ')).not.toMatch(/https?:|\*/);
  });
});
