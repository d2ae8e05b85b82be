// The one place that names the site's public origin and base path.
// Override at build time: SITE_URL=https://example.org BASE_PATH=/explainer npm run build
const rawBase = process.env.BASE_PATH ?? '/';

/** Public origin used for canonical URLs, feeds, oEmbed and embed snippets. */
export const SITE_URL = (process.env.SITE_URL ?? 'https://genai-freelance.example.org').replace(/\/+$/, '');

/** Base path the site is served under ("/" or "/sub/path/"), always with leading and trailing slash. */
export const BASE_PATH = ('/' + rawBase.replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');

/** Site name shown in the header, titles and cards. */
export const SITE_NAME = 'Good Enough? — Generative AI and freelance work';

/** Short site name for tight spaces (header on phones, manifest). */
export const SITE_SHORT_NAME = 'Good Enough?';
