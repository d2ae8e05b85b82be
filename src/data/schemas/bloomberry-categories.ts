import { z } from 'zod';
import { isoDate, optionalText, provenance, text } from './common';

/** A row of data/bloomberry-categories.csv: change in job postings for one category over a window. */
export const bloomberryCategorySchema = z.strictObject({
  id: text,
  category: text,
  change_pct: z.number(),
  window_start: isoDate,
  window_end: isoDate,
  method: text,
  in_chart: z.boolean(),
  ...provenance,
  note: optionalText,
});

/** A bloomberry-categories.csv row. */
export type BloomberryCategory = z.infer<typeof bloomberryCategorySchema>;
