// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriCheckFigures } from './src/mdx/satteri-check-figures.ts';
import { SITE_URL, BASE_PATH } from './site.config.mjs';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Astro 7's default Markdown processor is Sätteri; this plugin stops the build on an unknown <Stat id>.
  markdown: { processor: satteri({ mdastPlugins: [satteriCheckFigures()] }) },
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
