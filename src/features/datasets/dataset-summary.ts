import { getResourceDescriptor, getResource, getSource, getResourceNames, sourceShortName, type ResourceDescriptor } from '../../data';

/** What the data pages show about one resource: metadata, row count and its cited sources. */
export interface DatasetSummary {
  name: string;
  descriptor: ResourceDescriptor;
  rowCount: number;
  sourceNames: string[];
  licenseTitles: string[];
}

/** Summaries of every dataset in data/datapackage.json, in package order. */
export function datasetSummaries(): DatasetSummary[] {
  return getResourceNames().map(datasetSummary);
}

/** The summary of one dataset by resource name. */
export function datasetSummary(name: string): DatasetSummary {
  const descriptor = getResourceDescriptor(name);
  const ids = descriptor['x-source-ids'] ?? [];
  return {
    name,
    descriptor,
    rowCount: getResource(name).length,
    sourceNames: [...new Set(ids.map((id) => sourceShortName(getSource(id))))].sort((a, b) => a.localeCompare(b)),
    licenseTitles: descriptor.licenses.map((l) => l.title ?? l.name ?? l.path ?? 'see sources'),
  };
}
