// The static table's sort orders. Without JavaScript a table cannot re-sort itself, so each order is
// its own pre-rendered page: /explore/ (by title) and /explore/by/<key>/. Each page carries all 923
// rows, so the set is kept to the orders readers most need (GPT-4's β is shown but not a sort page).
import type { OccupationExposureRow } from '../../data/schemas/occupation-exposure';
import { missingLabel } from './format';

/** A sortable column of the explorer table. */
export type SortKey = 'title' | 'human-exposure' | 'employment' | 'wage';

/** How one sort order is named, addressed and applied. */
export interface SortOrder {
  key: SortKey;
  /** Site-relative path of the page showing this order. */
  path: string;
  /** Words for "sorted by …". */
  label: string;
  /** aria-sort value on the sorted column. */
  direction: 'ascending' | 'descending';
  /** Words for the direction. */
  directionLabel: string;
  compare: (a: OccupationExposureRow, b: OccupationExposureRow) => number;
}

const byTitle = (a: OccupationExposureRow, b: OccupationExposureRow): number =>
  a.title.localeCompare(b.title, 'en') || a.onet_code.localeCompare(b.onet_code);

/** Descending by a number; missing values last; ties by title. */
function descending(get: (r: OccupationExposureRow) => number | null) {
  return (a: OccupationExposureRow, b: OccupationExposureRow): number => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? byTitle(a, b) : x === null ? 1 : -1;
    return y - x || byTitle(a, b);
  };
}

/** Wage order: a top-coded median is above every published one, so those rows come first. */
const wageKey = (r: OccupationExposureRow): number | null =>
  r.median_wage ?? (missingLabel(r.wage_note) === 'top-coded' ? Number.POSITIVE_INFINITY : null);

/** Every sort order, the default (title) first. */
export const SORTS: readonly SortOrder[] = [
  { key: 'title', path: 'explore/', label: 'occupation title', direction: 'ascending', directionLabel: 'A to Z', compare: byTitle },
  {
    key: 'human-exposure',
    path: 'explore/by/human-exposure/',
    label: 'human-rated exposure (β)',
    direction: 'descending',
    directionLabel: 'most exposed first',
    compare: descending((r) => r.human_beta),
  },
  {
    key: 'employment',
    path: 'explore/by/employment/',
    label: 'employment',
    direction: 'descending',
    directionLabel: 'largest first',
    compare: descending((r) => r.employment),
  },
  {
    key: 'wage',
    path: 'explore/by/wage/',
    label: 'median annual wage',
    direction: 'descending',
    directionLabel: 'highest first',
    compare: descending(wageKey),
  },
];

/** One sort order by key; throws on an unknown key. */
export function sortOrder(key: string): SortOrder {
  const s = SORTS.find((o) => o.key === key);
  if (!s) throw new Error(`Unknown explorer sort "${key}" (known: ${SORTS.map((o) => o.key).join(', ')})`);
  return s;
}

/** The rows in a sort order (a new array). */
export function sortRows(rows: readonly OccupationExposureRow[], key: SortKey): OccupationExposureRow[] {
  return [...rows].sort(sortOrder(key).compare);
}
