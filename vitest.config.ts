/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run inside Astro's Vite config so `.astro` components render via the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest blanks CSS imports by default; social cards read the theme tokens as text (`tokens.css?raw`).
    css: { include: [/tokens\.css/] },
  },
});
