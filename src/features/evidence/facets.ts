import { FILTER_KEYS, slug, type FilterKey } from './filters';

/** A finding's values per filter dimension (grade as written: "P", "S"). */
export type FacetValues = Readonly<Record<FilterKey, string>>;

/** One filter option: its URL slug, its label, and how many findings have it. */
export interface FacetOption {
  slug: string;
  label: string;
  count: number;
}

/** Labels of the grade options. */
const GRADE_LABELS: Record<string, string> = { P: 'P: the authors’ or issuer’s own words', S: 'S: news-reported' };

/** The options of every filter, in the order given by `orders` (values absent from the findings are left out). */
export function facetOptions(findings: readonly FacetValues[], orders: Readonly<Record<FilterKey, readonly string[]>>): Record<FilterKey, FacetOption[]> {
  const out = {} as Record<FilterKey, FacetOption[]>;
  for (const key of FILTER_KEYS) {
    out[key] = orders[key]
      .map((value) => ({ slug: slug(value), label: key === 'grade' ? (GRADE_LABELS[value] ?? value) : value, count: findings.filter((f) => f[key] === value).length }))
      .filter((o) => o.count > 0);
  }
  return out;
}

/** A finding's slug per dimension, as the page writes it into data-* attributes. */
export function facetSlugs(f: FacetValues): Record<FilterKey, string> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, slug(f[k])])) as Record<FilterKey, string>;
}
