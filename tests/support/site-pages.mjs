// Enumerates the built site's pages: every HTML file in dist/ (outside pagefind/) plus every URL the
// sitemap lists, so the quality gates cover new pages the moment they are built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @typedef {'home' | 'article' | 'chart' | 'embed' | 'notfound' | 'page'} PageKind
 * @typedef {{ path: string, file: string, kind: PageKind }} SitePage
 *   path: URL path relative to the site's base ("" for home, "articles/x/", "404.html");
 *   file: absolute or dist-relative path of the HTML file.
 */

/** Folders in dist/ that hold generated assets, never pages. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

/** Every .html file under dir, as dist-relative POSIX paths, sorted. */
export function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (d === dir && NOT_PAGES.has(name)) continue;
        walk(full);
      } else if (name.endsWith('.html')) {
        out.push(relative(dir, full).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path (relative to base) that serves a dist-relative HTML file. */
export function fileToPath(rel) {
  if (rel === 'index.html') return '';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel;
}

/** The dist-relative HTML file that serves a URL path (relative to base). */
export function pathToFile(path) {
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}/index.html`;
}

/** Classify a page by its route, so budgets and keyboard tests know what to expect of it. */
export function pageKind(path) {
  if (path === '') return 'home';
  if (path === '404.html') return 'notfound';
  if (/^articles\/[^/]+\/$/.test(path)) return 'article';
  if (/^charts\/[^/]+\/$/.test(path)) return 'chart';
  if (/^embed\/[^/]+\/$/.test(path)) return 'embed';
  return 'page';
}

/** URL paths (relative to the site's base) listed in dist/sitemap-index.xml or dist/sitemap.xml, or []. */
export function sitemapPaths(dir, base = '/') {
  const index = ['sitemap-index.xml', 'sitemap.xml'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!index) return [];
  /** @type {string[]} */
  const locs = [];
  /** @param {string} file */
  const read = (file) => {
    const xml = readFileSync(file, 'utf8');
    const found = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
    if (/<sitemapindex[\s>]/.test(xml)) {
      // Child sitemaps live next to the index; only the file name matters here.
      for (const loc of found) {
        const child = join(dir, new URL(loc).pathname.split('/').pop() ?? '');
        if (existsSync(child)) read(child);
      }
    } else locs.push(...found);
  };
  read(index);
  return locs.map((loc) => {
    const p = decodeURIComponent(new URL(loc).pathname);
    return p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '');
  });
}

/**
 * Every page to check: all HTML files in dist/ (which include the embed pages and anything the sitemap
 * leaves out, such as 404.html) and any sitemap URL that maps to a built file.
 * @param {string} dir dist folder
 * @returns {SitePage[]}
 */
export function sitePages(dir = process.env.DIST_DIR ?? 'dist') {
  const files = new Set(htmlFiles(dir));
  for (const p of sitemapPaths(dir)) {
    const f = pathToFile(p);
    if (existsSync(join(dir, f))) files.add(f);
  }
  return [...files].sort().map((rel) => {
    const path = fileToPath(rel);
    return { path, file: join(dir, rel), kind: pageKind(path) };
  });
}
