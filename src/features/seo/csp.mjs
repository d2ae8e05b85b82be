// Content-Security-Policy pieces shared by astro.config.mjs (the <meta> Astro writes) and the
// _headers file written after the build. Plain .mjs because astro.config.mjs imports it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Directives besides script-src/style-src (Astro writes those with hashes of its own scripts).
 * No other origin anywhere: the site loads nothing from elsewhere.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self'",
  "manifest-src 'self'",
];

/** Styles: own files plus inline style attributes and elements (charts set colours and sizes inline). */
export const CSP_STYLE_RESOURCES = ["'self'", "'unsafe-inline'"];

/** All .astro files below a folder. */
function astroFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return astroFiles(p);
    return e.name.endsWith('.astro') ? [p] : [];
  });
}

/**
 * SHA-256 hashes ("sha256-…") of every executable `<script is:inline>` body in src/**.astro.
 * Astro emits is:inline scripts verbatim, so hashing the source is hashing the page's script;
 * the CSP browser test proves it stays true.
 */
export function inlineScriptHashes(srcDir) {
  const hashes = new Set();
  for (const file of astroFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      if (!/\bis:inline\b/.test(attrs)) continue;
      if (/\bset:html\b|\bsrc=/.test(attrs)) continue;
      const type = /\btype\s*=\s*["']([^"']+)["']/.exec(attrs)?.[1];
      if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // data blocks never run
      hashes.add('sha256-' + createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64'));
    }
  }
  return [...hashes].sort();
}
