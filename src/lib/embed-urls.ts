// Site-relative paths of everything embed-related (pass them to url()/absoluteUrl() from src/lib/routes).

/** The embed page of a chart: "embed/<id>/". */
export const embedPath = (id: string): string => `embed/${id}/`;

/** The oEmbed document of a chart: "oembed/<id>.json". */
export const oembedPath = (id: string): string => `oembed/${id}.json`;

/** The chart's own page, where an embed links back to. */
export const chartPagePath = (id: string): string => `charts/${id}/`;

/** The host script embedding pages load, under a stable name so browsers and CDNs cache it. */
export const HOST_SCRIPT_PATH = 'embed.js';
