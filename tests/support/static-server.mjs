// A tiny static file server for dist/ (tests and bench only): serves one folder under a base path,
// with the right content types, directory index files and the site's 404 page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** Resolve a request path to a file inside root, or null when outside or missing. */
async function resolveFile(root, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/** Types a static host would compress on the fly. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest))|image\/svg/;

/**
 * Serve `dir` at http://127.0.0.1:<port><base>. Resolves to { url, close }.
 * `headers(pathname)` may add response headers (used to emulate a host's _headers file).
 * `compress: true` gzips text responses (level 9) when the client accepts it, like a real host (bench).
 */
export async function serveStatic({ dir, port = 0, base = '/', headers = () => ({}), compress = false }) {
  const root = resolve(dir);
  /** @type {Map<string, Buffer>} gzip bodies by file, so repeated loads cost no CPU in measurements */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under base');
      return;
    }
    const rel = '/' + pathname.slice(base.length);
    const file = await resolveFile(root, rel);
    if (!file) {
      const notFound = await resolveFile(root, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(notFound ? await readFile(notFound) : 'not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = await readFile(file);
    /** @type {Record<string, string>} */
    const extra = {};
    if (compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipped.get(file) ?? gzipSync(body, { level: 9 });
      gzipped.set(file, body);
      extra['content-encoding'] = 'gzip';
      extra.vary = 'accept-encoding';
    }
    res.writeHead(200, { 'content-type': type, ...extra, ...headers(pathname) });
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    port: actualPort,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
