import type { CellValue } from './csv/cast';
import type { FieldDescriptor, ResourceDescriptor } from './schemas/package';

/** A row keyed by field name, values cast to their field types (missing → null). */
export type Row = Record<string, CellValue>;

/** One validated CSV resource: descriptor, typed rows, and the text cells they came from. */
export interface LoadedTable {
  /** The resource descriptor from datapackage.json. */
  resource: ResourceDescriptor;
  /** The CSV path as error messages show it (relative to the project root). */
  file: string;
  /** Schema fields, in column order. */
  fields: FieldDescriptor[];
  /** Typed rows, in file order. */
  rows: Row[];
  /** The cells as written, in file order (for downloads and source precision). */
  records: string[][];
  /** Physical line of each row (header = 1). */
  lines: number[];
  /** Rows parsed by the resource's TypeScript row schema, when it has one. */
  typed?: unknown[];
}
