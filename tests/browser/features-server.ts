// Serve a build the way a Netlify/Cloudflare Pages host would: with the headers its _headers file
// names for each path, so the browser enforces the header CSP and frame rules as well as the <meta>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../support/static-server.mjs';
import { headersFor, parseHeaders } from '../../src/features/seo/headers-file.mjs';
import type { Build } from '../support/built-site';

/** A running server: its URL (ending in the base path) and how to stop it. */
export interface Served {
  url: string;
  close: () => Promise<unknown>;
}

/** Serve a build with its generated _headers applied to every response. */
export async function serveWithHeaders(b: Build): Promise<Served> {
  const rules = parseHeaders(readFileSync(join(b.dir, '_headers'), 'utf8'));
  // static-server.mjs is untyped JS whose default `headers` infers as `() => {}`; ours takes the path.
  const headers = ((pathname: string) => headersFor(rules, pathname)) as unknown as () => object;
  return serveStatic({ dir: b.dir, base: b.base, headers });
}

/** Serve any folder at "/" (a page from another origin, e.g. one that frames ours). */
export async function serveFolder(dir: string): Promise<Served> {
  return serveStatic({ dir });
}
