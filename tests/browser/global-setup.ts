import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.mjs';
import { ensureChromium } from '../support/chromium.mjs';

/** Serves the built dist/ once for all browser tests and hands the URL and Chromium path to them. */
export default async function setup(project: TestProject) {
  const chromium: string = ensureChromium();
  const server = await serveStatic({ dir: process.env.DIST_DIR ?? 'dist' });
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromium);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
