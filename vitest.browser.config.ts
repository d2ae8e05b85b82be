import { defineConfig } from 'vitest/config';

// Browser tests: run against the built dist/ in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One test file at a time, all on the one Chromium the global setup starts (two cores, one server).
    fileParallelism: false,
    // Inside a file, page walks marked concurrent visit a few pages at once: most of a visit is waiting
    // for the network to go quiet, and more would only queue on two cores.
    maxConcurrency: 3,
  },
});
