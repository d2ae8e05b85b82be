import { z } from 'zod';
import { optionalText, text } from './common';

const share = z.number().min(0).max(1);

/** A row of data/occupation-exposure.csv: GPTs-are-GPTs exposure shares for one O*NET occupation, with BLS wages. */
export const occupationExposureSchema = z.strictObject({
  onet_code: text,
  soc_code: text,
  title: text,
  human_alpha: share,
  human_beta: share,
  human_gamma: share,
  gpt4_alpha: share,
  gpt4_beta: share,
  gpt4_gamma: share,
  employment: z.number().int().nullable(),
  median_wage: z.number().int().nullable(),
  mean_wage: z.number().int().nullable(),
  wage_note: optionalText,
});

/** An occupation-exposure.csv row. */
export type OccupationExposureRow = z.infer<typeof occupationExposureSchema>;
