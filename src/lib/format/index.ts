export { UNITS, KINDS, unitLabel, isUnit, type Unit, type Kind } from './units';
export { decimalsOf, MAX_DECIMALS } from './decimals';
export { formatValue, MINUS, type FormatOptions } from './format-value';
export { formatFigure, type FormattableFigure } from './format-figure';
