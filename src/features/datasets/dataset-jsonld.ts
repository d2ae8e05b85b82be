import { SITE_NAME } from '../../../site.config.mjs';
import { absoluteUrl, dataPagePath, dataFilePath } from '../../lib/routes';
import type { DatasetSummary } from './dataset-summary';

/** schema.org Dataset for a data page, so dataset search engines can find it. */
export function datasetJsonLd(d: DatasetSummary): Record<string, unknown> {
  const license = d.descriptor.licenses.find((l) => l.path)?.path;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.descriptor.title,
    description: d.descriptor.description,
    url: absoluteUrl(dataPagePath(d.name)),
    ...(license ? { license } : {}),
    creator: { '@type': 'Organization', name: SITE_NAME },
    isBasedOn: (d.descriptor.sources ?? []).filter((s) => s.path).map((s) => s.path),
    variableMeasured: d.descriptor.schema.fields.map((f) => ({
      '@type': 'PropertyValue',
      name: f.name,
      description: f.description,
      ...(f.unit ? { unitText: f.unit } : {}),
    })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(dataFilePath(d.name, 'csv')) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(dataFilePath(d.name, 'json')) },
    ],
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no value can close the tag. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
