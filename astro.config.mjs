// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriCheckFigures } from './src/mdx/satteri-check-figures.ts';
import { satteriCitations } from './src/mdx/satteri-cite.ts';
import { SITE_URL, BASE_PATH } from './site.config.mjs';
import { CSP_DIRECTIVES, CSP_STYLE_RESOURCES, inlineScriptHashes } from './src/features/seo/csp.mjs';
import { securityHeaders } from './src/features/seo/headers-integration.mjs';
import { ownD3Copy } from './scripts/vite/own-d3-copy.mjs';

/** Pages that are not for search engines: bare embed views and test harnesses. */
const NOT_IN_SITEMAP = /\/(embed|embed-test|search)\/|\/404\/?$/;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !NOT_IN_SITEMAP.test(new URL(page).pathname) }), securityHeaders()],
  // Astro 7's default Markdown processor is Sätteri; these plugins stop the build on an unknown
  // <Stat id> (figures.csv) or <Cite id> (sources.json), and number the citations.
  markdown: { processor: satteri({ mdastPlugins: [satteriCheckFigures(), satteriCitations()] }) },
  // Prefetch and dev toolbar add client JS we do not want on reading pages.
  devToolbar: { enabled: false },
  security: {
    // Astro writes a CSP <meta> on every page with hashes of its own scripts; is:inline scripts
    // (the theme init) are hashed from source here. No 'unsafe-inline' for scripts, ever.
    csp: {
      algorithm: 'SHA-256',
      directives: /** @type {any} */ (CSP_DIRECTIVES),
      scriptDirective: { hashes: /** @type {any} */ (inlineScriptHashes(new URL('./src', import.meta.url).pathname)) },
      styleDirective: { resources: CSP_STYLE_RESOURCES },
    },
  },
  vite: {
    plugins: [tailwindcss(), ownD3Copy()],
    build: {
      // vega's runtime is one large lazy chunk by design; warn only above it.
      chunkSizeWarningLimit: 700,
    },
  },
});
