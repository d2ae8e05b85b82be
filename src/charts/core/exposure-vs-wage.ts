/**
 * The parts of the exposure-vs-wage chart the browser runs too (no zod, no data loader): its row type,
 * view dimensions, view → rows, render, description and columns. The definition spreads them in.
 */
// The number formatter itself (not charts/format, whose date helpers would ship d3-time-format too).
import { formatValue as fmt } from '../../lib/format';
import { scatter } from '../../kit/d3/scatter';
import { COLORS } from '../../kit/theme';
import type { View, ViewDims } from '../../kit/view-dims';
import type { ChartColumn, ChartDescription, RenderContext } from '../../kit/types';

type Score = 'alpha' | 'beta' | 'gamma';
type Rating = 'human' | 'gpt4';
type ScoreKey = `${Rating}_${Score}`;

/** One occupation as charted: every rating and score, and the one the view plots (`exposure`). */
export type ExposureRow = { onet_code: string; title: string; exposure: number; median_wage: number; highlight: string | null } & Record<ScoreKey, number>;

/** Occupations labelled by default, by O*NET code, with the concept they belong to. */
export const HIGHLIGHT: Record<string, { label: string; concept: 'writing' | 'images' }> = {
  '27-3043.00': { label: 'Writers and authors', concept: 'writing' },
  '27-3041.00': { label: 'Editors', concept: 'writing' },
  '27-3091.00': { label: 'Interpreters and translators', concept: 'writing' },
  '27-1024.00': { label: 'Graphic designers', concept: 'images' },
  '27-4021.00': { label: 'Photographers', concept: 'images' },
};

const RATINGS = [
  { id: 'human', label: 'Human annotators' },
  { id: 'gpt4', label: 'GPT-4' },
] as const;
const SCORES = [
  { id: 'alpha', label: 'α (direct exposure, E1)' },
  { id: 'beta', label: 'β (E1 + ½ E2)' },
  { id: 'gamma', label: 'γ (E1 + E2)' },
] as const;
const GREEK: Record<Score, string> = { alpha: 'α', beta: 'β', gamma: 'γ' };
const RATED: Record<Rating, string> = { human: 'human-rated', gpt4: 'GPT-4-rated' };
/** Most occupations a view highlights at once (labels must stay readable). */
export const MAX_HIGHLIGHT = 8;

const share = (v: number) => fmt(v, 'count', { decimals: 2 });
const wage = (v: number) => fmt(v, 'usd');
const wageK = (v: number) => (v === 0 ? '$0' : `$${fmt(v / 1000, 'count', { decimals: 0 })}k`);
const scoreOf = (view: View | undefined): { rating: Rating; score: Score } => ({ rating: (view?.rating ?? 'human') as Rating, score: (view?.score ?? 'beta') as Score });
const labelOf = (r: ExposureRow) => HIGHLIGHT[r.onet_code]?.label ?? r.title;

/** The view dimensions: rating, score, and highlighted occupations (any with a wage). */
export function exposureDims(rows: readonly ExposureRow[]): ViewDims {
  return {
    rating: { label: 'Rated by', options: RATINGS, default: 'human' },
    score: { label: 'Exposure measure', options: SCORES, default: 'beta' },
    highlight: { label: 'Highlight occupations', options: rows.map((r) => ({ id: r.onet_code, label: r.title })), default: Object.keys(HIGHLIGHT), max: MAX_HIGHLIGHT },
  };
}

/** The rows of a view: `exposure` is the chosen rating's score; `highlight` marks the chosen occupations. */
export function exposureRows(rows: readonly ExposureRow[], view: View): ExposureRow[] {
  const { rating, score } = scoreOf(view);
  const marked = new Set(view.highlight ?? Object.keys(HIGHLIGHT));
  return rows.map((r) => ({ ...r, exposure: r[`${rating}_${score}`], highlight: marked.has(r.onet_code) ? (HIGHLIGHT[r.onet_code]?.concept ?? 'selected') : null }));
}

const COLOR: Record<string, string> = { writing: COLORS.writing, images: COLORS.images, selected: COLORS.highlight };

/** Draw the scatter of a view's rows. */
export function exposureRender(rows: readonly ExposureRow[], { variant, view }: RenderContext): { body: string; height: number } {
  const { score } = scoreOf(view);
  const g = GREEK[score];
  return scatter(
    rows.map((r) => ({
      x: r.median_wage,
      y: r.exposure,
      color: r.highlight ? COLOR[r.highlight]! : COLORS.other,
      ...(r.highlight ? { label: labelOf(r) } : {}),
      datum: { series: r.highlight ? 'Highlighted' : 'All occupations', label: r.title, value: `exposure ${g} ${share(r.exposure)}, median wage ${wage(r.median_wage)}` },
    })),
    { variant, xFormat: wageK, yFormat: share, xTitle: 'Median annual wage, May 2021 →', yTitle: `↑ Exposure ${g}`, yDomain: [0, 1] },
  );
}

/** Alt text and summary of a view's rows (numbers from the rows). */
export function exposureDescribe(rows: readonly ExposureRow[], view?: View): ChartDescription {
  const { rating, score } = scoreOf(view);
  const g = `${GREEK[score]} (${RATED[rating]})`;
  const marked = rows.filter((r) => r.highlight);
  const ranked = [...rows].sort((a, b) => b.exposure - a.exposure);
  const rank = (r: ExposureRow) => ranked.findIndex((x) => x.onet_code === r.onet_code) + 1;
  const median = [...rows].sort((a, b) => a.exposure - b.exposure)[Math.floor(rows.length / 2)]!;
  const list = marked.map((r) => `${labelOf(r)}: ${GREEK[score]} ${share(r.exposure)}, ${wage(r.median_wage)}`).join('; ');
  return {
    alt: `Scatter plot of ${rows.length} US occupations by exposure to large language models (${g}) and median wage.${list ? ` ${list}.` : ''}`,
    summary: `Each dot is an O*NET occupation with a BLS median wage. The typical occupation has an exposure ${GREEK[score]} around ${share(median.exposure)}.${
      marked.length
        ? ` Of the highlighted jobs, ${marked.map((r) => `${labelOf(r).toLowerCase()} rank ${rank(r)} of ${rows.length} (${GREEK[score]} ${share(r.exposure)}, median wage ${wage(r.median_wage)})`).join('; ')}.`
        : ''
    } Exposure means a model could cut the time a task takes; it does not say the job will shrink.`,
  };
}

/** Table and CSV columns of a view: the plotted score, labelled with its rating. */
export function exposureColumns(view?: View): ChartColumn<ExposureRow>[] {
  const { rating, score } = scoreOf(view);
  return [
    { key: 'onet_code', label: 'O*NET code' },
    { key: 'title', label: 'Occupation' },
    { key: 'exposure', label: `Exposure ${GREEK[score]} (${RATED[rating]}, 0–1)`, numeric: true, format: (r) => share(r.exposure) },
    { key: 'median_wage', label: 'Median annual wage, May 2021 (US$)', numeric: true, format: (r) => wage(r.median_wage) },
    { key: 'highlight', label: 'Highlighted as', format: (r) => r.highlight ?? '' },
  ];
}

/** The browser-side half of the definition, as ChartDefinition fields. */
export const exposureCore = {
  render: { kind: 'd3' as const, render: exposureRender },
  describe: exposureDescribe,
  columns: exposureColumns(),
  views: { dims: exposureDims, rows: exposureRows, columns: exposureColumns },
};
