import { SITE_SHORT_NAME } from '../../../site.config.mjs';
import { absoluteUrl, dataPagePath } from '../../lib/routes';
import type { DatasetSummary } from './dataset-summary';

/** How to cite a dataset: our compilation, its page, and the original sources that must be credited too. */
export function datasetCitation(d: DatasetSummary, year: number): string {
  const sources = d.sourceNames.length > 0 ? ` Original sources: ${d.sourceNames.join('; ')}.` : '';
  return `${SITE_SHORT_NAME} (${year}). ${d.descriptor.title} [Data set]. ${absoluteUrl(dataPagePath(d.name))}.${sources}`;
}
