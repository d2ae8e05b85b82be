/**
 * The parts of the OLI-by-occupation chart the browser runs too: row type, view dimensions, view →
 * rows, the data the vega-lite spec reads (named datasets and params), description and columns.
 * The build compiles the spec once; the browser sets the same datasets and params for another view.
 */
import { CHATGPT_RELEASE } from '../../kit/annotations';
import { extremes, fmt, formatDay, formatMonth, listWords } from '../../kit/format';
import { OLI_SERIES } from '../../kit/series/oli-series';
import { dodge } from '../../kit/dodge';
import { datumDescription } from '../../kit/datum';
import type { Variant } from '../../kit/theme';
import type { View, ViewDims } from '../../kit/view-dims';
import { slug } from '../../lib/slug';
import type { ChartColumn, ChartDescription } from '../../kit/types';

type Occupation = keyof typeof OLI_SERIES;

/**
 * One month of one OLI occupation: its index, the all-occupation total that month, and `value`, the
 * view's measure (the index by default).
 */
export type OliRow = { month: string; occupation: Occupation; index: number; total: number; value: number; partial: boolean };

/** The measures a reader can choose. */
export const OLI_MEASURES = [
  { id: 'index', label: 'Index points (May 2016 total = 100)' },
  { id: 'share', label: 'Share of all new vacancies (%)' },
  { id: 'change', label: 'Change since the first month shown (%)' },
] as const;
type Measure = (typeof OLI_MEASURES)[number]['id'];

const OCCUPATIONS = Object.keys(OLI_SERIES) as Occupation[];
const bySlug = new Map(OCCUPATIONS.map((o) => [slug(o), o]));
const measureOf = (view?: View): Measure => (view?.measure ?? 'index') as Measure;
const ym = (iso: string) => iso.slice(0, 7);

/** A value in the measure's unit, for text. */
export function formatMeasure(v: number, measure: Measure): string {
  if (measure === 'index') return fmt(v, 'index-points', { decimals: 1 });
  if (measure === 'share') return fmt(v, 'percent', { decimals: 1 });
  return fmt(v, 'percent', { kind: 'change', decimals: 0 });
}

/** Series (slugs of the occupation names), months covered, and the measure. */
export function oliDims(rows: readonly OliRow[]): ViewDims {
  const months = rows.map((r) => ym(r.month)).sort();
  return {
    series: { label: 'Occupations', options: OCCUPATIONS.map((o) => ({ id: slug(o), label: o })), default: OCCUPATIONS.map(slug), min: 1 },
    time: { label: 'Months', min: months[0]!, max: months.at(-1)! },
    measure: { label: 'Measure', options: OLI_MEASURES, default: 'index' },
  };
}

/** The rows of a view: chosen series, months in range, `value` in the chosen measure. */
export function oliRows(rows: readonly OliRow[], view: View): OliRow[] {
  const series = new Set((view.series ?? OCCUPATIONS.map(slug)).map((s) => bySlug.get(s)));
  const from = view.time?.from ?? '0000-00';
  const to = view.time?.to ?? '9999-99';
  const shown = rows.filter((r) => series.has(r.occupation) && ym(r.month) >= from && ym(r.month) <= to);
  const measure = measureOf(view);
  // "Change" is relative to each series' first full month in view.
  const first = new Map<string, number>();
  for (const r of [...shown].sort((a, b) => a.month.localeCompare(b.month))) if (!r.partial && !first.has(r.occupation)) first.set(r.occupation, r.index);
  return shown.map((r) => ({
    ...r,
    value: measure === 'index' ? r.index : measure === 'share' ? (r.index / r.total) * 100 : (r.index / first.get(r.occupation)! - 1) * 100,
  }));
}

/** What the compiled vega spec reads: its named datasets and the params the y scale and axis use. */
export interface OliSpecData {
  rows: Record<string, unknown>[];
  labels: { month: string; y: number; text: string; color: string }[];
  events: (typeof CHATGPT_RELEASE)[];
  ymin: number;
  ymax: number;
  measure: Measure;
}

/** Plot height of a variant (px). */
export const oliHeight = (variant: Variant) => (variant.name === 'narrow' ? 260 : 340);

