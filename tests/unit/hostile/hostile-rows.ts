// Turns a chart's real rows into hostile ones: every free-text field gets a hostile string, while ids,
// source references, enums, flags and dates keep their values so the chart's own logic still runs.
import type { ChartRow } from '../../../src/kit/types';
import { HOSTILE } from './strings';

/**
 * Fields that are keys, references or codes rather than text a reader sees as written
 * (occupation: a key into the OLI series' colours and short names; population, direction, measure, outcome: evidence enums that pick a mark or a filter, not drawn as written).
 */
const STRUCTURAL = /^(id|source|reported_by|grade|metric|unit|study|onet_code|highlight|kind|series|key|variant|occupation|population|direction|measure|outcome)$|_(id|date|end|start|code|key)$/;
const DATE_LIKE = /^\d{4}(-\d\d){0,2}$/;

/** Copies of `rows` with every free-text value replaced, cycling through HOSTILE; also returns each swap. */
export function hostileRows<R extends ChartRow>(rows: readonly R[]): { rows: R[]; swaps: { original: string; hostile: string }[] } {
  let k = 0;
  const swaps: { original: string; hostile: string }[] = [];
  const out = rows.map((r) => {
    const copy: ChartRow = { ...r };
    for (const [key, v] of Object.entries(r)) {
      if (typeof v !== 'string' || STRUCTURAL.test(key) || DATE_LIKE.test(v)) continue;
      const h = HOSTILE[k++ % HOSTILE.length]!;
      copy[key] = h;
      swaps.push({ original: v, hostile: h });
    }
    return copy as R;
  });
  return { rows: out, swaps };
}
