import { loadData, type LoadOptions } from './load';
import { didYouMean } from './near-matches';
import type { Source } from './schemas/source';

/** Every entry of data/sources.json, in file order. */
export function getSources(options?: LoadOptions): readonly Source[] {
  return loadData(options).sources;
}

/** One source by id; throws `Unknown source id "x"` naming near matches. */
export function getSource(id: string, options?: LoadOptions): Source {
  const { sourcesById } = loadData(options);
  const source = sourcesById.get(id);
  if (!source) throw new Error(`Unknown source id "${id}"${didYouMean(id, sourcesById.keys())}`);
  return source;
}
