import { z } from 'zod';
import { isoDate } from './common';
import { OLI_OCCUPATIONS } from './oli-occupations.mjs';

/** The Online Labour Index occupation groups (plus "Total"), shared with scripts/data/derive.mjs. */
export { OLI_OCCUPATIONS };

/** A row of data/oli-monthly.csv: the Online Labour Index for one occupation in one month. */
export const oliMonthlySchema = z.strictObject({
  month: isoDate,
  occupation: z.enum(OLI_OCCUPATIONS),
  index: z.number(),
  partial: z.boolean(),
});

/** An oli-monthly.csv row. */
export type OliMonthlyRow = z.infer<typeof oliMonthlySchema>;
/** One of {@link OLI_OCCUPATIONS}. */
export type OliOccupation = (typeof OLI_OCCUPATIONS)[number];
