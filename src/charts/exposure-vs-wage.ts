import { defineChart } from '../kit/define-chart';
import { fmt } from '../kit/format';
import { scatter } from '../kit/d3/scatter';
import { COLORS } from '../kit/theme';

type Row = { onet_code: string; title: string; human_beta: number; median_wage: number; highlight: string | null };

/** Occupations to label, by O*NET code, with the concept they belong to. */
const HIGHLIGHT: Record<string, { label: string; concept: 'writing' | 'images' }> = {
  '27-3043.00': { label: 'Writers and authors', concept: 'writing' },
  '27-3041.00': { label: 'Editors', concept: 'writing' },
  '27-3091.00': { label: 'Interpreters and translators', concept: 'writing' },
  '27-1024.00': { label: 'Graphic designers', concept: 'images' },
  '27-4021.00': { label: 'Photographers', concept: 'images' },
};

const beta = (v: number) => fmt(v, 'count', { decimals: 2 });
const wage = (v: number) => fmt(v, 'usd');
const wageK = (v: number) => (v === 0 ? '$0' : `$${fmt(v / 1000, 'count', { decimals: 0 })}k`);
const datumValue = (r: Row) => `exposure β ${beta(r.human_beta)}, median wage ${wage(r.median_wage)}`;

/** GPTs-are-GPTs exposure (human-rated β) against BLS median annual wage, every occupation with both. */
export default defineChart<Row>({
  id: 'exposure-vs-wage',
  title: 'Writers and translators are among the most exposed, at middling pay',
  dek: 'Exposure index β of an occupation’s tasks to large language models (human-rated, 0–1: exposed tasks plus half of those needing extra software) against median annual wage, US$',
  datasets: ['occupation-exposure'],
  sourceIds: ['eloundou-2024', 'gpts-are-gpts-repo', 'bls-oews-2021'],
  transform(data) {
    const rows = data('occupation-exposure');
    for (const code of Object.keys(HIGHLIGHT)) {
      const r = rows.find((x) => x.onet_code === code);
      if (!r || r.median_wage === null) throw new Error(`occupation-exposure has no wage for highlighted occupation ${code}`);
    }
    return rows
      .filter((r) => r.median_wage !== null)
      .map((r) => ({ onet_code: r.onet_code, title: r.title, human_beta: r.human_beta, median_wage: r.median_wage!, highlight: HIGHLIGHT[r.onet_code]?.concept ?? null }))
      .sort((a, b) => a.median_wage - b.median_wage || a.onet_code.localeCompare(b.onet_code));
  },
  render: {
    kind: 'd3',
    render: (rows, { variant }) =>
      scatter(
        rows.map((r) => {
          const h = HIGHLIGHT[r.onet_code];
          return {
            x: r.median_wage,
            y: r.human_beta,
            color: h ? (h.concept === 'writing' ? COLORS.writing : COLORS.images) : COLORS.other,
            ...(h ? { label: h.label } : {}),
            datum: { series: h ? 'Highlighted' : 'All occupations', label: r.title, value: datumValue(r) },
          };
        }),
        { variant, xFormat: wageK, yFormat: beta, xTitle: 'Median annual wage, May 2021 →', yTitle: '↑ Exposure β', yDomain: [0, 1] },
      ),
  },
  describe(rows) {
    const marked = rows.filter((r) => r.highlight);
    const ranked = [...rows].sort((a, b) => b.human_beta - a.human_beta);
    const rank = (r: Row) => ranked.findIndex((x) => x.onet_code === r.onet_code) + 1;
    const median = [...rows].sort((a, b) => a.human_beta - b.human_beta)[Math.floor(rows.length / 2)]!;
    return {
      alt: `Scatter plot of ${rows.length} US occupations by exposure to large language models and median wage. ${marked.map((r) => `${HIGHLIGHT[r.onet_code]!.label}: β ${beta(r.human_beta)}, ${wage(r.median_wage)}`).join('; ')}.`,
      summary: `Each dot is an O*NET occupation with a BLS median wage. The typical occupation has an exposure β around ${beta(median.human_beta)}. Of the highlighted jobs, ${marked
        .map((r) => `${HIGHLIGHT[r.onet_code]!.label.toLowerCase()} rank ${rank(r)} of ${rows.length} (β ${beta(r.human_beta)}, median wage ${wage(r.median_wage)})`)
        .join('; ')}. Exposure means a model could cut the time a task takes; it does not say the job will shrink.`,
    };
  },
  columns: [
    { key: 'onet_code', label: 'O*NET code' },
    { key: 'title', label: 'Occupation' },
    { key: 'human_beta', label: 'Exposure β (human-rated, 0–1)', numeric: true, format: (r) => beta(r.human_beta) },
    { key: 'median_wage', label: 'Median annual wage, May 2021 (US$)', numeric: true, format: (r) => wage(r.median_wage) },
    { key: 'highlight', label: 'Highlighted as', format: (r) => r.highlight ?? '' },
  ],
  notes: (data, rows) => [
    'β is the share of an occupation’s tasks a large language model could do in half the time (E1) plus half the share that would also need software built on it (E2), as defined by Eloundou et al.; ratings by human annotators.',
    `Wages are BLS OEWS May 2021 medians for employees; self-employed freelancers are not in OEWS. ${data('occupation-exposure').length - rows.length} occupations without a published median are left out.`,
    'Several O*NET occupations share one BLS wage code, so some dots sit on the same wage.',
  ],
});
