const NUMBER_TEXT = /^[+\-\u2212]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;

/** Most decimals formatting will ever show, so float noise (0.1 + 0.2) cannot leak into text. */
export const MAX_DECIMALS = 6;

/**
 * Decimals a number is written with in its source text: "-5.2" → 1, "-2" → 0, "30.37" → 2,
 * "4.10" → 2 (a trailing zero is precision the source stated). Throws on text that is not a number.
 */
export function decimalsOf(text: string): number {
  const m = NUMBER_TEXT.exec(text.trim());
  if (!m) throw new RangeError(`decimalsOf: "${text}" is not a plain number`);
  const fraction = (m[1] ?? m[2] ?? '').length;
  const exponent = m[3] ? Number(m[3]) : 0;
  return Math.min(MAX_DECIMALS, Math.max(0, fraction - exponent));
}
