import type { ChartBundle } from '../../render/chart-bundle';
import { absoluteUrl } from '../paths';
import { cardPath } from './cards';
import { chartJsonLd, type CitedWork, type JsonLd } from './json-ld';

/** schema.org ImageObject for a chart page, based on a Dataset of the charted rows with its downloads and sources. */
export function chartPageJsonLd(b: ChartBundle, works: readonly CitedWork[]): JsonLd {
  const id = b.def.id;
  const pageUrl = b.pageUrl;
  const licence = b.licences.find((l) => l.path)?.path;
  return chartJsonLd({
    title: b.def.title,
    description: `${b.def.dek}. ${b.description.alt}`,
    url: pageUrl,
    imageUrl: absoluteUrl(`charts/${id}.png`),
    thumbnailUrl: absoluteUrl(cardPath(`charts/${id}`)),
    dataset: {
      name: `Data behind “${b.def.title}”`,
      description: `${b.def.dek}. The rows charted, with their sources.`,
      url: pageUrl,
      license: licence,
      downloads: [
        { url: absoluteUrl(`charts/${id}.csv`), format: 'text/csv' },
        { url: absoluteUrl(`charts/${id}.json`), format: 'application/json' },
      ],
      citations: [...works],
    },
  });
}
