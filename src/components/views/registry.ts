// The charts whose definitions the browser loads to redraw a view (one lazy chunk each). A chart
// not listed here still offers chart/table; its table comes from embed/<id>/full.json.
import type { ChartDefinition, ChartRow } from '../../kit/types';

type Loader = () => Promise<{ default: ChartDefinition<ChartRow> }>;

/** Lazy loaders of the chart definitions that declare `views`, by chart id. */
export const VIEW_CHARTS: Record<string, Loader> = {
  'oli-postings-by-occupation': () => import('../../charts/oli-postings-by-occupation') as unknown as ReturnType<Loader>,
  'exposure-vs-wage': () => import('../../charts/exposure-vs-wage') as unknown as ReturnType<Loader>,
  'fiverr-buyers-vs-spend': () => import('../../charts/fiverr-buyers-vs-spend') as unknown as ReturnType<Loader>,
  'upwork-clients-vs-gsv-per-client': () => import('../../charts/upwork-clients-vs-gsv-per-client') as unknown as ReturnType<Loader>,
};
