// The chart registry: re-exports only, plus the list. Add a chart: see README.md in this folder.
import oliPostingsByOccupation from './oli-postings-by-occupation';
import oliWritingShare from './oli-writing-share';
import studyEstimates from './study-estimates';
import demirciByCategory from './demirci-by-category';
import bloomberryCategories from './bloomberry-categories';
import exposureVsWage from './exposure-vs-wage';
import fiverrBuyersVsSpend from './fiverr-buyers-vs-spend';
import upworkClientsVsGsvPerClient from './upwork-clients-vs-gsv-per-client';
import sideHustlePrevalence from './side-hustle-prevalence';
import aiVsHumanPrices from './ai-vs-human-prices';
import evidenceMap from './evidence-map';
import type { ChartDefinition, ChartRow } from '../kit/types';

export type { ChartDefinition, ChartRow, ChartColumn, DataSource, Annotation, ChartDescription } from '../kit/types';
export { defineChart } from '../kit/define-chart';

/** Every chart, in gallery order. */
export const charts = [
  oliPostingsByOccupation,
  oliWritingShare,
  studyEstimates,
  demirciByCategory,
  bloomberryCategories,
  exposureVsWage,
  fiverrBuyersVsSpend,
  upworkClientsVsGsvPerClient,
  sideHustlePrevalence,
  aiVsHumanPrices,
  evidenceMap,
] as unknown as readonly ChartDefinition<ChartRow>[];
