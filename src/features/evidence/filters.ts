// The /evidence/ filters as data: URL parameters, slugs, and which findings a choice keeps.
// Pure functions (no DOM), shared by the page (build time) and its script (browser).

/** Filter dimensions, in URL order: the query parameter name and the finding field it filters. */
export const FILTER_KEYS = ['work', 'outcome', 'population', 'design', 'grade'] as const;

/** One filter dimension. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chosen slugs per dimension (an empty or missing list means "all"). */
export type FilterChoice = Partial<Record<FilterKey, string[]>>;

/** Separator of several slugs in one parameter: ?work=writing~translation. */
export const SLUG_SEPARATOR = '~';

/** "images and design" → "images-and-design"; "P" → "p". */
export function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Read a query string against the known slugs: the valid choice, and every unknown value (key=value) to report. */
export function parseFilters(search: string, known: Readonly<Record<FilterKey, readonly string[]>>): { choice: FilterChoice; unknown: string[] } {
  const params = new URLSearchParams(search);
  const choice: FilterChoice = {};
  const unknown: string[] = [];
  for (const key of FILTER_KEYS) {
    const raw = params.getAll(key).flatMap((v) => v.split(SLUG_SEPARATOR)).filter((v) => v !== '');
    const kept: string[] = [];
    for (const v of raw) {
      if (known[key].includes(v)) {
        if (!kept.includes(v)) kept.push(v);
      } else unknown.push(`${key}=${v}`);
    }
    if (kept.length > 0) choice[key] = kept;
  }
  return { choice, unknown };
}

/** The query string for a choice ("" when nothing is chosen), slugs in the order given, keys in FILTER_KEYS order. */
export function formatFilters(choice: FilterChoice): string {
  const parts = FILTER_KEYS.filter((k) => (choice[k]?.length ?? 0) > 0).map((k) => `${k}=${choice[k]!.join(SLUG_SEPARATOR)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Does a finding (its slug per dimension) pass the choice? Within a dimension any chosen slug matches; across dimensions all must. */
export function matches(finding: Readonly<Record<FilterKey, string>>, choice: FilterChoice): boolean {
  return FILTER_KEYS.every((k) => !choice[k] || choice[k]!.length === 0 || choice[k]!.includes(finding[k]));
}
