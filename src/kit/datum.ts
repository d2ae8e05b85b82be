import type { AttrValue } from './svg';

/** What the client element reads from a mark that shows one datum (d3 charts; vega uses aria-label). */
export interface Datum {
  /** Series (line, group or panel) the datum belongs to; arrow up/down moves between series. */
  series: string;
  /** Where it sits: a date or category label. */
  label: string;
  /** The value, formatted with its unit. */
  value: string;
}

/** Separator of the parts of a vega mark's aria-label: "series · label · value" (the client splits on it). */
export const DATUM_SEPARATOR = ' \u00b7 ';

/** Attributes for a datum mark. The class lets CSS style marks the client highlights. */
export function datumAttrs(d: Datum): Record<string, AttrValue> {
  return { class: 'datum', 'data-series': d.series, 'data-label': d.label, 'data-value': d.value };
}

/** A vega `description` string for a datum, in the "series · label · value" form the client parses. */
export function datumDescription(d: Datum): string {
  return [d.series, d.label, d.value].join(DATUM_SEPARATOR);
}
