import { TIMING_NOTE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { fmt } from '../kit/format';
import { comparisonNotStated, evidenceFlags } from '../kit/series/evidence';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../kit/provenance';
import { hbars, type BarGroup } from '../kit/d3/hbars';
import { COLORS } from '../kit/theme';

type Row = {
  id: string;
  study: string;
  platform: string;
  group: string;
  outcome: string;
  design: string;
  comparison: string;
  window: string;
  estimate: number | null;
  estimate_low: number | null;
  estimate_high: number | null;
} & Provenance;

/** The headline estimate of each study (ids in data/evidence.csv), in display order, with the concept colour of who it is about. */
const PICKS: Record<string, string> = {
  'hui-exposed-contracts': COLORS.writing,
  'hui-exposed-earnings': COLORS.writing,
  'hui-image-jobs': COLORS.images,
  'hui-image-earnings': COLORS.images,
  'demirci-automation-prone-posts': COLORS.writing,
  'demirci-image-creation-posts': COLORS.images,
  'teutloff-substitutable-demand': COLORS.writing,
  'teutloff-ml-programming': COLORS.ai,
};

/** Study names as the authors are cited, by the id prefix of the finding. */
const STUDIES: Record<string, string> = {
  hui: 'Hui, Reshef & Zhou',
  demirci: 'Demirci, Hannane & Zhu',
  teutloff: 'Teutloff et al.',
};
const studyOf = (id: string) => id.split('-')[0]!;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "vs manual-intensive jobs", or "comparison not stated …" when the text read does not state it. */
const compared = (r: { comparison: string }) => (comparisonNotStated(r) ? `comparison ${lower(r.comparison)}` : `vs ${lower(r.comparison)}`);
const pct = (v: number) => fmt(v, 'percent', { kind: 'change' });
/** "−5%", or a range "−50% to −20%". */
export const estimateText = (r: Row): string =>
  r.estimate !== null ? pct(r.estimate) : r.estimate_low !== null && r.estimate_high !== null ? `${pct(r.estimate_low)} to ${pct(r.estimate_high)}` : '';

/** Hui, Demirci and Teutloff side by side: a view of data/evidence.csv, each with its outcome, design, comparison, window and platform. */
export default defineChart<Row>({
  id: 'study-estimates',
  title: 'Studies agree: less work for writers and image makers',
  dek: 'Estimated change after generative AI, relative to each study’s comparison group (%)',
  datasets: ['evidence'],
  sourceIds: ['hui-2024', 'demirci-2025', 'teutloff-2025'],
  provenance: provenanceOf,
  transform(data) {
    const all = data('evidence');
    return Object.keys(PICKS).map((id) => {
      const r = all.find((x) => x.id === id);
      if (!r) throw new Error(`evidence.csv has no finding "${id}" (study-estimates chart)`);
      if (r.value === null && (r.low === null || r.high === null)) throw new Error(`evidence.csv "${id}" has neither a value nor a range`);
      return {
        id,
        study: studyOf(id),
        platform: r.market,
        group: r.finding,
        outcome: r.outcome,
        design: r.design,
        comparison: r.comparison,
        window: r.window,
        estimate: r.value,
        estimate_low: r.low,
        estimate_high: r.high,
        ...provenanceOf(r),
      };
    });
  },
  render: {
    kind: 'd3',
    render(rows, { variant }) {
      const groups: BarGroup[] = [...new Set(rows.map((r) => r.study))].map((study) => {
        const mine = rows.filter((r) => r.study === study);
        return {
          title: STUDIES[study] ?? study,
          subtitle: `${mine[0]!.platform}`,
          items: mine.map((r) => ({
            label: r.group,
            sublabel: [`${compared(r)}; ${lower(r.window)}`, ...evidenceFlags({ grade: r.grade, comparison: 'stated' })].join(' · '),
            value: r.estimate,
            low: r.estimate_low,
            high: r.estimate_high,
            color: PICKS[r.id] ?? COLORS.other,
            valueText: estimateText(r),
            datum: { series: STUDIES[study] ?? study, label: r.group, value: estimateText(r) },
          })),
        };
      });
      return hbars(groups, { variant, stacked: true, tickFormat: (v) => fmt(v, 'percent', { kind: 'change', decimals: 0 }) });
    },
  },
  describe(rows) {
    const byStudy = [...new Set(rows.map((r) => r.study))].map((s) => {
      const mine = rows.filter((r) => r.study === s);
      return `${STUDIES[s] ?? s} (${mine[0]!.platform}): ${mine.map((r) => `${lower(r.group)} ${estimateText(r)}`).join('; ')}`;
    });
    const falls = rows.filter((r) => (r.estimate ?? r.estimate_high ?? 0) < 0).length;
    const reported = rows.filter((r) => r.grade === 'S').length;
    return {
      alt: `Bar chart of ${rows.length} estimates from ${byStudy.length} studies; ${falls} show a fall relative to the comparison group and ${rows.length - falls} a rise. One estimate is a range, drawn as a band.`,
      summary: `${byStudy.join('. ')}. Each estimate compares a more-exposed group with a less-exposed one on one platform over the study's own window; they are not the same measure and should not be added up. The range is a spread across skill clusters, not a confidence interval. ${reported} of the estimates are news-reported rather than in the authors' own text.`,
    };
  },
  columns: [
    { key: 'study', label: 'Study', format: (r) => STUDIES[r.study] ?? r.study },
    { key: 'platform', label: 'Platform' },
    { key: 'group', label: 'Finding' },
    { key: 'outcome', label: 'Outcome' },
    { key: 'design', label: 'Design' },
    { key: 'comparison', label: 'Compared with' },
    { key: 'window', label: 'Window' },
    { key: 'estimate', label: 'Estimate (%)', numeric: true, format: (r) => (r.estimate === null ? '' : pct(r.estimate)) },
    { key: 'estimate_low', label: 'Range low (%)', numeric: true, format: (r) => (r.estimate_low === null ? '' : pct(r.estimate_low)) },
    { key: 'estimate_high', label: 'Range high (%)', numeric: true, format: (r) => (r.estimate_high === null ? '' : pct(r.estimate_high)) },
    ...PROVENANCE_COLUMNS,
  ],
  notes: (_d, rows) => [
    'A view of the evidence tracker (data/evidence.csv). Each bar is a relative change: the exposed group against the study’s comparison group, over the study’s window, on one platform. The studies use different outcomes and windows.',
    ...rows
      .filter((r) => r.design !== 'difference-in-differences')
      .map((r) => `${r.group}: the text read states ${comparisonNotStated(r) ? 'neither the comparison group nor the design' : `the design as “${r.design}”`}; the study as a whole uses difference-in-differences.`),
    'None of the three studies’ published summaries gives a confidence interval, so none is drawn. The hatched band is a range across skill clusters, not an interval.',
    TIMING_NOTE,
    ...rows.filter((r) => r.grade === 'S').map((r) => `${r.group}: news-reported (grade S), not in the paper’s abstract.`),
  ],
});
