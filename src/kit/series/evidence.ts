import { fmt } from '../format';

/** The value cells of an evidence finding (data/evidence.csv). */
export interface EvidenceValue {
  direction: 'down' | 'up' | 'none';
  measure: 'point' | 'range' | 'direction';
  value: number | null;
  unit: string | null;
  low: number | null;
  high: number | null;
}

/** Units that are relative changes, so they share the evidence map's percent axis. */
export const CHANGE_UNITS: ReadonlySet<string> = new Set(['percent', 'percent per year']);

/** True when a finding is drawn on the percent axis (a relative change), false when it goes to the arrow column. */
export const onAxis = (r: EvidenceValue): boolean => r.measure !== 'direction' && r.unit !== null && CHANGE_UNITS.has(r.unit);

const DIRECTION_WORDS = { down: 'down', up: 'up', none: 'no change found' } as const;
const change = (v: number) => fmt(v, 'percent', { kind: 'change' });

/** A finding's value in words: "−5.2%", "−50% to −20%", "−3.8% a year", "26% of respondents", "28,000 jobs", or its direction. */
export function evidenceValueText(r: EvidenceValue): string {
  if (r.measure === 'range' && r.low !== null && r.high !== null) return `${change(r.low)} to ${change(r.high)}`;
  if (r.measure !== 'point' || r.value === null) return DIRECTION_WORDS[r.direction];
  switch (r.unit) {
    case 'percent':
      return change(r.value);
    case 'percent per year':
      return `${change(r.value)} a year`;
    case 'percent of respondents':
      return `${fmt(r.value, 'percent')} of respondents`;
    default:
      return `${fmt(r.value, 'count')} ${r.unit ?? ''}`.trim();
  }
}

/** The arrow drawn for a finding's direction. */
export const DIRECTION_ARROWS = { down: '\u2193', up: '\u2191', none: '\u2194' } as const;

/** True when the text read does not state the comparison. */
export const comparisonNotStated = (r: { comparison: string }): boolean => /^not stated/i.test(r.comparison);

/** What a row is, in words beside its design: news-reported (grade S), comparison not stated. */
export function evidenceFlags(r: { grade: string; comparison: string }): string[] {
  return [...(r.grade === 'S' ? ['news-reported'] : []), ...(comparisonNotStated(r) ? ['comparison not stated'] : [])];
}
