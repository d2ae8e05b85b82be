import { formatValue, type FormatOptions } from './format-value';
import type { Kind, Unit } from './units';

/** The parts of a figure that decide how it prints (a data/figures.csv row has them all). */
export interface FormattableFigure {
  value: number;
  unit: Unit;
  kind: Kind;
  /** Decimals the source wrote the value with. */
  decimals: number;
}

/** Format a figure with its own unit, kind and source precision; `options` override any of them. */
export function formatFigure(figure: FormattableFigure, options: FormatOptions = {}): string {
  return formatValue(figure.value, figure.unit, {
    kind: figure.kind,
    decimals: figure.decimals,
    ...options,
  });
}
