// Which Online Labour Index (OLI) category an O*NET occupation's freelance work falls in, where that
// is clear. The OLI sorts online vacancies into six classes (plus microwork); its authors give examples
// of the work in each: clerical and data entry = "customer service, data entry, transcription";
// creative and multimedia = "animation, graphic design, photography"; professional services =
// "accounting, legal, project mgmt"; sales and marketing support = "lead generation, posting ads,
// search engine optimisation"; software development and technology = "data science, game dev, mobile
// dev, qa"; writing and translation = "article writing, copywriting, translation" (Otto Kässi, "How is
// online work classified in the OLI?", Oxford Internet Institute, 21 Sep 2016, OLI_CLASSIFICATION_URL).
//
// Why so short a list: an occupation is mapped only when its core work IS one of those examples, so
// the category's trend and the studies of it plausibly speak to that occupation's freelance market.
// Everything else shows "no sound mapping" rather than a guess. Managers, engineers, teachers and
// the like do freelance online too, but the OLI gives no class that is theirs.
import type { OliOccupation } from '../../data/schemas/oli-monthly';

/** Where the OLI's authors describe their occupation classes (the examples quoted above). */
export const OLI_CLASSIFICATION_URL = 'https://www.oii.ox.ac.uk/news-events/news/how-is-online-work-classified-in-the-oli/';

/** The OLI categories an occupation can map to (Microwork and Total have no occupation of their own). */
export type MappedCategory = Exclude<OliOccupation, 'Microwork' | 'Total'>;

/** Short slug per category: page anchors (#cat-writing) and figure ids (oli-writing-change-…). */
export const CATEGORY_SLUGS: Record<MappedCategory, string> = {
  'Writing and translation': 'writing',
  'Creative and multimedia': 'creative',
  'Software development and technology': 'software',
  'Clerical and data entry': 'clerical',
  'Sales and marketing support': 'sales',
  'Professional services': 'professional',
};

/** Categories in display order. */
export const MAPPED_CATEGORIES = Object.keys(CATEGORY_SLUGS) as MappedCategory[];

/** One mapping rule: a 7-character SOC code (all its O*NET occupations) or one 10-character O*NET code. */
export interface MappingRule {
  code: string;
  category: MappedCategory;
  /** The OLI example (or plain reason) that makes the mapping sound. */
  why: string;
}

/** The mapping table. Each code must exist in data/occupation-exposure.csv ({@link checkMapping}). */
export const OLI_MAPPING: readonly MappingRule[] = [
  { code: '27-3041', category: 'Writing and translation', why: 'editing copy is writing work' },
  { code: '27-3042', category: 'Writing and translation', why: 'technical writing' },
  { code: '27-3043', category: 'Writing and translation', why: 'article writing, copywriting, creative writing' },
  { code: '27-3091', category: 'Writing and translation', why: 'translation' },
  { code: '43-9081', category: 'Writing and translation', why: 'proofreading is sold as writing work' },
  { code: '27-1013', category: 'Creative and multimedia', why: 'illustration' },
  { code: '27-1014', category: 'Creative and multimedia', why: 'animation' },
  { code: '27-1024', category: 'Creative and multimedia', why: 'graphic design' },
  { code: '27-4021', category: 'Creative and multimedia', why: 'photography' },
  { code: '27-4032', category: 'Creative and multimedia', why: 'video editing (multimedia)' },
  { code: '15-1251', category: 'Software development and technology', why: 'programming' },
  { code: '15-1252', category: 'Software development and technology', why: 'software and mobile development' },
  { code: '15-1253', category: 'Software development and technology', why: 'qa' },
  { code: '15-1254', category: 'Software development and technology', why: 'web development' },
  { code: '15-1255', category: 'Software development and technology', why: 'web design and game design (game dev)' },
  { code: '15-2051.00', category: 'Software development and technology', why: 'data science' },
  { code: '43-9021', category: 'Clerical and data entry', why: 'data entry' },
  { code: '43-9022', category: 'Clerical and data entry', why: 'typing and transcription' },
  { code: '31-9094', category: 'Clerical and data entry', why: 'transcription' },
  { code: '43-4051', category: 'Clerical and data entry', why: 'customer service' },
  { code: '13-1161.01', category: 'Sales and marketing support', why: 'search engine optimisation' },
  { code: '13-2011', category: 'Professional services', why: 'accounting' },
  { code: '23-1011', category: 'Professional services', why: 'legal' },
  { code: '23-2011', category: 'Professional services', why: 'legal' },
  { code: '13-1082', category: 'Professional services', why: 'project management' },
];

