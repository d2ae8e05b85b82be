import { format as d3format } from 'd3-format';
import { decimalsOf, MAX_DECIMALS } from './decimals';
import type { Kind, Unit } from './units';

/** The true minus sign (U+2212), used for every negative number we print. */
export const MINUS = '\u2212';

/** How to print a value: see {@link formatValue}. */
export interface FormatOptions {
  /** "change" values get an explicit "+" when positive; "level" values do not. Default "level". */
  kind?: Kind;
  /** Force the "+" on (or off) for positive values, whatever the kind. */
  signed?: boolean;
  /** Print the magnitude only, for prose that carries the direction ("a 5.2% drop"). */
  abs?: boolean;
  /** Decimals to show. Default: the decimals of the value's source text (a string value),
   *  or of the number's shortest form after float noise is dropped (0.1 + 0.2 → 1 decimal). */
  decimals?: number;
}

const grouped = new Map<number, (n: number) => string>();
function number(n: number, decimals: number): string {
  let f = grouped.get(decimals);
  if (!f) grouped.set(decimals, (f = d3format(`,.${decimals}f`)));
  return f(n);
}

function plural(text: string, singular: string, pluralForm: string): string {
  return text === '1' ? singular : pluralForm;
}

function withUnit(num: string, unit: Unit): { before: string; after: string } {
  switch (unit) {
    case 'percent':
      return { before: '', after: '%' };
    case 'percentage-points':
      return { before: '', after: ' ' + plural(num, 'percentage point', 'percentage points') };
    case 'usd':
      return { before: '$', after: '' };
    case 'usd-million':
      return { before: '$', after: ' million' };
    case 'usd-billion':
      return { before: '$', after: ' billion' };
    case 'million':
      return { before: '', after: ' million' };
    case 'count':
      return { before: '', after: '' };
    case 'index-points':
      return { before: '', after: ' ' + plural(num, 'point', 'points') };
    case 'multiple':
      return { before: '', after: '\u00d7' };
    case 'usd-per-month':
      return { before: '$', after: ' a month' };
    default: {
      const never: never = unit;
      throw new RangeError(`formatValue: unknown unit "${String(never)}"`);
    }
  }
}

/**
 * Format a value with its unit the one way the whole site prints numbers:
 * formatValue("-5.2", "percent", { kind: "change" }) → "−5.2%";
 * formatValue(3.8, "percentage-points", { kind: "change" }) → "+3.8 percentage points";
 * formatValue(1234, "usd") → "$1,234". Pass the source's text (a string) to keep its decimals.
 */
export function formatValue(value: number | string, unit: Unit, options: FormatOptions = {}): string {
  if (typeof value === 'string' && value.trim() === '') throw new RangeError('formatValue: empty value');
  const n = typeof value === 'string' ? Number(value.trim().replace(MINUS, '-')) : value;
  if (!Number.isFinite(n)) throw new RangeError(`formatValue: "${String(value)}" is not a finite number`);
  const decimals =
    options.decimals ?? decimalsOf(typeof value === 'string' ? value : String(Number(value.toPrecision(12))));
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`formatValue: decimals must be an integer 0–${MAX_DECIMALS}, got ${decimals}`);
  }
  const digits = number(Math.abs(n), decimals);
  const isZero = !/[1-9]/.test(digits);
  const signed = options.signed ?? options.kind === 'change';
  const sign = options.abs || isZero ? '' : n < 0 ? MINUS : signed ? '+' : '';
  const { before, after } = withUnit(digits, unit);
  return sign + before + digits + after;
}
