// The second, sub-path build that `npm test` makes to prove the site works under a base path
// (as on a GitHub Pages project site). Shared by scripts/test.mjs and the browser tests.

/** Output folder of the base-path build. */
export const BASE_BUILD_DIR = 'dist-base';

/** Base path used for it. */
export const BASE_BUILD_PATH = '/explainer/';
