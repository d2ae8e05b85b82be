import { defineConfig } from 'vitest/config';

// Static checks of the built site (dist/ and dist-base/): links, byte budgets, SEO, CSP and headers,
// privacy, oEmbed, reproducibility. They read files and need no browser or server: `npm run test:fast`.
export default defineConfig({
  test: {
    include: ['tests/static/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
