import { describe, expect, it } from 'vitest';
import { timePanels, type TimePoint } from '../../../src/kit/d3/time-panels';
import { VARIANTS } from '../../../src/kit/theme';

/** A point on `date` (its datum names the date, so circles can be matched to dates). */
const point = (date: string, value: number): TimePoint => ({ date, value, short: String(value), datum: { series: 's', label: date, value: String(value) } });

/** The subpaths of the panel's line ("M…" each) and how many points each joins. */
function subpaths(dates: string[], maxGapDays: number): number[] {
  const { body } = timePanels([{ title: 'T', color: '#000', points: dates.map((d, i) => point(d, i + 1)), tickFormat: String }], {
    variant: VARIANTS.wide,
    from: dates[0]!,
    to: dates.at(-1)!,
    maxGapDays,
  });
  const d = /<path d="([^"]*)"[^>]*stroke-width="2"/.exec(body)?.[1] ?? '';
  return d.split('M').filter(Boolean).map((sub) => sub.split('L').length);
}

describe('timePanels joins adjacent periods only', () => {
  it('draws one line through periods no further apart than maxGapDays', () => {
    expect(subpaths(['2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01'], 100)).toEqual([4]);
  });

  it('breaks the line where a period is missing, never drawing across the gap', () => {
    // Q1, Q2, (Q3 missing), Q4, Q1: two runs.
    expect(subpaths(['2023-01-01', '2023-04-01', '2023-10-01', '2024-01-01'], 100)).toEqual([2, 2]);
  });

  it('leaves a point alone between two gaps unjoined (its circle shows it)', () => {
    expect(subpaths(['2022-01-01', '2022-04-01', '2023-01-01', '2024-01-01', '2024-04-01'], 100)).toEqual([2, 1, 2]);
  });
});
