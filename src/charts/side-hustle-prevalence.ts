import { defineChart } from '../kit/define-chart';
import { extremes, fmt } from '../kit/format';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../kit/provenance';
import { timePanels } from '../kit/d3/time-panels';
import { COLORS } from '../kit/theme';

type Row = { id: string; year: number; share_pct: number } & Provenance;

// Why left out: 2019's 19% "of respondents" was reported years later in other words (USA Today, 2024),
// and Bankrate calls 2025's 27% "the lowest since 2017", which cannot hold beside 19% in 2019 on the
// same measure. So it is not charted as part of this series (the article says why).
const NOT_THE_SAME_MEASURE = new Set(['bankrate-side-hustle-2019']);
const pct = (v: number) => fmt(v, 'percent');

/** Bankrate: share of US adults with a side hustle, by survey year. */
export default defineChart<Row>({
  id: 'side-hustle-prevalence',
  title: 'Fewer Americans say they have a side hustle',
  dek: 'US adults who say they have a side hustle, Bankrate surveys 2023–2025 (%)',
  datasets: ['side-hustle'],
  sourceIds: [],
  provenance: provenanceOf,
  transform: (data) =>
    data('side-hustle')
      .filter((r) => r.metric === 'share_with_side_hustle' && !NOT_THE_SAME_MEASURE.has(r.id))
      .map((r) => ({ id: r.id, year: r.year, share_pct: r.value, ...provenanceOf(r) }))
      .sort((a, b) => a.year - b.year),
  render: {
    kind: 'd3',
    render: (rows, { variant }) =>
      timePanels(
        [
          {
            title: 'Share of US adults with a side hustle',
            color: COLORS.other,
            tickFormat: (v) => fmt(v, 'percent', { decimals: 0 }),
            points: rows.map((r) => ({ date: `${r.year}-07-01`, value: r.share_pct, short: pct(r.share_pct), datum: { series: 'Side hustle', label: String(r.year), value: pct(r.share_pct) } })),
          },
        ],
        { variant, from: `${rows[0]!.year}-01-01`, to: `${rows.at(-1)!.year}-12-31`, maxGapDays: 370, panelHeight: variant.name === 'wide' ? 220 : 170 },
      ),
  },
  describe(rows) {
    const { max } = extremes(rows, (r) => r.share_pct);
    const last = rows.at(-1)!;
    const missing = [];
    for (let y = rows[0]!.year + 1; y < last.year; y++) if (!rows.some((r) => r.year === y)) missing.push(y);
    return {
      alt: `Dot chart of ${rows.length} Bankrate survey years: the share of US adults with a side hustle peaked at ${pct(max.share_pct)} in ${max.year} and was ${pct(last.share_pct)} in ${last.year}.`,
      summary: `Bankrate asks US adults whether they have a side hustle. ${rows.map((r) => `${r.year}: ${pct(r.share_pct)}`).join('; ')}.${missing.length ? ` No figure is charted for ${missing.join(', ')}.` : ''} A side hustle is any extra paid work, not only online freelancing.`,
    };
  },
  columns: [
    { key: 'year', label: 'Survey year' },
    { key: 'share_pct', label: 'Adults with a side hustle (%)', numeric: true, format: (r) => pct(r.share_pct) },
    ...PROVENANCE_COLUMNS,
  ],
  notes: (_d, rows) => [
    'Bankrate’s definition: any work outside a main job that brings in extra money, not only online freelancing; other surveys (Upwork, MBO Partners) count differently and are not mixed in.',
    'Years without a verified figure are left empty; only consecutive survey years are joined.',
    'A 2019 figure (19% of respondents, as reported by USA Today in 2024) is not charted: Bankrate calls 2025’s share the lowest since 2017, which could not be true on the same measure, so the two are not one series.',
    ...rows.filter((r) => r.grade === 'S').slice(0, 1).map(() => 'Some years are as reported by news coverage of the survey (grade S); see the sources.'),
  ],
});
