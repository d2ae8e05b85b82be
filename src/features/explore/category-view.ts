// Everything a category card shows, gathered at build time from data/: the OLI monthly series as a
// sparkline, the 2019–22 → 2023–24 change from figures.csv when it has one, and the study estimates
// mapped to the category.
import { getFigure, getOliMonthly, getSource, getStudyEstimates, hasFigure, sourceShortName, type Figure } from '../../data';
import { formatFigure, formatValue } from '../../lib/format';
import { estimateAttribution, estimateCaveat, estimateValue, reportNote, sourceHref } from './estimates';
import { CATEGORY_ESTIMATES, CATEGORY_SLUGS, changeFigureId, type MappedCategory } from './oli-mapping';
import { sparkline, type Sparkline } from './sparkline';
import { formatMonth } from '../../kit/format';
import { getChart } from '../../charts/lookup';
import { chartLicences, chartSources, licenceLine, sourceLine } from '../../outputs/chart-sources';

/** The chart whose data every sparkline condenses: its sources and licences are the sparklines' credit. */
const OLI_CHART_ID = 'oli-postings-by-occupation';

/** One study estimate, ready to print. */
export interface EstimateView {
  id: string;
  value: string;
  outcome: string;
  group: string;
  caveat: string;
  from: string;
  /** Said after the source line: " (a news report quoting the study)" for grade S, unless `from` says it. */
  note: string;
  href: string | undefined;
  grade: 'P' | 'S';
}

/** A category card's content. */
export interface CategoryView {
  name: MappedCategory;
  slug: string;
  spark: Sparkline;
  /** Months left out of the sparkline because they are partial (the series' last month). */
  partialMonths: string[];
  /** Text equivalent of the sparkline. */
  summary: string;
  /** Source and licence line of the sparkline, built from data/sources.json and the datapackage. */
  credit: string;
  change: { figure: Figure; value: string; from: string } | undefined;
  estimates: EstimateView[];
}

const points = (v: number) => formatValue(v, 'index-points', { decimals: 1 });

/** "Sources: …. Data licence: …." for the OLI sparklines, as the OLI chart credits the same data. */
export function oliCredit(): string {
  const def = getChart(OLI_CHART_ID);
  return `${sourceLine(chartSources(def, []))} ${licenceLine(chartLicences(def))}`;
}

/** Build one category's card content; throws if a listed estimate id is unknown. */
export function categoryView(name: MappedCategory): CategoryView {
  const rows = getOliMonthly().filter((r) => r.occupation === name);
  const full = rows.filter((r) => !r.partial).map((r) => ({ month: r.month, index: r.index }));
  const spark = sparkline(full);
  const summary =
    `Monthly new online vacancies in ${name.toLowerCase()}, in index points (all categories in May 2016 = 100): ` +
    `${points(spark.first.index)} in ${formatMonth(spark.first.month)}, a peak of ${points(spark.peak.index)} in ${formatMonth(spark.peak.month)}, ` +
    `${points(spark.last.index)} in ${formatMonth(spark.last.month)}.`;
  const changeId = changeFigureId(name);
  let change: CategoryView['change'];
  if (hasFigure(changeId)) {
    const figure = getFigure(changeId);
    change = { figure, value: formatFigure(figure), from: sourceShortName(getSource(figure.source)) };
  }
  const byId = new Map(getStudyEstimates().map((e) => [e.id, e]));
  const estimates = CATEGORY_ESTIMATES[name].map((id): EstimateView => {
    const e = byId.get(id);
    if (!e) throw new Error(`src/features/explore/oli-mapping.ts: study estimate "${id}" is not in data/study-estimates.csv`);
    const from = estimateAttribution(e, (s) => getSource(s));
    return {
      id,
      value: estimateValue(e),
      outcome: e.outcome,
      group: e.group,
      caveat: estimateCaveat(e),
      from,
      note: reportNote(e.grade, from),
      href: sourceHref(getSource(e.source)),
      grade: e.grade,
    };
  });
  return {
    name,
    slug: CATEGORY_SLUGS[name],
    spark,
    partialMonths: rows.filter((r) => r.partial).map((r) => r.month),
    summary,
    credit: oliCredit(),
    change,
    estimates,
  };
}
