import { defineConfig } from 'vitest/config';

// Browser tests: run against the built dist/ in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machines have two cores and tests share the server.
    fileParallelism: false,
  },
});
