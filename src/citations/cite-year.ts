import { loadData, type LoadOptions } from '../data';

/**
 * The year our own works (site, articles' data, charts, datasets, explorer) are cited with: the data
 * package's own date (`created` in data/datapackage.json), so every build of one commit cites alike.
 */
export function citeYear(options?: LoadOptions): number {
  const created = loadData(options).package.created;
  if (!created) throw new Error('data/datapackage.json needs "created" (ISO 8601): the cite year of our own works comes from it');
  return new Date(created).getUTCFullYear();
}
