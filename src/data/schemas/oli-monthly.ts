import { z } from 'zod';
import { isoDate } from './common';

/** The Online Labour Index occupation groups (plus "Total"). */
export const OLI_OCCUPATIONS = [
  'Clerical and data entry',
  'Creative and multimedia',
  'Microwork',
  'Professional services',
  'Sales and marketing support',
  'Software development and technology',
  'Total',
  'Writing and translation',
] as const;

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
