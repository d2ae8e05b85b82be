// Static check for resources on other origins: attributes and CSS that make a browser fetch
// something (not plain links, canonical URLs or metadata, which are never requested by themselves).
import { attrsOf, parseDocument, textContent, walkElements } from './html-dom.mjs';

/** <link rel> values that fetch their href. */
const FETCHING_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'prerender']);

/** Element → attributes whose URL the browser fetches. */
const FETCHING_ATTRS = /** @type {Record<string, string[]>} */ ({
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
});

/**
 * The URL's origin when it names one (absolute or protocol-relative), else null.
 * @param {string} ref
 */
function originOf(ref) {
  const r = ref.trim();
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(r)) return null;
  try {
    return new URL(r, 'https://relative.invalid/').origin;
  } catch {
    return r;
  }
}

/** url(...) and @import targets in CSS text. */
export function cssUrls(css) {
  const out = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) out.push((m[2] ?? m[4] ?? '').trim());
  return out;
}

/**
 * Fetching references in CSS text to an origin outside `own`.
 * @param {string} css
 * @param {string[]} own origins that count as the site's own
 */
export function foreignCssRefs(css, own = []) {
  return cssUrls(css).filter((u) => {
    const o = originOf(u);
    return o !== null && !own.includes(o);
  });
}

/**
 * Fetching references in an HTML page to an origin outside `own`, as "tag[attr]=url" lines.
 * @param {string} html
 * @param {string[]} own origins that count as the site's own (e.g. the configured SITE_URL's)
 */
export function foreignResourceRefs(html, own = []) {
  /** @type {string[]} */
  const out = [];
  const check = (/** @type {string} */ where, /** @type {string} */ url) => {
    const o = originOf(url);
    if (o !== null && !own.includes(o)) out.push(`${where}=${url}`);
  };
  walkElements(parseDocument(html), (node) => {
    const name = String(node.tagName).toLowerCase();
    const a = attrsOf(node);
    if (name === 'link') {
      const rels = String(a.rel ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => FETCHING_RELS.has(r)) && a.href) check(`link[rel=${a.rel}]`, a.href);
    }
    for (const attr of FETCHING_ATTRS[name] ?? []) {
      const v = a[attr];
      if (!v) continue;
      // srcset: "url 1x, url 2x"
      const urls = attr === 'srcset' ? String(v).split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [String(v)];
      for (const u of urls) check(`${name}[${attr}]`, u);
    }
    if (a.style) for (const u of foreignCssRefs(String(a.style), own)) out.push(`${name}[style]=${u}`);
    if (name === 'style') {
      const css = textContent(node);
      for (const u of foreignCssRefs(css, own)) out.push(`style=${u}`);
    }
  });
  return out;
}
