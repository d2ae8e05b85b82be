/** Every unit a figure or a chart value may carry (data/figures.csv `unit` column). */
export const UNITS = [
  'percent',
  'percentage-points',
  'usd',
  'usd-million',
  'usd-billion',
  'count',
  'million',
  'index-points',
  'multiple',
  'usd-per-month',
] as const;

/** One of {@link UNITS}. */
export type Unit = (typeof UNITS)[number];

/** Whether a value states a change (signed: "+3.8 percentage points") or a level ("$29"). */
export const KINDS = ['change', 'level'] as const;

/** One of {@link KINDS}. */
export type Kind = (typeof KINDS)[number];

const LABELS: Record<Unit, string> = {
  percent: 'percent',
  'percentage-points': 'percentage points',
  usd: 'US dollars',
  'usd-million': 'millions of US dollars',
  'usd-billion': 'billions of US dollars',
  count: 'count',
  million: 'millions',
  'index-points': 'index points',
  multiple: 'times',
  'usd-per-month': 'US dollars a month',
};

/** Plain-words name of a unit, for axis titles and table headers ("percentage points"). */
export function unitLabel(unit: Unit): string {
  return LABELS[unit];
}

/** Type guard: is `s` one of {@link UNITS}? */
export function isUnit(s: string): s is Unit {
  return (UNITS as readonly string[]).includes(s);
}
