import { citedWork } from '../../citations';
import type { ChartBundle } from '../chart-bundle';
import { absoluteUrl, cardPath, chartFilePath } from '../../lib/routes';
import { CHART_FILES } from '../chart-files';
import { chartJsonLd, type JsonLd } from './json-ld';

/** schema.org ImageObject for a chart page, based on a Dataset of the charted rows with its downloads and sources. */
export function chartPageJsonLd(b: ChartBundle): JsonLd {
  // Each work once (the source and every report), at its own address, never a copy's.
  const works = [...new Map(b.sources.flatMap((s) => [s.source, ...s.reporters.map((r) => r.source)]).map((w) => [w.id, citedWork(w)])).values()];
  const id = b.def.id;
  const pageUrl = b.pageUrl;
  const licence = b.licences.find((l) => l.path)?.path;
  return chartJsonLd({
    title: b.def.title,
    description: `${b.def.dek}. ${b.description.alt}`,
    url: pageUrl,
    imageUrl: absoluteUrl(chartFilePath(id, 'png')),
    thumbnailUrl: absoluteUrl(cardPath(`charts/${id}`)),
    dataset: {
      name: `Data behind “${b.def.title}”`,
      description: `${b.def.dek}. The rows charted, with their sources.`,
      url: pageUrl,
      license: licence,
      downloads: CHART_FILES.filter((f) => f.kind === 'data').map((f) => ({ url: absoluteUrl(chartFilePath(id, f.ext)), format: f.mediaType })),
      citations: works,
    },
  });
}
