import type { LoadOptions } from './load';
import { getTypedResource } from './resources';
import type { EvidenceRow } from './schemas/evidence';
import type { BloomberryCategory } from './schemas/bloomberry-categories';
import type { GoodEnoughPrice } from './schemas/good-enough-prices';
import type { OccupationExposureRow } from './schemas/occupation-exposure';
import type { OliMonthlyRow } from './schemas/oli-monthly';
import type { PlatformMetric } from './schemas/platform-metrics';
import type { SideHustleRow } from './schemas/side-hustle';
import type { StudyEstimate } from './schemas/study-estimates';

/** Rows of data/study-estimates.csv. */
export const getStudyEstimates = (o?: LoadOptions): readonly StudyEstimate[] => getTypedResource('study-estimates', o);
/** Rows of data/bloomberry-categories.csv. */
export const getBloomberryCategories = (o?: LoadOptions): readonly BloomberryCategory[] => getTypedResource('bloomberry-categories', o);
/** Rows of data/platform-metrics.csv. */
export const getPlatformMetrics = (o?: LoadOptions): readonly PlatformMetric[] => getTypedResource('platform-metrics', o);
/** Rows of data/side-hustle.csv. */
export const getSideHustle = (o?: LoadOptions): readonly SideHustleRow[] => getTypedResource('side-hustle', o);
/** Rows of data/good-enough-prices.csv. */
export const getGoodEnoughPrices = (o?: LoadOptions): readonly GoodEnoughPrice[] => getTypedResource('good-enough-prices', o);
/** Rows of data/oli-monthly.csv. */
export const getOliMonthly = (o?: LoadOptions): readonly OliMonthlyRow[] => getTypedResource('oli-monthly', o);
/** Rows of data/occupation-exposure.csv. */
export const getOccupationExposure = (o?: LoadOptions): readonly OccupationExposureRow[] => getTypedResource('occupation-exposure', o);
/** Rows of data/evidence.csv. */
export const getEvidence = (o?: LoadOptions): readonly EvidenceRow[] => getTypedResource('evidence', o);
