import { z } from 'zod';
import { UNITS } from '../../lib/format/units';
import { isoDate, optionalText, provenance, text } from './common';

/** A row of data/platform-metrics.csv: one reported Fiverr or Upwork metric for one period. */
export const platformMetricSchema = z.strictObject({
  id: text,
  platform: z.enum(['Fiverr', 'Upwork']),
  metric: text,
  period_end: isoDate,
  period_label: text,
  value: z.number(),
  unit: z.enum(UNITS),
  definition: text,
  trailing_12m: z.boolean(),
  ...provenance,
  note: optionalText,
});

/** A platform-metrics.csv row. */
export type PlatformMetric = z.infer<typeof platformMetricSchema>;
