import { getTypedResource } from '../data';
import { absoluteUrl, chartPagePath } from '../lib/routes';
import { getChart } from '../charts/lookup';
import { chartLicences, chartSources, licenceLine, sourceLine, type ChartLicence, type ChartSource } from './chart-sources';
import type { ChartDefinition, ChartDescription, ChartRow, DataSource } from '../kit/types';
import { chartCsv, chartJson } from './downloads';
import { renderChart, type RenderedChart } from '../kit/render-chart';
import { standaloneSvg } from './standalone';
import type { Drawing } from '../kit/frame';

/** Everything the page, the files and the embed need about one chart, computed once per build. */
export interface ChartBundle extends RenderedChart {
  def: ChartDefinition<ChartRow>;
  description: ChartDescription;
  notes: readonly string[];
  sources: ChartSource[];
  sourceLine: string;
  licences: ChartLicence[];
  licenceLine: string;
  pageUrl: string;
  csv: string;
  json: string;
  /** The downloadable SVG (title, source, licence drawn in; colours resolved). */
  fileSvg: string;
  /** The wide drawing in the file font, unframed: what the file and the social card place. */
  fileDrawing: Drawing;
}

/** The real data, read through the validating loader. */
export const loadedData: DataSource = (name) => getTypedResource(name);

const cache = new Map<string, Promise<ChartBundle>>();

/** Build (once) the bundle for a chart id; an unknown id or bad data throws, naming the chart. */
export function chartBundle(id: string): Promise<ChartBundle> {
  let p = cache.get(id);
  if (!p) {
    p = build(id);
    cache.set(id, p);
  }
  return p;
}

async function build(id: string): Promise<ChartBundle> {
  const def = getChart(id);
  const rendered = await renderChart(def, loadedData);
  const { rows } = rendered;
  const notes = typeof def.notes === 'function' ? def.notes(loadedData, rows) : def.notes;
  const sources = chartSources(def, rows);
  const licences = chartLicences(def);
  const pageUrl = absoluteUrl(chartPagePath(id));
  const meta = { sourceLine: sourceLine(sources), licenceLine: licenceLine(licences), url: pageUrl };
  return {
    ...rendered,
    def,
    description: def.describe(rows, rendered.view),
    notes: def.illustrative ? ['Illustration, not data.', ...notes] : notes,
    sources,
    licences,
    ...meta,
    pageUrl,
    csv: chartCsv(def, rows),
    json: chartJson(def, rows, meta),
    fileDrawing: rendered.file,
    fileSvg: standaloneSvg(rendered.file, { title: def.title, dek: def.dek, source: meta.sourceLine, licence: meta.licenceLine, url: pageUrl }),
  };
}
