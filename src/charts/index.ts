// The chart registry: re-exports only, plus the list. Add a chart: see README.md in this folder.
import oliPostingsByOccupation from './oli-postings-by-occupation';

export type { ChartDefinition, ChartRow, ChartColumn, DataSource, Annotation, ChartDescription } from './types';
export { defineChart } from './define-chart';
export { embedSnippet } from './embed-snippet';

/** Every chart, in gallery order. */
export const charts = [oliPostingsByOccupation] as const;
