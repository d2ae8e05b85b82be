import { EVIDENCE_POPULATIONS, EVIDENCE_WORK, type EvidenceRow } from '../data';
import { TIMING_NOTE } from '../kit/annotations';
import { defineChart } from '../kit/define-chart';
import { comparisonNotStated, evidenceFlags, evidenceValueText, onAxis } from '../kit/series/evidence';
import { fmt, listWords } from '../kit/format';
import { PROVENANCE_COLUMNS, provenanceOf } from '../kit/provenance';
import { evidenceMap, type MapGroup } from '../kit/d3/evidence-map';

type Row = Pick<
  EvidenceRow,
  'id' | 'finding' | 'work' | 'population' | 'design' | 'market' | 'outcome' | 'direction' | 'measure' | 'value' | 'unit' | 'low' | 'high' | 'window' | 'comparison' | 'source' | 'reported_by' | 'locator' | 'quote' | 'grade'
>;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Every finding in data/evidence.csv, grouped by kind of work: dots, range bars and labelled arrows. */
export default defineChart<Row>({
  id: 'evidence-map',
  title: 'The evidence, finding by finding',
  dek: 'Each published finding on generative AI and work: change against its own comparison (%), or its direction',
  datasets: ['evidence'],
  // A tall list of labelled rows reads the same at any width: pages carry one layout, not two.
  pageLayout: 'narrow',
  sourceIds: [],
  provenance: provenanceOf,
  transform(data) {
    const order = (w: string) => (EVIDENCE_WORK as readonly string[]).indexOf(w);
    return [...data('evidence')]
      .map((r, i) => ({ r, i }))
      .sort((a, b) => order(a.r.work) - order(b.r.work) || a.i - b.i)
      .map(({ r }) => ({
        id: r.id,
        finding: r.finding,
        work: r.work,
        population: r.population,
        design: r.design,
        market: r.market,
        outcome: r.outcome,
        direction: r.direction,
        measure: r.measure,
        value: r.value,
        unit: r.unit,
        low: r.low,
        high: r.high,
        window: r.window,
        comparison: r.comparison,
        ...provenanceOf(r),
      }));
  },
  render: {
    kind: 'd3',
    render(rows, { variant }) {
      const groups: MapGroup[] = [...new Set(rows.map((r) => r.work))].map((work) => ({
        title: cap(work),
        items: rows
          .filter((r) => r.work === work)
          .map((r) => ({
            id: r.id,
            label: r.finding,
            sublabel: [r.design, r.market, ...evidenceFlags(r)],
            population: r.population,
            value: onAxis(r) ? r.value : null,
            low: onAxis(r) ? r.low : null,
            high: onAxis(r) ? r.high : null,
            arrow: onAxis(r) ? null : r.direction,
            valueText: evidenceValueText(r),
            datum: { series: cap(work), label: r.finding, value: evidenceValueText(r) },
          })),
      }));
      const legend = EVIDENCE_POPULATIONS.filter((p) => rows.some((r) => r.population === p));
      return evidenceMap(groups, { variant, legend, tickFormat: (v) => fmt(v, 'percent', { kind: 'change', decimals: 0 }) });
    },
  },
  describe(rows) {
    const works = [...new Set(rows.map((r) => r.work))];
    const count = (pred: (r: Row) => boolean) => rows.filter(pred).length;
    const byWork = works.map((w) => {
      const mine = rows.filter((r) => r.work === w);
      // Each finding as written: lowercasing its first letter broke names ("upwork", "iTI members").
      return `${cap(w)}: ${mine.map((r) => `${r.finding} (${r.population}, ${r.design}) ${evidenceValueText(r)}`).join('; ')}`;
    });
    const pops = EVIDENCE_POPULATIONS.filter((p) => rows.some((r) => r.population === p)).map((p) => `${fmt(count((r) => r.population === p), 'count')} about ${p}`);
    return {
      alt: `Evidence map of ${fmt(rows.length, 'count')} findings in ${fmt(works.length, 'count')} kinds of work: ${fmt(count(onAxis), 'count')} relative changes drawn on a percent axis, ${fmt(rows.length - count(onAxis), 'count')} shown as arrows (direction only, or a share or count). ${fmt(count((r) => r.direction === 'down'), 'count')} point down, ${fmt(count((r) => r.direction === 'up'), 'count')} up and ${fmt(count((r) => r.direction === 'none'), 'count')} show no measurable change.`,
      summary: `${byWork.join('. ')}. Of the findings, ${listWords(pops)}. Each compares against its own group, trend or baseline over its own window; they are different measures and should not be added up.`,
    };
  },
  columns: [
    { key: 'finding', label: 'Finding' },
    { key: 'work', label: 'Kind of work' },
    { key: 'population', label: 'Population' },
    { key: 'design', label: 'Design' },
    { key: 'market', label: 'Market or country' },
    { key: 'outcome', label: 'Outcome' },
    { key: 'direction', label: 'Direction' },
    { key: 'value', label: 'Value', numeric: true, format: (r) => (r.measure === 'point' ? evidenceValueText(r) : '') },
    { key: 'unit', label: 'Unit', format: (r) => r.unit ?? '' },
    { key: 'low', label: 'Range low', numeric: true, format: (r) => (r.low === null ? '' : fmt(r.low, 'percent', { kind: 'change' })) },
    { key: 'high', label: 'Range high', numeric: true, format: (r) => (r.high === null ? '' : fmt(r.high, 'percent', { kind: 'change' })) },
    { key: 'window', label: 'Window' },
    { key: 'comparison', label: 'Compared with' },
    ...PROVENANCE_COLUMNS,
  ],
  notes: (_d, rows) => {
    const news = rows.filter((r) => r.grade === 'S').length;
    const unstated = rows.filter(comparisonNotStated).length;
    return [
      'Each dot is a relative change against the finding’s own comparison (a less-exposed group, a trend, or an earlier level) over its own window. Designs differ: difference-in-differences and other causal designs sit beside descriptive counts, surveys and the platforms’ own counts. Do not add them up or read one against another.',
      'Arrows are findings that give a direction only, or a share or count that is not a change. Ranges are bars: a spread across skill clusters, not a confidence interval.',
      'Shapes show who the finding is about. Hollow marks are employees and firms: context, not evidence about freelancers.',
      TIMING_NOTE,
      `${fmt(news, 'count')} findings are news-reported (grade S, marked “news-reported”); ${fmt(unstated, 'count')} have a comparison the text read does not state (marked “comparison not stated”).`,
      'The companies’ own counts (company count) come from parties with a commercial interest and are not causal estimates; Upwork’s monthly hiring reports are short-window changes, month over month, year over year or on a basis the text read does not state.',
    ];
  },
});
