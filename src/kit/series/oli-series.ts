import type { OliOccupation } from '../../data/schemas/oli-monthly';
import { COLORS } from '../theme';

/** Display of each OLI occupation: a short direct label, its concept colour, whether it is emphasised. */
export const OLI_SERIES: Record<Exclude<OliOccupation, 'Total'>, { short: string; color: string; emphasis: boolean }> = {
  'Writing and translation': { short: 'Writing & translation', color: COLORS.writing, emphasis: true },
  'Creative and multimedia': { short: 'Creative & multimedia', color: COLORS.images, emphasis: true },
  'Software development and technology': { short: 'Software & tech', color: COLORS.software, emphasis: true },
  'Clerical and data entry': { short: 'Clerical & data entry', color: COLORS.other, emphasis: false },
  'Sales and marketing support': { short: 'Sales & marketing', color: COLORS.other, emphasis: false },
  'Professional services': { short: 'Professional services', color: COLORS.other, emphasis: false },
  Microwork: { short: 'Microwork', color: COLORS.other, emphasis: false },
};

/** OLI notes shared by the OLI charts. */
export const OLI_NOTES = {
  ended: 'The series is complete, not out of date: the Online Labour Observatory, which hosts the index, says "data collection ceased in September 2024 due to access limitations".',
  partial: 'August 2024 is a partial month (the series ends on 22 August 2024); it is drawn as an open circle and not joined to the line.',
  platforms: 'The Online Labour Index counts new vacancies on the major English-language online labour platforms; it measures demand (posted projects), not pay or the number of freelancers.',
  descriptive: 'A before-and-after picture with no comparison group: other forces (interest rates, the post-pandemic slowdown) moved demand at the same time.',
} as const;
