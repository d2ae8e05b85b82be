// Byte weight of a built page: HTML, CSS and the JavaScript a browser loads before any interaction
// (module scripts in the HTML + their static import graph + inline scripts). Dynamic import() chunks
// are loaded on intent or visibility, so they are not counted. Sizes are gzip -9, never time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attrsOf, parseDocument, textContent, walkElements } from './html-dom.mjs';
import { init as lexerInit, parse as parseJs } from 'es-module-lexer';

/** Bytes of `data` after gzip at level 9. */
export function gzipSize(data) {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

/** Script types that execute as JavaScript (data blocks such as JSON or JSON-LD do not). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * @typedef {{ src: string, module: boolean }} ScriptRef
 * @typedef {{ scripts: ScriptRef[], inlineScripts: string[], modulePreloads: string[],
 *   stylesheets: string[], inlineStyles: string[] }} HtmlRefs
 */

/**
 * What a page's HTML asks the browser to load before interaction.
 * @param {string} html
 * @returns {HtmlRefs}
 */
export function htmlRefs(html) {
  /** @type {HtmlRefs} */
  const refs = { scripts: [], inlineScripts: [], modulePreloads: [], stylesheets: [], inlineStyles: [] };
  walkElements(parseDocument(html), (el) => {
    const a = attrsOf(el);
    const name = el.tagName;
    // Inline SVG may hold <script>/<style>; both execute or apply exactly like HTML ones.
    if (name === 'script') {
      const type = String(a.type ?? '').toLowerCase().trim();
      if (!JS_TYPES.has(type)) return;
      if (a.src) refs.scripts.push({ src: a.src, module: type === 'module' });
      else refs.inlineScripts.push(textContent(el));
    } else if (name === 'style') {
      refs.inlineStyles.push(textContent(el));
    } else if (name === 'link' && a.href) {
      const rel = String(a.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet')) refs.stylesheets.push(a.href);
      if (rel.includes('modulepreload')) refs.modulePreloads.push(a.href);
    }
  });
  return refs;
}

/**
 * Map a URL found in a page (or a chunk) to a file in dist/, or null for other origins and data: URLs.
 * @param {string} distDir
 * @param {string} fromFile dist-relative POSIX path of the referring file
 * @param {string} ref the URL as written
 * @param {string} base the site's base path ("/" or "/sub/")
 */
export function resolveRef(distDir, fromFile, ref, base = '/') {
  if (/^(data|blob|javascript):/i.test(ref)) return null;
  const u = new URL(ref, `http://site.invalid/${fromFile}`);
  if (u.origin !== 'http://site.invalid') return null;
  let p = decodeURIComponent(u.pathname);
  const b = base.endsWith('/') ? base : `${base}/`;
  // Absolute references carry the base path; relative ones were resolved against the file itself.
  if (ref.startsWith('/') && b !== '/' && p.startsWith(b)) p = `/${p.slice(b.length)}`;
  const rel = p.replace(/^\/+/, '');
  return existsSync(join(distDir, rel)) ? rel : null;
}

/**
 * Every JS file reached from `entries` by static import/export-from (not import()), entries included.
 * @param {string} distDir
 * @param {string[]} entries dist-relative paths
 * @param {string} base
 * @returns {Promise<string[]>} dist-relative paths, in discovery order
 */
export async function staticImportGraph(distDir, entries, base = '/') {
  await lexerInit;
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    const [imports] = parseJs(readFileSync(join(distDir, file), 'utf8'));
    for (const imp of imports) {
      // d === -1: a static import or export-from; -2 is import.meta; >= 0 is a dynamic import().
      if (imp.d !== -1 || !imp.n) continue;
      const target = resolveRef(distDir, file, imp.n, base);
      if (target) queue.push(target);
      else throw new Error(`${file}: static import "${imp.n}" does not resolve to a file in ${distDir}`);
    }
  }
  return [...seen];
}

/**
 * @typedef {{ raw: number, gzip: number }} Size
 * @typedef {{ file: string, raw: number, gzip: number }} FileSize
 * @typedef {{ page: string, html: Size, css: Size & { files: FileSize[] }, js: Size & { files: FileSize[], inline: Size },
 *   embedTotalGzip: number }} PageWeight
 */

/** Raw and gzip size of one file in dist/. */
function fileSize(distDir, rel) {
  const buf = readFileSync(join(distDir, rel));
  return { file: rel, raw: buf.length, gzip: gzipSize(buf) };
}

/** Sum of sizes. */
function sum(items) {
  return items.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
}

/**
 * Weigh one built page.
 * @param {string} distDir
 * @param {string} htmlFile dist-relative POSIX path, e.g. "articles/x/index.html"
 * @param {string} base the site's base path
 * @returns {Promise<PageWeight>}
 */
export async function pageWeight(distDir, htmlFile, base = '/') {
  const htmlBuf = readFileSync(join(distDir, htmlFile));
  const refs = htmlRefs(htmlBuf.toString('utf8'));
  const resolveAll = (/** @type {string[]} */ list) =>
    list.map((r) => resolveRef(distDir, htmlFile, r, base)).filter((f) => f !== null);

  // Classic external scripts do not import; module scripts and modulepreloads pull in their graphs.
  const classic = resolveAll(refs.scripts.filter((s) => !s.module).map((s) => s.src));
  const moduleEntries = resolveAll([...refs.scripts.filter((s) => s.module).map((s) => s.src), ...refs.modulePreloads]);
  // Inline module scripts may import chunks too.
  await lexerInit;
  for (const code of refs.inlineScripts) {
    for (const imp of parseJs(code)[0]) {
      if (imp.d !== -1 || !imp.n) continue;
      const t = resolveRef(distDir, htmlFile, imp.n, base);
      if (t) moduleEntries.push(t);
    }
  }
  const jsFiles = [...new Set([...classic, ...(await staticImportGraph(distDir, moduleEntries, base))])];
  const jsFileSizes = jsFiles.map((f) => fileSize(distDir, f));
  const inlineJs = refs.inlineScripts.join('\n');
  const inline = { raw: Buffer.byteLength(inlineJs), gzip: inlineJs ? gzipSize(inlineJs) : 0 };

  const cssFileSizes = [...new Set(resolveAll(refs.stylesheets))].map((f) => fileSize(distDir, f));
  const inlineCss = refs.inlineStyles.join('\n');
  const cssInline = { raw: Buffer.byteLength(inlineCss), gzip: inlineCss ? gzipSize(inlineCss) : 0 };

  const html = { raw: htmlBuf.length, gzip: gzipSize(htmlBuf) };
  const jsExternal = sum(jsFileSizes);
  const cssExternal = sum(cssFileSizes);
  return {
    page: htmlFile,
    html,
    js: { raw: jsExternal.raw + inline.raw, gzip: jsExternal.gzip + inline.gzip, files: jsFileSizes, inline },
    css: { raw: cssExternal.raw + cssInline.raw, gzip: cssExternal.gzip + cssInline.gzip, files: cssFileSizes },
    // Inline scripts and styles travel inside the HTML, so the embed total counts them once, there.
    embedTotalGzip: html.gzip + cssExternal.gzip + jsExternal.gzip,
  };
}

/** Budgets in bytes (gzip), from ../shared/DESIGN.md. */
export const BUDGETS = Object.freeze({
  // DESIGN.md: JS loaded before interaction, per article page (gzip) ≤ 8 KB.
  articleJs: 8 * 1024,
  embedTotal: 20 * 1024,
  cssPerPage: 20 * 1024,
  // Issue #15: phones parse every byte before they scroll; articles and chart pages alike.
  htmlPerPage: 40 * 1024,
  // Issue #16: JS a view change loads for a d3 chart (the views client + the chart's definition).
  viewChangeD3: 30 * 1024,
});

/**
 * Budget breaches of one page, as human-readable lines (empty when within budget).
 * @param {PageWeight} w
 * @param {string} kind page kind from site-pages.mjs
 * @param {typeof BUDGETS} budgets
 */
export function budgetBreaches(w, kind, budgets = BUDGETS) {
  /** @type {string[]} */
  const out = [];
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
  if (kind === 'article' && w.js.gzip > budgets.articleJs)
    out.push(`${w.page}: JS before interaction ${kb(w.js.gzip)} gzip > ${kb(budgets.articleJs)} (${w.js.files.map((f) => f.file).join(', ') || 'inline only'})`);
  if (kind === 'embed' && w.embedTotalGzip > budgets.embedTotal)
    out.push(`${w.page}: embed HTML+CSS+JS ${kb(w.embedTotalGzip)} gzip > ${kb(budgets.embedTotal)}`);
  if ((kind === 'article' || kind === 'chart') && w.html.gzip > budgets.htmlPerPage)
    out.push(`${w.page}: HTML ${kb(w.html.gzip)} gzip > ${kb(budgets.htmlPerPage)}`);
  if (w.css.gzip > budgets.cssPerPage)
    out.push(`${w.page}: CSS ${kb(w.css.gzip)} gzip > ${kb(budgets.cssPerPage)} (${w.css.files.map((f) => f.file).join(', ')})`);
  return out;
}
