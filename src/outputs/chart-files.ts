// The one table of a chart's downloadable files (/charts/<id>.<ext>): the downloads list, the chart
// JSON-LD, the oEmbed thumbnail and the file route (src/pages/charts/[file].ts) all read it.
import { chartFilePath } from '../lib/routes';
import type { ChartBundle } from './chart-bundle';
import { standalonePng } from './standalone-png';

/** One downloadable file of a chart. */
export interface ChartFile {
  ext: 'csv' | 'json' | 'svg' | 'png';
  /** Link text in the downloads list. */
  label: string;
  /** Bare media type (JSON-LD `encodingFormat`). */
  mediaType: string;
  /** The HTTP Content-Type the route serves. */
  contentType: string;
  /** "data": the charted rows; "image": the picture. */
  kind: 'data' | 'image';
  /** The file's bytes or text, from the chart's bundle. */
  body: (b: ChartBundle) => string | Uint8Array;
}

/** Every file of a chart, in the order the downloads list shows them. */
export const CHART_FILES: readonly ChartFile[] = [
  { ext: 'csv', label: 'CSV', mediaType: 'text/csv', contentType: 'text/csv; charset=utf-8', kind: 'data', body: (b) => b.csv },
  { ext: 'json', label: 'JSON', mediaType: 'application/json', contentType: 'application/json; charset=utf-8', kind: 'data', body: (b) => b.json },
  // Title, source and licence drawn in; light colours resolved (no CSS variables).
  { ext: 'svg', label: 'SVG', mediaType: 'image/svg+xml', contentType: 'image/svg+xml; charset=utf-8', kind: 'image', body: (b) => b.fileSvg },
  // The standalone SVG rasterised at 2× with the bundled fonts (resvg, no browser).
  { ext: 'png', label: 'PNG', mediaType: 'image/png', contentType: 'image/png', kind: 'image', body: (b) => standalonePng(b.fileSvg) },
];

/** The file entry for an extension; an unknown one throws. */
export function chartFile(ext: string): ChartFile {
  const f = CHART_FILES.find((x) => x.ext === ext);
  if (!f) throw new Error(`No chart file type ".${ext}" (known: ${CHART_FILES.map((x) => x.ext).join(', ')})`);
  return f;
}

/** Site-relative paths of a chart's files, for links. */
export const chartFileLinks = (id: string): { file: ChartFile; path: string }[] => CHART_FILES.map((file) => ({ file, path: chartFilePath(id, file.ext) }));
