import { z } from 'zod';
import { optionalText, provenance, text } from './common';

/** A row of data/study-estimates.csv: one study estimate as what it is (outcome, group, comparison, window, method). */
export const studyEstimateSchema = z.strictObject({
  id: text,
  study: text,
  platform: text,
  outcome: text,
  group: text,
  comparison: text,
  window: text,
  method: text,
  estimate: z.number().nullable(),
  estimate_low: z.number().nullable(),
  estimate_high: z.number().nullable(),
  estimate_text: text,
  unit: z.enum(['percent', 'percent per 1% of past earnings', 'multiple']),
  ...provenance,
  note: optionalText,
});

/** A study-estimates.csv row. */
export type StudyEstimate = z.infer<typeof studyEstimateSchema>;
