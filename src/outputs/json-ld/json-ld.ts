import type { CitedWork } from '../../citations';
import { SITE_NAME, SITE_URL } from '../../../site.config.mjs';
import { absoluteUrl } from '../../lib/routes';

/** A schema.org JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>` and `&` are escaped so text
 * such as "</script>" inside a title can never end the script element early.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The site's publisher: the site itself, with its icon as logo. */
export function publisherJsonLd(): JsonLd {
  return { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(), logo: { '@type': 'ImageObject', url: absoluteUrl('icon-512.png'), width: 512, height: 512 } };
}

/** A byline name as schema.org: a group byline ("The editors") is an Organization, anything else a Person. */
export function authorJsonLd(name: string): JsonLd {
  return /^the\s/i.test(name) ? { '@type': 'Organization', name, url: absoluteUrl('about/') } : { '@type': 'Person', name };
}

/** A cited work for Article.citation (defined with the one citation path). */
export type { CitedWork } from '../../citations';

/** Input for an Article's structured data. */
export interface ArticleLdInput {
  title: string;
  description: string;
  url: string;
  image: string;
  authors: string[];
  published: Date;
  updated?: Date | undefined;
  tags?: string[] | undefined;
  citations?: CitedWork[] | undefined;
}

/** schema.org Article (headline, authors, dates, image, citations). */
export function articleJsonLd(a: ArticleLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    image: [a.image],
    author: a.authors.map(authorJsonLd),
    publisher: publisherJsonLd(),
    datePublished: a.published.toISOString(),
    dateModified: (a.updated ?? a.published).toISOString(),
    inLanguage: 'en',
    ...(a.tags?.length ? { keywords: a.tags.join(', ') } : {}),
    ...(a.citations?.length
      ? {
          citation: a.citations.map((c) => ({
            '@type': 'CreativeWork',
            name: c.title,
            ...(c.url ? { url: c.url } : {}),
            ...(c.authors?.length ? { author: c.authors.map((a) => ({ '@type': a.organization ? 'Organization' : 'Person', name: a.name })) } : {}),
            ...(c.year ? { datePublished: String(c.year) } : {}),
          })),
        }
      : {}),
  };
}

/** schema.org WebSite for the home page, with the site search as a SearchAction. */
export function websiteJsonLd(description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: absoluteUrl(),
    description,
    inLanguage: 'en',
    publisher: publisherJsonLd(),
    potentialAction: { '@type': 'SearchAction', target: `${absoluteUrl('search/')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
  };
}

/** Host part of the site origin, for cards and labels. */
export const SITE_HOST = new URL(SITE_URL).host;

/** A downloadable file of a dataset (CSV, JSON …). */
export interface DownloadLd {
  url: string;
  format: string;
}

/** Input for a schema.org Dataset (the data page, or one resource of the data package). */
export interface DatasetLdInput {
  name: string;
  description: string;
  url: string;
  license?: string | undefined;
  creators?: string[] | undefined;
  keywords?: string[] | undefined;
  /** Period covered, ISO 8601 interval ("2021-01/2024-06"). */
  temporalCoverage?: string | undefined;
  downloads?: DownloadLd[] | undefined;
  /** Works the data comes from. */
  citations?: CitedWork[] | undefined;
}

/** schema.org Dataset with its downloads as DataDownload distributions. */
export function datasetJsonLd(d: DatasetLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    isAccessibleForFree: true,
    publisher: publisherJsonLd(),
    ...(d.license ? { license: d.license } : {}),
    ...(d.creators?.length ? { creator: d.creators.map(authorJsonLd) } : {}),
    ...(d.keywords?.length ? { keywords: d.keywords } : {}),
    ...(d.temporalCoverage ? { temporalCoverage: d.temporalCoverage } : {}),
    ...(d.downloads?.length ? { distribution: d.downloads.map((f) => ({ '@type': 'DataDownload', contentUrl: f.url, encodingFormat: f.format })) } : {}),
    ...(d.citations?.length ? { citation: d.citations.map((c) => ({ '@type': 'CreativeWork', name: c.title, ...(c.url ? { url: c.url } : {}) })) } : {}),
  };
}

/** Input for a chart page's structured data. */
export interface ChartLdInput {
  title: string;
  description: string;
  /** The chart page. */
  url: string;
  /** The chart's own image file (SVG or PNG). */
  imageUrl: string;
  /** Its social card. */
  thumbnailUrl?: string | undefined;
  /** The data behind it, as a Dataset (see datasetJsonLd). */
  dataset?: DatasetLdInput | undefined;
}

/** schema.org ImageObject for a chart page, linked to the Dataset it draws. */
export function chartJsonLd(c: ChartLdInput): JsonLd {
  const dataset = c.dataset ? datasetJsonLd(c.dataset) : undefined;
  if (dataset) delete dataset['@context'];
  return {
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
    name: c.title,
    description: c.description,
    url: c.url,
    contentUrl: c.imageUrl,
    ...(c.thumbnailUrl ? { thumbnailUrl: c.thumbnailUrl } : {}),
    creditText: SITE_NAME,
    creator: publisherJsonLd(),
    ...(dataset ? { isBasedOn: dataset } : {}),
  };
}
