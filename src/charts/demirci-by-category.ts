import { TIMING_NOTE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { extremes } from '../kit/format';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../kit/provenance';
import { changeBarsRender, pctChange as pct } from '../kit/series/change-bars';
import { COLORS } from '../kit/theme';

type Row = { id: string; category: string; change_pct: number; comparison: string; window: string } & Provenance;

/** The category estimates, in the study-estimates table, and each one's concept colour. */
const CATEGORIES: Record<string, string> = {
  'demirci-writing-posts': COLORS.writing,
  'demirci-software-posts': COLORS.software,
  'demirci-graphic-design-posts': COLORS.images,
  'demirci-engineering-posts': COLORS.other,
};

/** Demirci, Hannane & Zhu: change in job posts by category vs manual-intensive jobs. */
export default defineChart<Row>({
  id: 'demirci-by-category',
  title: 'Writing posts fell furthest, then software',
  dek: 'Change in job posts after ChatGPT and image generators, relative to manual-intensive jobs, by category (%)',
  datasets: ['study-estimates'],
  sourceIds: ['demirci-2025'],
  provenance: provenanceOf,
  transform(data) {
    const rows = data('study-estimates');
    return Object.keys(CATEGORIES)
      .map((id) => {
        const r = rows.find((x) => x.id === id);
        if (!r || r.estimate === null) throw new Error(`study-estimates has no estimate "${id}"`);
        return { id, category: r.group, change_pct: r.estimate, comparison: r.comparison, window: r.window, ...provenanceOf(r) };
      })
      .sort((a, b) => a.change_pct - b.change_pct);
  },
  render: changeBarsRender<Row>({ color: (r) => CATEGORIES[r.id] ?? COLORS.other, series: () => 'Job posts' }),
  describe(rows) {
    const { min, max } = extremes(rows, (r) => r.change_pct);
    return {
      alt: `Bar chart: job posts fell in all ${rows.length} categories relative to manual-intensive jobs, most in ${min.category.toLowerCase()} (${pct(min.change_pct)}) and least in ${max.category.toLowerCase()} (${pct(max.change_pct)}).`,
      summary: `Demirci, Hannane and Zhu compare job posts on a large online freelancing platform before and after ChatGPT and image-generating AI with posts for manual-intensive jobs. ${rows.map((r) => `${r.category}: ${pct(r.change_pct)}`).join('; ')}. These are relative changes against the comparison group, not absolute falls.`,
    };
  },
  columns: [
    { key: 'category', label: 'Category' },
    { key: 'change_pct', label: 'Change in job posts vs manual-intensive jobs (%)', numeric: true, format: (r) => pct(r.change_pct) },
    { key: 'window', label: 'Window' },
    ...PROVENANCE_COLUMNS,
  ],
  notes: (_data, rows) => [
    `Relative change: each category against manual-intensive jobs on the same platform (difference-in-differences), not the absolute change in posts.`,
    `Windows differ: ${[...new Set(rows.map((r) => r.window.toLowerCase()))].join('; ')}.`,
    TIMING_NOTE,
    'Category figures come from a news summary of the authors’ Harvard Business Review article (grade S); the paper’s abstract gives the pooled estimates.',
  ],
});
