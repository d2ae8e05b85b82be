// Helpers for tests that read the built site: find pages, parse them with a spec-compliant HTML
// parser (parse5: attribute values may hold "<", which simpler parsers get wrong), map URLs to files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { BASE_BUILD_DIR, BASE_BUILD_PATH } from './base-build.mjs';
import { SITE_URL } from '../../site.config.mjs';

/** A built site: its folder and the base path it was built for. */
export interface Build {
  dir: string;
  base: string;
}

/** The default build and the base-path build `npm test` makes. */
export const BUILDS: Build[] = [
  { dir: process.env.DIST_DIR ?? 'dist', base: '/' },
  { dir: BASE_BUILD_DIR, base: BASE_BUILD_PATH },
];

/** Fail clearly when a build is missing (the tests never build on their own). */
export function requireBuild(b: Build): void {
  if (!existsSync(join(b.dir, 'index.html'))) throw new Error(`${b.dir}/ is missing: run \`npm test\` (it builds dist/ and ${BASE_BUILD_DIR}/)`);
}

/** Every file below dir, as paths relative to it with "/" separators. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Every HTML page of a build, relative paths. */
export function htmlPages(dir: string): string[] {
  return filesIn(dir).filter((f) => f.endsWith('.html')).sort();
}

/** URL path of a page file under a base ("articles/x/index.html" → "/base/articles/x/"). */
export function urlPathOf(file: string, base: string): string {
  return base + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** One element of a parsed page: tag name, decoded attributes, parent element. */
export interface El {
  name: string;
  attributes: Record<string, string>;
  parent: El | undefined;
  node: T.Element;
}

/** A parsed page: its elements in document order. */
export interface Page {
  file: string;
  html: string;
  elements: El[];
}

const parsed = new Map<string, Page>();

/** Parse one built page (once per test file: several checks read the same pages). */
export function readPage(dir: string, file: string): Page {
  const key = join(dir, file);
  let page = parsed.get(key);
  if (!page) parsed.set(key, (page = parsePage(dir, file)));
  return page;
}

/** Parse one built page from disk. */
function parsePage(dir: string, file: string): Page {
  const html = readFileSync(join(dir, file), 'utf8');
  const elements: El[] = [];
  const visit = (node: T.ParentNode, parent: El | undefined) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const el: El = { name: child.tagName, attributes: Object.fromEntries(child.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value])), parent, node: child };
      elements.push(el);
      visit(child.tagName === 'template' ? (child as T.Template).content : child, el);
    }
  };
  visit(parse(html), undefined);
  return { file, html, elements };
}

/** An attribute value (parse5 has already decoded character references). */
export function attr(el: El, name: string): string | undefined {
  return el.attributes[name];
}

/** Text inside an element (raw text for script/style). */
export function textOf(el: El | T.Element): string {
  const node = 'node' in el ? el.node : el;
  return node.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? textOf(c) : '')).join('');
}

/** `<meta property|name=… content=…>` value. */
export function meta(page: Page, key: string): string | undefined {
  const el = page.elements.find((e) => e.name === 'meta' && (e.attributes.property === key || e.attributes.name === key));
  return el ? attr(el, 'content') : undefined;
}

/** The file a public absolute URL on this site points to, or undefined when it is off-site. */
export function fileForAbsoluteUrl(url: string, b: Build): string | undefined {
  const prefix = SITE_URL + b.base;
  if (!url.startsWith(prefix)) return undefined;
  const rel = decodeURIComponent(new URL(url).pathname).slice(b.base.length);
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** Width and height of a PNG from its IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
