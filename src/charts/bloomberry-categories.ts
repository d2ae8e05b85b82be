import { TIMING_NOTE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { extremes, formatDay } from '../kit/format';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../kit/provenance';
import { changeBarsRender, pctChange as pct } from '../kit/series/change-bars';
import { COLORS } from '../kit/theme';

type Row = { id: string; category: string; change_pct: number; window_start: string; window_end: string } & Provenance;

/** Bloomberry's count of Upwork postings: change by category, Nov 2022 – Feb 2024. */
export default defineChart<Row>({
  id: 'bloomberry-categories',
  title: 'Writing and translation lost postings; video and design gained',
  dek: 'Change in Upwork job postings by category, 1 Nov 2022 to 14 Feb 2024 (%)',
  datasets: ['bloomberry-categories'],
  sourceIds: ['bloomberry-2024'],
  provenance: provenanceOf,
  transform: (data) =>
    data('bloomberry-categories')
      .filter((r) => r.in_chart)
      .map((r) => ({ id: r.id, category: r.category, change_pct: r.change_pct, window_start: r.window_start, window_end: r.window_end, ...provenanceOf(r) }))
      .sort((a, b) => a.change_pct - b.change_pct),
  render: changeBarsRender<Row>({
    color: (r) => (r.change_pct < 0 ? COLORS.negative : COLORS.positive),
    series: (r) => (r.change_pct < 0 ? 'Fewer postings' : 'More postings'),
  }),
  describe(rows) {
    const { min, max } = extremes(rows, (r) => r.change_pct);
    const down = rows.filter((r) => r.change_pct < 0);
    const up = rows.filter((r) => r.change_pct >= 0);
    const window = `${formatDay(rows[0]!.window_start)} to ${formatDay(rows[0]!.window_end)}`;
    return {
      alt: `Diverging bar chart of ${rows.length} Upwork job categories: ${down.length} lost postings and ${up.length} gained from ${window}. ${min.category} fell most (${pct(min.change_pct)}); ${max.category.toLowerCase()} rose most (${pct(max.change_pct)}).`,
      summary: `Bloomberry counted Upwork job postings in popular categories from ${window}. Fewer postings: ${down.map((r) => `${r.category.toLowerCase()} ${pct(r.change_pct)}`).join(', ')}. More postings: ${up.map((r) => `${r.category.toLowerCase()} ${pct(r.change_pct)}`).join(', ')}. A simple before-and-after count with no comparison group.`,
    };
  },
  columns: [
    { key: 'category', label: 'Category' },
    { key: 'change_pct', label: 'Change in postings (%)', numeric: true, format: (r) => pct(r.change_pct) },
    { key: 'window_start', label: 'From' },
    { key: 'window_end', label: 'To' },
    ...PROVENANCE_COLUMNS,
  ],
  notes(data) {
    const left = data('bloomberry-categories').filter((r) => !r.in_chart);
    return [
      'Descriptive, no control group: a before-and-after count of postings on one platform (Upwork), so it shows change, not its cause.',
      TIMING_NOTE,
      ...left.map((r) => `${r.category} (${pct(r.change_pct)}) is left out of the bars: on the same axis it would flatten every other category.`),
      'Figures as reported by news coverage of Bloomberry’s analysis (grade S).',
    ];
  },
});
