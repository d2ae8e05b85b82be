// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { SITE_URL, BASE_PATH } from './site.config.mjs';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Prefetch and dev toolbar add client JS we do not want on reading pages.
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // vega's runtime is one large lazy chunk by design; warn only above it.
      chunkSizeWarningLimit: 700,
    },
  },
});
