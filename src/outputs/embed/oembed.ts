// oEmbed 1.0 "rich" documents (https://oembed.com/#section2.3), one static JSON file per chart.

/** An oEmbed rich response. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  cache_age?: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** Inputs of an oEmbed document. */
export interface OEmbedInput {
  title: string;
  /** The embed snippet. */
  html: string;
  /** Width (px) the chart is designed for; the snippet itself fills its container. */
  width: number;
  /** The snippet's fallback height (px). */
  height: number;
  providerName: string;
  providerUrl: string;
  thumbnail?: { url: string; width: number; height: number } | undefined;
}

/** One day: consumers may cache the document this long (charts change only when the data does). */
export const OEMBED_CACHE_AGE = 86_400;

/** Build the oEmbed document; sizes must be positive whole pixels, as the spec requires. */
export function oembedDoc(i: OEmbedInput): OEmbedRich {
  for (const [k, v] of [['width', i.width], ['height', i.height]] as const) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`oEmbed "${i.title}": ${k} must be a positive whole number, got ${v}`);
  }
  const doc: OEmbedRich = {
    version: '1.0',
    type: 'rich',
    title: i.title,
    html: i.html,
    width: i.width,
    height: i.height,
    provider_name: i.providerName,
    provider_url: i.providerUrl,
    cache_age: OEMBED_CACHE_AGE,
  };
  if (i.thumbnail) {
    doc.thumbnail_url = i.thumbnail.url;
    doc.thumbnail_width = Math.round(i.thumbnail.width);
    doc.thumbnail_height = Math.round(i.thumbnail.height);
  }
  return doc;
}
