import { z } from 'zod';

/** Periods a regular series can step by; dates are the first day of their period. */
export const FREQUENCIES = ['month', 'quarter', 'year'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** A declared hole in a regular series: the periods from `from` to `to` (default `from`), for every group or only the one named. */
export const declaredGapSchema = z.strictObject({
  from: isoDate,
  to: isoDate.optional(),
  /** Field → value; the gap is in that group only. Absent: in every group. */
  group: z.record(z.string().min(1), z.string()).optional(),
  /** Why the periods are missing (the source has none, a platform outage …). */
  reason: z.string().min(1),
});

/**
 * A resource's `x-regular-series`: rows form one series per group (`groupBy` fields) with a row for
 * every period (`frequency`) of `dateField` from the table's first period to its last, except the
 * declared `gaps`. A missing period stops the build.
 */
export const regularSeriesSchema = z.strictObject({
  dateField: z.string().min(1),
  frequency: z.enum(FREQUENCIES),
  groupBy: z.array(z.string().min(1)).default([]),
  gaps: z.array(declaredGapSchema).default([]),
});

/** A validated `x-regular-series` declaration. */
export type RegularSeries = z.infer<typeof regularSeriesSchema>;
/** One declared gap. */
export type DeclaredGap = z.infer<typeof declaredGapSchema>;
