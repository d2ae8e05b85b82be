import { csvFormatRows } from 'd3-dsv';
import type { LoadOptions } from './load';
import { getTable } from './resources';

/** A resource as CSV text, exactly the validated cells under the schema header, "\n" line ends. */
export function resourceToCsv(name: string, options?: LoadOptions): string {
  const table = getTable(name, options);
  return csvFormatRows([table.fields.map((f) => f.name), ...table.records]) + '\n';
}

/** A resource as JSON text: its metadata (title, licence, sources, fields) and typed rows, keys in schema order. */
export function resourceToJson(name: string, options?: LoadOptions): string {
  const { resource, fields, rows } = getTable(name, options);
  const doc = {
    name: resource.name,
    title: resource.title,
    description: resource.description,
    licenses: resource.licenses,
    sources: resource.sources,
    sourceIds: resource['x-source-ids'] ?? [],
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title,
      description: f.description,
      ...(f.unit === undefined ? {} : { unit: f.unit }),
    })),
    rows: rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? null]))),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
