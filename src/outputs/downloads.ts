import { csvFormatRows } from 'd3-dsv';
import type { ChartDefinition, ChartRow } from '../kit/types';

/** The charted rows as CSV: the chart's columns, raw values (no formatting), "\n" line ends. */
export function chartCsv(def: ChartDefinition<ChartRow>, rows: readonly ChartRow[]): string {
  const keys = def.columns.map((c) => c.key);
  return csvFormatRows([keys, ...rows.map((r) => keys.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k]))))]) + '\n';
}

/** The charted rows as JSON, with what they are: id, title, dek, columns, sources and licence lines. */
export function chartJson(def: ChartDefinition<ChartRow>, rows: readonly ChartRow[], meta: { sourceLine: string; licenceLine: string; url: string }): string {
  const keys = def.columns.map((c) => c.key);
  const doc = {
    id: def.id,
    title: def.title,
    dek: def.dek,
    url: meta.url,
    source: meta.sourceLine,
    licence: meta.licenceLine,
    columns: def.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null]))),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
