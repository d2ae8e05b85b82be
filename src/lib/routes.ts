// Every URL of the site, built in one place: url()/absoluteUrl() turn the site-relative paths below
// into links under the configured base path or on the public origin. Import nothing else of src/.
import { BASE_PATH, SITE_URL } from '../../site.config.mjs';

/** Prefix a site-relative path ("charts/x/") with the configured base path. */
export function url(path = ''): string {
  return BASE_PATH + path.replace(/^\/+/, '');
}

/** Absolute URL on the public origin, for canonical links, feeds, snippets and cards. */
export function absoluteUrl(path = ''): string {
  return SITE_URL + url(path);
}

/** The chart's own page: "charts/<id>/" (the permalink, where an embed links back to). */
export const chartPagePath = (id: string): string => `charts/${id}/`;

/** A chart's downloadable file: "charts/<id>.<ext>" (the extensions are in src/outputs/chart-files.ts). */
export const chartFilePath = (id: string, ext: string): string => `charts/${id}.${ext}`;

/** A chart's compiled vega spec for the browser runtime: "charts/runtime/<id>-<variant>.json". */
export const runtimeSpecPath = (id: string, variant: string): string => `charts/runtime/${id}-${variant}.json`;

/** The embed page of a chart: "embed/<id>/". */
export const embedPath = (id: string): string => `embed/${id}/`;

/** What an embed's first paint leaves out, fetched on interaction: "embed/<id>/full.json". */
export const embedFullPath = (id: string): string => `${embedPath(id)}full.json`;

/** Every row of a chart with view choices, for the browser's views client: "charts/views/<id>.json". */
export const chartViewDataPath = (id: string): string => `charts/views/${id}.json`;

/** The glyph-width table a browser redraw measures text with (the same one the build uses). */
export const GLYPH_WIDTHS_PATH = 'fonts/glyph-widths.json';

/** The oEmbed document of a chart: "oembed/<id>.json". */
export const oembedPath = (id: string): string => `oembed/${id}.json`;

/** The host script embedding pages load, under a stable name so browsers and CDNs cache it. */
export const HOST_SCRIPT_PATH = 'embed.js';

/** A dataset's page: "data/<name>/". */
export const dataPagePath = (name: string): string => `data/${name}/`;

/** A dataset's file: "data/<name>.<ext>" (csv, or json with field metadata). */
export const dataFilePath = (name: string, ext: 'csv' | 'json'): string => `data/${name}.${ext}`;

/** Site-relative path of a social card by key ("site", "articles/<slug>", "charts/<id>"). */
export function cardPath(key: string): string {
  return `og/${key}.png`;
}
