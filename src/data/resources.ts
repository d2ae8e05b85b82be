import { loadData, type LoadOptions } from './load';
import { didYouMean } from './near-matches';
import type { ResourceDescriptor } from './schemas/package';
import { rowSchemas, type RowOf, type TypedResourceName } from './schemas/registry';
import type { LoadedTable, Row } from './table';

/** The validated table for a resource name; throws `Unknown resource "x"` naming near matches. */
export function getTable(name: string, options?: LoadOptions): LoadedTable {
  const { tables } = loadData(options);
  const table = tables.get(name);
  if (!table) throw new Error(`Unknown resource "${name}"${didYouMean(name, tables.keys())}`);
  return table;
}

/** Names of every resource in the data package, in datapackage order. */
export function getResourceNames(options?: LoadOptions): string[] {
  return [...loadData(options).tables.keys()];
}

/** A resource's descriptor (title, description, fields, licenses, sources). */
export function getResourceDescriptor(name: string, options?: LoadOptions): ResourceDescriptor {
  return getTable(name, options).resource;
}

/** A resource's rows as generic records (values cast by the datapackage schema). */
export function getResource(name: string, options?: LoadOptions): readonly Row[] {
  return getTable(name, options).rows;
}

/** A resource's rows typed by its TypeScript row schema (src/data/schemas/<resource>.ts). */
export function getTypedResource<N extends TypedResourceName>(name: N, options?: LoadOptions): readonly RowOf<N>[] {
  const table = getTable(name, options);
  if (!table.typed) throw new Error(`Resource "${name}" has no typed rows (is ${Object.keys(rowSchemas).join(', ')} registered?)`);
  return table.typed as RowOf<N>[];
}