/**
 * Study estimates (data/study-estimates.csv ids) that speak to each category: the group each study
 * names is that category's work. Estimates about "more-exposed occupations" in general are left out,
 * since they do not say which occupations those are.
 */
export const CATEGORY_ESTIMATES: Record<MappedCategory, readonly string[]> = {
  'Writing and translation': [
    'hui-writers-jobs',
    'hui-writers-earnings',
    'hui-writers-any-job',
    'hui-writers-jobs-taken',
    'demirci-writing-posts',
    'demirci-automation-prone-posts',
    'teutloff-substitutable-demand',
    'teutloff-about-us-pages',
    'teutloff-translation-western',
    'teutloff-translation-other',
  ],
  'Creative and multimedia': ['hui-image-jobs', 'hui-image-earnings', 'demirci-image-creation-posts', 'demirci-graphic-design-posts'],
  'Software development and technology': [
    'demirci-software-posts',
    'demirci-automation-prone-posts',
    'teutloff-ml-programming',
    'teutloff-chatbot-development',
  ],
  'Clerical and data entry': [],
  'Sales and marketing support': [],
  'Professional services': [],
};

/** Figure id (data/figures.csv) of a category's change between Jan–Aug 2019–22 and Jan–Aug 2023–24. */
export function changeFigureId(category: MappedCategory): string {
  return `oli-${CATEGORY_SLUGS[category]}-change-2019-22-vs-2023-24`;
}

const byCode = new Map(OLI_MAPPING.map((r) => [r.code, r]));

/** The mapping rule for an O*NET code ("27-3043.05"): its own rule first, then its SOC code's; or undefined. */
export function oliRuleFor(onetCode: string): MappingRule | undefined {
  return byCode.get(onetCode) ?? byCode.get(onetCode.slice(0, 7));
}

/** The OLI category an O*NET code maps to, or undefined where no mapping is sound. */
export function oliCategoryFor(onetCode: string): MappedCategory | undefined {
  return oliRuleFor(onetCode)?.category;
}

/**
 * Problems with the mapping against the data, as lines (empty = fine): a rule code that matches no
 * occupation, a duplicate rule, an estimate id that data/study-estimates.csv lacks.
 */
export function mappingProblems(onetCodes: readonly string[], estimateIds: readonly string[]): string[] {
  const problems: string[] = [];
  const codes = new Set(onetCodes);
  const socs = new Set(onetCodes.map((c) => c.slice(0, 7)));
  const seen = new Set<string>();
  for (const rule of OLI_MAPPING) {
    if (seen.has(rule.code)) problems.push(`oli-mapping: code ${rule.code} is listed twice`);
    seen.add(rule.code);
    const known = rule.code.length === 7 ? socs.has(rule.code) : codes.has(rule.code);
    if (!known) problems.push(`oli-mapping: code ${rule.code} (${rule.category}) matches no occupation in data/occupation-exposure.csv`);
  }
  const ids = new Set(estimateIds);
  for (const [category, list] of Object.entries(CATEGORY_ESTIMATES)) {
    for (const id of list) if (!ids.has(id)) problems.push(`oli-mapping: study estimate "${id}" (${category}) is not in data/study-estimates.csv`);
  }
  return problems;
}

/** Throw one error listing every mapping problem (the build stops), or return quietly. */
export function checkMapping(onetCodes: readonly string[], estimateIds: readonly string[]): void {
  const problems = mappingProblems(onetCodes, estimateIds);
  if (problems.length) throw new Error(`src/features/explore/oli-mapping.ts does not match data/:\n  ${problems.join('\n  ')}`);
}
