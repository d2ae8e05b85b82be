import { BASE_PATH, SITE_URL } from '../../site.config.mjs';

/** Prefix a site-relative path ("charts/x/") with the configured base path. */
export function url(path = ''): string {
  return BASE_PATH + path.replace(/^\/+/, '');
}

/** Absolute URL on the public origin, for canonical links, feeds, snippets and cards. */
export function absoluteUrl(path = ''): string {
  return SITE_URL + url(path);
}

/** Site-relative path of a social card by key ("site", "articles/<slug>", "charts/<id>"). */
export function cardPath(key: string): string {
  return `og/${key}.png`;
}
