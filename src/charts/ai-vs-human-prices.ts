import { defineChart } from '../kit/define-chart';
import { fmt } from '../kit/format';
import { PROVENANCE_COLUMNS, provenanceOf, type Provenance } from '../kit/provenance';
import { hbars, type BarGroup } from '../kit/d3/hbars';
import { COLORS } from '../kit/theme';

type Row = { id: string; item: string; provider: string; price_usd: number; price_usd_high: number | null; approximate: boolean } & Provenance;

const usd = (v: number) => fmt(v, 'usd');
const priceText = (r: Row) => (r.price_usd_high !== null ? `${usd(r.price_usd)} to ${usd(r.price_usd_high)}` : `${r.approximate ? 'about ' : ''}${usd(r.price_usd)}`);
const isHuman = (r: Row) => /photographer/i.test(r.provider) && !/^AI/i.test(r.item);

/** AI headshots vs a photographer: the one reported pairing, and other AI prices quoted. */
export default defineChart<Row>({
  id: 'ai-vs-human-prices',
  title: 'AI headshots sell for far less than a photographer might charge',
  dek: 'Prices quoted for headshots, US dollars: one reported comparison and other AI prices mentioned',
  datasets: ['good-enough-prices'],
  sourceIds: [],
  provenance: provenanceOf,
  transform: (data) =>
    data('good-enough-prices')
      .filter((r) => r.price_usd !== null)
      .map((r) => ({ id: r.id, item: r.item, provider: r.provider, price_usd: r.price_usd!, price_usd_high: r.price_usd_high, approximate: r.approximate, ...provenanceOf(r) })),
  render: {
    kind: 'd3',
    render(rows, { variant }) {
      const bySource = [...new Set(rows.map((r) => r.source))];
      const groups: BarGroup[] = bySource.map((source) => {
        const mine = rows.filter((r) => r.source === source);
        return {
          title: mine[0]!.grade === 'S' ? 'The comparison as reported' : 'Other AI headshot prices quoted',
          items: mine.map((r) => ({
            label: r.item,
            sublabel: r.provider,
            ...(r.price_usd_high !== null ? { low: r.price_usd, high: r.price_usd_high } : { value: r.price_usd }),
            color: isHuman(r) ? COLORS.images : COLORS.ai,
            valueText: priceText(r),
            datum: { series: r.item, label: r.provider, value: priceText(r) },
          })),
        };
      });
      // Sources with several rows first: the S-grade pairing, then the other mentions.
      groups.sort((a, b) => b.items.length - a.items.length);
      const merged: BarGroup[] = [groups[0]!, { title: groups[1]?.title, items: groups.slice(1).flatMap((gr) => gr.items) }].filter((gr) => gr.items.length > 0);
      return hbars(merged, { variant, stacked: true, tickFormat: (v) => fmt(v, 'usd', { decimals: 0 }) });
    },
  },
  describe(rows) {
    const human = rows.filter(isHuman);
    const ai = rows.filter((r) => !isHuman(r));
    const pair = rows.filter((r) => r.grade === 'S');
    const pairAi = pair.find((r) => !isHuman(r));
    const pairHuman = pair.find(isHuman);
    const ratio = pairAi && pairHuman ? Math.round(pairHuman.price_usd / pairAi.price_usd) : undefined;
    return {
      alt: `Bar chart of headshot prices: ${pairAi && pairHuman ? `${priceText(pairAi)} for AI headshots against ${priceText(pairHuman)} for a photographer in the one reported comparison; ` : ''}${ai.length} AI price mentions in all, from ${usd(Math.min(...ai.map((r) => r.price_usd)))} to ${usd(Math.max(...ai.map((r) => r.price_usd_high ?? r.price_usd)))}.`,
      summary: `${pairAi && pairHuman ? `Business Insider reported an example from Nick Loper of Side Hustle Nation: AI headshot companies charge ${priceText(pairAi)} for what a professional photographer might charge ${priceText(pairHuman)}, about ${ratio} times as much. ` : ''}Other AI prices quoted on photographers' sites: ${ai.filter((r) => r.grade !== 'S').map((r) => `${r.item.toLowerCase()} ${priceText(r)}`).join('; ')}. ${human.length} human price in the data; these are examples, not a price survey.`,
    };
  },
  columns: [
    { key: 'item', label: 'Item' },
    { key: 'provider', label: 'Provider' },
    { key: 'price_usd', label: 'Price (US$)', numeric: true, format: (r) => usd(r.price_usd) },
    { key: 'price_usd_high', label: 'Upper end (US$)', numeric: true, format: (r) => (r.price_usd_high === null ? '' : usd(r.price_usd_high)) },
    { key: 'approximate', label: 'Approximate', format: (r) => (r.approximate ? 'yes' : '') },
    ...PROVENANCE_COLUMNS,
  ],
  notes(data, rows) {
    const missing = data('good-enough-prices').filter((r) => r.price_usd === null);
    const pair = rows.filter((r) => r.grade === 'S').map(priceText).join(' vs ');
    return [
      `Grade S: the ${pair} pairing is one example given by Nick Loper (Side Hustle Nation) and reported by Business Insider (Emily Stewart, 16 Oct 2025), read in a repost; it is not a survey of prices.`,
      'The other prices are mentioned on photographers’ blogs and a trade magazine, which have a stake in the comparison.',
      ...missing.map((r) => `Not drawn: ${r.provider.charAt(0).toLowerCase()}${r.provider.slice(1)}: ${(r.note ?? 'no price stated').replace(/\.$/, '')}.`),
    ];
  },
});
