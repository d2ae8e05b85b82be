// How a study estimate reads in the explorer: its value in the site's number format, and the caveat
// that makes it what it is (a relative change against a comparison group, over a window, on one
// platform). Build time only.
import type { StudyEstimate } from '../../data/schemas/study-estimates';
import type { Source } from '../../data/schemas/source';
import { sourceShortName } from '../../data/source-name';
import { attribution, workLink } from '../../citations';
import { formatValue } from '../../lib/format';

/** The estimate as printed: "−5.2%", a range "−50% to −20%", or the source's words when it gives no number. */
export function estimateValue(e: StudyEstimate): string {
  if (e.unit === 'percent per 1% of past earnings') throw new Error(`estimateValue: ${e.id} is per 1% of past earnings, not a category estimate`);
  const unit = e.unit === 'multiple' ? 'multiple' : 'percent';
  if (e.estimate !== null) return formatValue(e.estimate, unit, { kind: unit === 'percent' ? 'change' : 'level' });
  if (e.estimate_low !== null && e.estimate_high !== null) {
    return `${formatValue(e.estimate_low, unit, { kind: 'change' })} to ${formatValue(e.estimate_high, unit, { kind: 'change' })}`;
  }
  return e.estimate_text;
}

/** The caveat line: a relative change against what, when, where and how, plus the row's own note. */
export function estimateCaveat(e: StudyEstimate): string {
  const line = `Compared with: ${e.comparison}. When: ${e.window}. Platform: ${e.platform}. Method: ${e.method}.`;
  return e.note ? `${line} ${e.note}` : line;
}

/**
 * Who the estimate comes from: the study, then where the figure was read when that is another text
 * ("Teutloff et al. (2025), in CSH (…)"), and for grade S the reports (the one attribution()).
 */
export function estimateAttribution(e: StudyEstimate, sourceOf: (id: string) => Source): string {
  const study = sourceShortName(sourceOf(e.study));
  const from = attribution(e);
  return from.startsWith(study) ? from : `${study}, in ${from}`;
}

/**
 * What follows an estimate's source line: for grade S, that the words are a news report's. Nothing
 * when the attribution already calls the report "a news report" (no outlet is named): saying it
 * twice read "as reported by a news report (a news report quoting the study)".
 */
export function reportNote(grade: string, from: string): string {
  return grade === 'S' && !from.includes('a news report') ? ' (a news report quoting the study)' : '';
}

/** Where a source links: the work's own address (DOI first), never a copy's. */
export const sourceHref = workLink;