/** The datasets and params for a view's rows in one layout variant (the build and the browser call this). */
export function oliSpecData(rows: readonly OliRow[], variant: Variant, view?: View): OliSpecData {
  const narrow = variant.name === 'narrow';
  const measure = measureOf(view);
  const height = oliHeight(variant);
  const values = rows.map((r) => r.value);
  const step = measure === 'index' ? 10 : measure === 'share' ? 5 : 25;
  const ymax = Math.max(step, Math.ceil(Math.max(...values) / step) * step);
  const ymin = Math.min(0, Math.floor(Math.min(...values) / step) * step);
  const full = rows.filter((r) => !r.partial);
  const lastMonth = full.reduce((m, r) => (r.month > m ? r.month : m), '');
  // Direct labels at the last full month, pushed apart in pixels, then put back into data units.
  const few = new Set(rows.map((r) => r.occupation)).size <= 3;
  const labelled = full.filter((r) => r.month === lastMonth && (!narrow || few || OLI_SERIES[r.occupation].emphasis));
  const px = (v: number) => height - ((v - ymin) / (ymax - ymin)) * height;
  const ys = dodge(labelled.map((r) => px(r.value)), variant.smallFontSize + 2, 0, height);
  const labels = labelled.map((r, i) => ({
    month: r.month,
    y: ymin + ((height - ys[i]!) / height) * (ymax - ymin),
    text: narrow ? OLI_SERIES[r.occupation].short.split(' ')[0]! : OLI_SERIES[r.occupation].short,
    color: OLI_SERIES[r.occupation].color,
  }));
  const months = rows.map((r) => r.month);
  const first = months.reduce((a, b) => (b < a ? b : a), '9999');
  const events = [CHATGPT_RELEASE].filter((e) => e.date >= first && e.date <= lastMonth);
  return {
    rows: rows.map((r) => ({
      ...r,
      color: OLI_SERIES[r.occupation].color,
      emphasis: OLI_SERIES[r.occupation].emphasis,
      desc: datumDescription({ series: r.occupation, label: formatMonth(r.month) + (r.partial ? ' (partial)' : ''), value: formatMeasure(r.value, measure) }),
    })),
    labels,
    events,
    ymin,
    ymax,
    measure,
  };
}

/** Alt text and summary of a view's rows (every number from the rows). */
export function oliDescribe(rows: readonly OliRow[], view?: View): ChartDescription {
  const measure = measureOf(view);
  const m = (v: number) => formatMeasure(v, measure);
  const full = rows.filter((r) => !r.partial);
  const months = [...new Set(full.map((r) => r.month))].sort();
  const first = months[0]!;
  const last = months.at(-1)!;
  const shown = OCCUPATIONS.filter((o) => full.some((r) => r.occupation === o));
  const changes = shown.map((occ) => {
    const series = full.filter((r) => r.occupation === occ);
    const peak = extremes(series, (r) => r.index).max;
    const end = series.find((r) => r.month === last) ?? series.at(-1)!;
    return { occ, peak, end, fall: (end.index - peak.index) / peak.index };
  });
  const lead = changes.find((c) => c.occ === 'Writing and translation') ?? changes[0]!;
  const what = measure === 'index' ? 'monthly online freelance vacancies' : measure === 'share' ? 'each occupation’s share of all new online freelance vacancies' : `the change in monthly online freelance vacancies since ${formatMonth(first)}`;
  const alt = `Line chart of ${what} for ${changes.length} occupation${changes.length === 1 ? '' : 's'}, ${formatMonth(first)} to ${formatMonth(last)}. ${lead.occ} peaked at ${m(lead.peak.value)} in ${formatMonth(lead.peak.month)} and ${measure === 'index' ? 'fell to' : 'was'} ${m(lead.end.value)} by ${formatMonth(lead.end.month)}.`;
  const others = changes
    .filter((c) => c.occ !== lead.occ)
    .sort((a, b) => a.fall - b.fall)
    .map((c) => `${c.occ.toLowerCase()} ${fmt(c.fall * 100, 'percent', { kind: 'change', decimals: 0 })}`);
  const worst = extremes(changes, (c) => c.fall).min;
  const event = CHATGPT_RELEASE.date >= first && CHATGPT_RELEASE.date <= last ? ` The chart marks ChatGPT's release on ${formatDay(CHATGPT_RELEASE.date)}.` : '';
  const summary = `The Online Labour Index counts new vacancies on English-language freelance platforms. ${lead.occ} reached its highest month in ${formatMonth(lead.peak.month)} (${m(lead.peak.value)}) and stood at ${m(lead.end.value)} in ${formatMonth(lead.end.month)}, a change of ${fmt(lead.fall * 100, 'percent', { kind: 'change', decimals: 0 })} in vacancies from its peak.${
    changes.length > 1 ? ` The largest fall from peak among the occupations shown was in ${worst.occ.toLowerCase()}. From each occupation's peak to ${formatMonth(last)}: ${listWords(others)}.` : ''
  }${event}`;
  return { alt, summary };
}

const BASE_COLUMNS: ChartColumn<OliRow>[] = [
  { key: 'month', label: 'Month', format: (r) => formatMonth(r.month) },
  { key: 'occupation', label: 'Occupation' },
];
const PARTIAL: ChartColumn<OliRow> = { key: 'partial', label: 'Partial month', format: (r) => (r.partial ? 'yes' : '') };

/** Table and CSV columns of a view: the index always; the chosen measure beside it when it is not the index. */
export function oliColumns(view?: View): ChartColumn<OliRow>[] {
  const measure = measureOf(view);
  const index: ChartColumn<OliRow> = { key: 'index', label: 'Index (points, May 2016 total = 100)', numeric: true, format: (r) => fmt(r.index, 'count', { decimals: 1 }) };
  if (measure === 'index') return [...BASE_COLUMNS, index, PARTIAL];
  const label = OLI_MEASURES.find((x) => x.id === measure)!.label;
  return [...BASE_COLUMNS, index, { key: 'value', label, numeric: true, format: (r) => fmt(r.value, 'count', { decimals: 1 }) }, PARTIAL];
}

/** The browser-side half of the definition, as ChartDefinition fields. */
export const oliCore = {
  describe: oliDescribe,
  columns: oliColumns(),
  views: { dims: oliDims, rows: oliRows, columns: oliColumns },
};
