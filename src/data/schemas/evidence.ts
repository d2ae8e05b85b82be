import { z } from 'zod';
import { grade, optionalText, text } from './common';

/** How a finding was obtained. */
export const EVIDENCE_DESIGNS = [
  'difference-in-differences',
  'synthetic difference-in-differences',
  'instrumental variables',
  'regression with controls',
  'descriptive count',
  'survey',
  'company count',
  'not stated',
] as const;
/** Who a finding is about (employees are context, never freelance evidence). */
export const EVIDENCE_POPULATIONS = ['freelancers', 'employees', 'creators', 'language professionals', 'firms'] as const;
/** Kinds of work, in the order the evidence map groups them. */
export const EVIDENCE_WORK = [
  'writing',
  'translation',
  'writing and translation',
  'writing and software',
  'images and design',
  'software',
  'all exposed work',
  'all platform work',
  'all work',
] as const;
/** What changed. */
export const EVIDENCE_OUTCOMES = [
  'jobs',
  'earnings',
  'job posts',
  'demand',
  'employment',
  'uploads',
  'attention',
  'images for sale',
  'unemployment risk',
  'unemployment',
  'job entry',
  'earnings and hours',
  'occupational mix',
  'reported lost work',
  'reported insufficient work',
  'reported market decline',
  'large buyers',
  'platform staff',
] as const;
/** Which way the source says the outcome moved. */
export const EVIDENCE_DIRECTIONS = ['down', 'up', 'none'] as const;
/** What the source gives: one value, a range, or a direction only. */
export const EVIDENCE_MEASURES = ['point', 'range', 'direction'] as const;
/** Units of value/low/high. */
export const EVIDENCE_UNITS = ['percent', 'percent per year', 'percent of respondents', 'respondents', 'jobs', 'employees'] as const;

/** A row of data/evidence.csv: one published finding, as what it is (design, population, window, comparison). */
export const evidenceSchema = z.strictObject({
  id: text,
  finding: text,
  source: text,
  reported_by: optionalText,
  design: z.enum(EVIDENCE_DESIGNS),
  population: z.enum(EVIDENCE_POPULATIONS),
  market: text,
  work: z.enum(EVIDENCE_WORK),
  outcome: z.enum(EVIDENCE_OUTCOMES),
  direction: z.enum(EVIDENCE_DIRECTIONS),
  measure: z.enum(EVIDENCE_MEASURES),
  value: z.number().nullable(),
  unit: z.enum(EVIDENCE_UNITS).nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  window: text,
  comparison: text,
  grade,
  locator: text,
  quote: text,
  note: optionalText,
});

/** An evidence.csv row. */
export type EvidenceRow = z.infer<typeof evidenceSchema>;
