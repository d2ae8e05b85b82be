// Plain JavaScript so scripts/data/derive.mjs (run by node) and the zod schema read one list.

/** The Online Labour Index occupation groups (plus "Total"), in the raw file's column order. */
export const OLI_OCCUPATIONS = /** @type {const} */ ([
  'Clerical and data entry',
  'Creative and multimedia',
  'Microwork',
  'Professional services',
  'Sales and marketing support',
  'Software development and technology',
  'Total',
  'Writing and translation',
]);
