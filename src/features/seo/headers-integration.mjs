// Writes dist/_headers after the build, from the pages actually built: each page gets the same CSP
// its <meta> carries plus `frame-ancestors` (which only works as a header); embed pages stay
// frameable by any site, every other page may not be framed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeaders } from './headers-file.mjs';

/** Headers for every response. */
export const COMMON_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
};

/** Hashed build assets never change under the same name. */
export const IMMUTABLE = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/** The embed host script keeps one name on every site that pastes a snippet: cached, and revalidated daily. */
export const HOST_SCRIPT_CACHE = { 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' };

/** All .html files below dir. */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Decode the few entities Astro uses in attribute values. */
function decodeAttr(s) {
  return s.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The CSP a built page declares in its <meta http-equiv>, or undefined. */
export function metaCsp(html) {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent=(["'])([\s\S]*?)\1/i.exec(tag)?.[2];
  return content ? decodeAttr(content).trim() : undefined;
}

/** A policy with `frame-ancestors` added (after removing any it had). */
export function withFrameAncestors(policy, sources) {
  const parts = policy.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors'));
  return [...parts, `frame-ancestors ${sources}`].join('; ');
}

/** URL path of a built HTML file ("articles/x/index.html" → "<base>articles/x/"). */
export function urlPathOf(file, base) {
  const rel = file.split(sep).join('/');
  return base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

/**
 * Build the _headers rules for a built site.
 * @param {{ dir: string, base: string }} opts  dir: the output folder; base: the site's base path ("/" or "/sub/")
 */
export function headerRules({ dir, base }) {
  const pages = htmlFiles(dir).map((file) => {
    const path = urlPathOf(relative(dir, file), base);
    // A hand-written HTML file from public/ has no Astro policy: it still may not be framed.
    const csp = metaCsp(readFileSync(file, 'utf8')) ?? '';
    return { path, csp };
  });
  const embedPrefix = `${base}embed/`;
  const embeds = pages.filter((p) => p.path.startsWith(embedPrefix));
  const others = pages.filter((p) => !p.path.startsWith(embedPrefix));
  const embedPolicies = new Set(embeds.map((p) => p.csp).filter(Boolean));
  if (embedPolicies.size > 1) throw new Error('_headers: embed pages declare different CSPs; one /embed/* rule cannot carry them');
  const home = pages.find((p) => p.path === base) ?? pages[0];
  const embedCsp = [...embedPolicies][0] ?? home?.csp ?? '';
  return [
    { path: '/*', headers: COMMON_HEADERS },
    { path: `${base}_astro/*`, headers: IMMUTABLE },
    { path: `${base}embed.js`, headers: HOST_SCRIPT_CACHE },
    // Embeds: any site may frame them (no X-Frame-Options, frame-ancestors *).
    { path: `${embedPrefix}*`, headers: { 'Content-Security-Policy': withFrameAncestors(embedCsp, '*') } },
    // Every other page: its own policy, and no framing by anyone.
    ...others
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((p) => ({ path: p.path, headers: { 'Content-Security-Policy': withFrameAncestors(p.csp, "'none'"), 'X-Frame-Options': 'DENY' } })),
  ];
}

/** Astro integration: write `_headers` into the output folder when the build is done. */
export function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const rules = headerRules({ dir: out, base });
        writeFileSync(join(out, '_headers'), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
