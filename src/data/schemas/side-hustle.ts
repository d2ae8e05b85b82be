import { z } from 'zod';
import { UNITS } from '../../lib/format/units';
import { optionalText, provenance, text } from './common';

/** A row of data/side-hustle.csv: one survey year's side-hustle share or income. */
export const sideHustleSchema = z.strictObject({
  id: text,
  year: z.number().int(),
  metric: z.enum(['share_with_side_hustle', 'avg_monthly_income']),
  value: z.number(),
  unit: z.enum(UNITS),
  approximate: z.boolean(),
  ...provenance,
  note: optionalText,
});

/** A side-hustle.csv row. */
export type SideHustleRow = z.infer<typeof sideHustleSchema>;
