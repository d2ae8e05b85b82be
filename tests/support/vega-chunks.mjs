// Finds the built chunks that carry vega's runtime (its spec parser or its View), by content: chunk
// names are hashed and may change, but these error messages survive minification.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Strings from vega-parser (parse) and vega-view (View); one of them marks a runtime chunk. */
export const VEGA_SIGNATURES = Object.freeze([
  'Duplicate signal name: ', // vega-parser: parse(spec)
  'Unrecognized transform type: ', // vega-parser
  'Unrecognized renderer type: ', // vega-view: new View(...).renderer(...)
]);

/** True when JS source contains vega's parser or View. */
export function isVegaRuntime(source) {
  return VEGA_SIGNATURES.some((s) => source.includes(s));
}

/**
 * Dist-relative paths of every JS file in dist/ that contains vega's runtime (pagefind/ excluded).
 * @param {string} distDir
 * @returns {string[]}
 */
export function vegaChunks(distDir) {
  const dir = join(distDir, '_astro');
  if (!existsSync(dir)) return [];
  /** @type {string[]} */
  const out = [];
  /** @param {string} d @param {string} rel */
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else if (/\.m?js$/.test(e.name) && isVegaRuntime(readFileSync(join(d, e.name), 'utf8'))) out.push(r);
    }
  };
  walk(dir, '_astro');
  return out.sort();
}
