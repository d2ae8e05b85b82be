// Bundles the host script (src/features/embed/host/index.ts) into one minified, dependency-free classic script.
// Runs at build time only: the /embed.js endpoint serves the result under a stable, cacheable name.
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Path of the host script's entry, from the project root (Astro and Vitest both run there). */
export const HOST_ENTRY = 'src/features/embed/host/index.ts';

/** The bundled /embed.js source. Deterministic: same input, same bytes (the reproducible-build gate needs it). */
export async function buildHostScript(root = process.cwd()): Promise<string> {
  const out = await build({
    entryPoints: [resolve(root, HOST_ENTRY)],
    bundle: true,
    write: false,
    minify: true,
    // A classic script in an IIFE: hosts paste a plain <script src async>, and nothing leaks to globals.
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`${HOST_ENTRY}: esbuild produced no output`);
  return file.text;
}
