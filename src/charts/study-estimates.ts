import { defineChart } from '../kit/define-chart';
import { fmt } from '../kit/format';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../kit/provenance';
import { hbars, type BarGroup } from '../kit/d3/hbars';
import { COLORS } from '../kit/theme';

type Row = {
  id: string;
  study: string;
  platform: string;
  group: string;
  outcome: string;
  comparison: string;
  window: string;
  estimate: number | null;
  estimate_low: number | null;
  estimate_high: number | null;
} & Provenance;

/** The headline estimate of each study, in display order, with the concept colour of who it is about. */
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

/** Study names as the authors are cited (by the study's source id). */
const STUDIES: Record<string, string> = {
  'hui-2024': 'Hui, Reshef & Zhou',
  'demirci-2025': 'Demirci, Hannane & Zhu',
  'teutloff-2025': 'Teutloff et al.',
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "vs manual-intensive jobs", or the data's own wording when the comparison is not stated. */
const compared = (c: string) => (/^not stated/i.test(c) ? `comparison ${lower(c)}` : `vs ${lower(c)}`);
const pct = (v: number) => fmt(v, 'percent', { kind: 'change' });
/** "−5%", or a range "−50% to −20%". */
export const estimateText = (r: Row): string =>
  r.estimate !== null ? pct(r.estimate) : r.estimate_low !== null && r.estimate_high !== null ? `${pct(r.estimate_low)} to ${pct(r.estimate_high)}` : '';

/** Hui, Demirci and Teutloff side by side, each with its outcome, comparison, window and platform. */
export default defineChart<Row>({
  id: 'study-estimates',
  title: 'Studies agree: less work for writers and image makers',
  dek: 'Estimated change after generative AI, relative to each study’s comparison group (%)',
  datasets: ['study-estimates'],
  sourceIds: ['hui-2024', 'demirci-2025', 'teutloff-2025'],
  provenance: provenanceOf,
  transform(data) {
    const all = data('study-estimates');
    return Object.keys(PICKS).map((id) => {
      const r = all.find((x) => x.id === id);
      if (!r) throw new Error(`study-estimates has no row "${id}"`);
      if (r.estimate === null && (r.estimate_low === null || r.estimate_high === null)) throw new Error(`study-estimates "${id}" has neither an estimate nor a range`);
      return {
        id,
        study: r.study,
        platform: r.platform,
        group: r.group,
        outcome: r.outcome,
        comparison: r.comparison,
        window: r.window,
        estimate: r.estimate,
        estimate_low: r.estimate_low,
        estimate_high: r.estimate_high,
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
            label: `${r.group}: ${r.outcome.toLowerCase()}`,
            sublabel: `${compared(r.comparison)}; ${lower(r.window)}`,
            value: r.estimate,
            low: r.estimate_low,
            high: r.estimate_high,
            color: PICKS[r.id] ?? COLORS.other,
            valueText: estimateText(r),
            datum: { series: STUDIES[study] ?? study, label: `${r.group}: ${r.outcome.toLowerCase()}`, value: estimateText(r) },
          })),
        };
      });
      return hbars(groups, { variant, stacked: true, tickFormat: (v) => fmt(v, 'percent', { kind: 'change', decimals: 0 }) });
    },
  },
  describe(rows) {
    const byStudy = [...new Set(rows.map((r) => r.study))].map((s) => {
      const mine = rows.filter((r) => r.study === s);
      return `${STUDIES[s] ?? s} (${mine[0]!.platform}): ${mine.map((r) => `${r.group.toLowerCase()}, ${r.outcome.toLowerCase()} ${estimateText(r)}`).join('; ')}`;
    });
    const falls = rows.filter((r) => (r.estimate ?? r.estimate_high ?? 0) < 0).length;
    return {
      alt: `Bar chart of ${rows.length} estimates from ${byStudy.length} studies; ${falls} show a fall relative to the comparison group and ${rows.length - falls} a rise. One estimate is a range, drawn as a band.`,
      summary: `${byStudy.join('. ')}. Each estimate compares a more-exposed group with a less-exposed one on one platform over the study's own window; they are not the same measure and should not be added up. The range is a spread across skill clusters, not a confidence interval.`,
    };
  },
  columns: [
    { key: 'study', label: 'Study', format: (r) => STUDIES[r.study] ?? r.study },
    { key: 'platform', label: 'Platform' },
    { key: 'group', label: 'Group' },
    { key: 'outcome', label: 'Outcome' },
    { key: 'comparison', label: 'Compared with' },
    { key: 'window', label: 'Window' },
    { key: 'estimate', label: 'Estimate (%)', numeric: true, format: (r) => (r.estimate === null ? '' : pct(r.estimate)) },
    { key: 'estimate_low', label: 'Range low (%)', numeric: true, format: (r) => (r.estimate_low === null ? '' : pct(r.estimate_low)) },
    { key: 'estimate_high', label: 'Range high (%)', numeric: true, format: (r) => (r.estimate_high === null ? '' : pct(r.estimate_high)) },
    ...PROVENANCE_COLUMNS,
  ],
  notes: (_d, rows) => [
    'Each bar is a relative change: the exposed group against the study’s comparison group (difference-in-differences), over the study’s window, on one platform. The studies use different outcomes and windows.',
    'None of the three studies’ published summaries gives a confidence interval, so none is drawn. The hatched band is a range across skill clusters, not an interval.',
    ...rows.filter((r) => r.grade === 'S').map((r) => `${r.group}, ${r.outcome.toLowerCase()}: reported in the press (grade S), not in the paper’s abstract.`),
  ],
});
