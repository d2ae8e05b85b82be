import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { serveStatic } from '../support/static-server.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.mjs';

/**
 * Serves the built dist/ once for all browser tests, and starts one Chromium they all connect to
 * (one launch instead of one per test file); hands both addresses to the tests.
 */
export default async function setup(project: TestProject) {
  const chromiumPath: string = ensureChromium();
  const server = await serveStatic({ dir: process.env.DIST_DIR ?? 'dist' });
  const browserServer = await chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('browserWsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    browserWsEndpoint: string;
  }
}
