/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Test files that vi.mock a module: they need a module graph of their own (see `isolate` below). */
const MOCKING = ['tests/unit/hostile/components.test.ts'];

// Unit tests run inside Astro's Vite config so `.astro` components render via the Container API.
export default getViteConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // Vitest blanks CSS imports by default; social cards read the theme tokens as text (`tokens.css?raw`).
    css: { include: [/tokens\.css/] },
    projects: [
      {
        extends: true,
        // Files of a worker share their modules (the data, the chart registry, the renders): loading them
        // once per worker instead of once per file takes the unit run from about 32 s to 11 s. A test that
        // vi.mocks a module cannot share them (the mock would miss modules another file loaded): MOCKING.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: 'unit (own modules)', include: MOCKING } },
    ],
  },
});
