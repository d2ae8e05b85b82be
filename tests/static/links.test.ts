// Internal link check over the built site (and the base-path build): every local href, src and
// srcset resolves to a file, every #fragment to an id in the target page.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../site.config.mjs';
import { attr, BUILDS, htmlPages, readPage, requireBuild, urlPathOf, type Build, type Page } from '../support/built-site';

/** Attributes that carry URLs, by element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  form: ['action'],
};

/** URLs in a srcset ("a.png 1x, b.png 2x"). */
function srcsetUrls(v: string): string[] {
  return v.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** A link that points into the site, resolved against the page it is on; undefined when external. */
function localTarget(raw: string, pageUrl: string, base: string): URL | undefined {
  if (/^(mailto|tel|data|blob):/i.test(raw)) return undefined;
  const u = new URL(raw, `${SITE_URL}${pageUrl}`);
  if (u.origin !== SITE_URL) return undefined;
  return u;
}

/** ids (and legacy a[name]) in a page, cached per file. */
function idsOf(b: Build, file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    const page = readPage(b.dir, file);
    ids = new Set(page.elements.flatMap((e) => [attr(e, 'id'), e.name === 'a' ? attr(e, 'name') : undefined]).filter((x): x is string => Boolean(x)));
    cache.set(file, ids);
  }
  return ids;
}

/** Every broken local link in one build, as "page → link: reason". */
function brokenLinks(b: Build): { problems: string[]; checked: number } {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  for (const file of htmlPages(b.dir)) {
    const page: Page = readPage(b.dir, file);
    const pageUrl = urlPathOf(file, b.base);
    for (const el of page.elements) {
      for (const name of URL_ATTRS[el.name] ?? []) {
        const value = attr(el, name);
        if (value === undefined) continue;
        const raws = name === 'srcset' ? srcsetUrls(value) : [value];
        for (const raw of raws) {
          if (/^javascript:/i.test(raw.trim())) {
            problems.push(`${file} → ${raw}: javascript: URL`);
            continue;
          }
          const target = localTarget(raw.trim(), pageUrl, b.base);
          if (!target) continue;
          checked++;
          const path = decodeURIComponent(target.pathname);
          if (!path.startsWith(b.base)) {
            problems.push(`${file} → ${raw}: outside the base path ${b.base}`);
            continue;
          }
          let rel = path.slice(b.base.length);
          if (rel === '' || rel.endsWith('/')) rel += 'index.html';
          const full = join(b.dir, rel);
          if (existsSync(full) && statSync(full).isDirectory()) {
            problems.push(`${file} → ${raw}: directory link without trailing slash`);
            continue;
          }
          if (!existsSync(full)) {
            problems.push(`${file} → ${raw}: no file ${rel}`);
            continue;
          }
          const fragment = decodeURIComponent(target.hash.slice(1));
          if (fragment && rel.endsWith('.html') && !idsOf(b, rel, idCache).has(fragment)) {
            problems.push(`${file} → ${raw}: no id "${fragment}" in ${rel}`);
          }
        }
      }
    }
  }
  return { problems, checked };
}

describe.each(BUILDS)('internal links in $dir (base $base)', (b) => {
  it('every local href, src and srcset resolves, including #fragments', () => {
    requireBuild(b);
    const { problems, checked } = brokenLinks(b);
    expect(problems).toEqual([]);
    // The check really looked at links: every page has navigation, assets and a canonical URL.
    expect(checked).toBeGreaterThan(htmlPages(b.dir).length * 10);
  });
});
