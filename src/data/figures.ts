import { decimalsOf } from '../lib/format/decimals';
import type { LoadOptions } from './load';
import { didYouMean } from './near-matches';
import { getTable, getTypedResource } from './resources';
import type { FigureRow } from './schemas/figures';

/** A figure: its figures.csv row plus the decimals its value was written with and where it lives. */
export type Figure = FigureRow & {
  /** Decimals in the source text of `value` ("-5.2" → 1), so formatting never invents precision. */
  decimals: number;
  /** The value exactly as written in figures.csv. */
  valueText: string;
  /** Line in figures.csv. */
  line: number;
};

const built = new WeakMap<object, Map<string, Figure>>();

function figureMap(options?: LoadOptions): Map<string, Figure> {
  const table = getTable('figures', options);
  let map = built.get(table);
  if (!map) {
    const valueColumn = table.fields.findIndex((f) => f.name === 'value');
    const rows = getTypedResource('figures', options);
    map = new Map(
      rows.map((row, i) => {
        const valueText = table.records[i]![valueColumn]!;
        return [row.id, { ...row, decimals: decimalsOf(valueText), valueText, line: table.lines[i]! }];
      }),
    );
    built.set(table, map);
  }
  return map;
}

/** Every figure in data/figures.csv, in file order. */
export function getFigures(options?: LoadOptions): Figure[] {
  return [...figureMap(options).values()];
}

/** True when `id` is a figure id in data/figures.csv. */
export function hasFigure(id: string, options?: LoadOptions): boolean {
  return figureMap(options).has(id);
}

/** One figure by id; throws `Unknown figure id "x"` naming near matches. */
export function getFigure(id: string, options?: LoadOptions): Figure {
  const map = figureMap(options);
  const figure = map.get(id);
  if (!figure) throw new Error(`Unknown figure id "${id}"${didYouMean(id, map.keys())}`);
  return figure;
}
