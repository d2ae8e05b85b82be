export { DataValidationError, formatIssue, type DataIssue } from './errors';
export { loadData, clearDataCache, type LoadOptions, type DataBundle } from './load';
export { defaultDataDir, projectRoot, displayPath } from './paths';
export { getTable, getResource, getResourceNames, getResourceDescriptor, getTypedResource } from './resources';
export { getFigures, getFigure, hasFigure, type Figure } from './figures';
export { getSources, getSource } from './sources';
export { sourceShortName, sourceYear } from './source-name';
export {
  getStudyEstimates,
  getBloomberryCategories,
  getPlatformMetrics,
  getSideHustle,
  getGoodEnoughPrices,
  getOliMonthly,
  getOccupationExposure,
  getEvidence,
} from './typed-getters';
export { resourceToCsv, resourceToJson } from './downloads';
export { nearMatches } from './near-matches';
export type { Row, LoadedTable } from './table';
export type { CellValue } from './csv/cast';
export { rowSchemas, type RowOf, type TypedResourceName } from './schemas/registry';
export type { DataPackage, ResourceDescriptor, FieldDescriptor, FieldType } from './schemas/package';
export type { Source, Grade, SourceKind, CopyKind, ReadAt } from './schemas/source';
export { reportedByIds } from './reported-by';
export { workAddresses } from './source-rules';
export type { FigureRow } from './schemas/figures';
export type { StudyEstimate } from './schemas/study-estimates';
export type { BloomberryCategory } from './schemas/bloomberry-categories';
export type { PlatformMetric } from './schemas/platform-metrics';
export type { SideHustleRow } from './schemas/side-hustle';
export type { GoodEnoughPrice } from './schemas/good-enough-prices';
export { OLI_OCCUPATIONS, type OliMonthlyRow, type OliOccupation } from './schemas/oli-monthly';
export type { OccupationExposureRow } from './schemas/occupation-exposure';
export {
  EVIDENCE_DESIGNS,
  EVIDENCE_POPULATIONS,
  EVIDENCE_WORK,
  EVIDENCE_OUTCOMES,
  EVIDENCE_DIRECTIONS,
  type EvidenceRow,
} from './schemas/evidence';
