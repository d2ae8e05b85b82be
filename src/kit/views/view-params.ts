/**
 * A chart view in the URL: parse (validate against the chart's declared dimensions) and serialise.
 * Pure, no DOM: the chart page, the embed page, the article figure and the evidence map share it.
 *
 * Keys: series, time, measure, rating, score, highlight, tab. Unknown keys are ignored. A bad value
 * never throws: the valid part applies, the rest falls back to the default and yields a notice.
 * Notices never echo a raw value (only a short run of safe characters), so markup cannot get in.
 */
import { defaultView, type ChoiceDim, type SetDim, type TimeDim, type View, type ViewDims } from '../view-dims';

import { VIEW_KEYS } from './view-keys';

export { VIEW_KEYS };

/** Separator of several ids in one value (unreserved in URLs: never percent-encoded). */
export const LIST_SEP = '~';

/** The view a URL asks for, and a short notice per value that was dropped. */
export interface ParsedView {
  view: View;
  notices: string[];
  /** True if the URL asked for anything (even if all of it was dropped). */
  requested: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MAX_VALUE = 400;

/** A value quoted in a notice: at most 24 characters of [A-Za-z0-9 .-]; anything else is not echoed. */
export function quote(value: string): string {
  const safe = /^[A-Za-z0-9 .\-]{1,24}$/.test(value);
  return safe ? `“${value}”` : 'a value';
}

function parseChoice(key: string, raw: string, dim: ChoiceDim, notices: string[]): string {
  if (dim.options.some((o) => o.id === raw)) return raw;
  const known = dim.options.map((o) => o.id).join(', ');
  notices.push(`Unknown ${key} ${quote(raw)} ignored (one of: ${known}).`);
  return dim.default;
}

function parseSet(key: string, raw: string, dim: SetDim, notices: string[]): readonly string[] {
  const asked = raw.split(LIST_SEP).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const ids = new Set(dim.options.map((o) => o.id));
  const bad = asked.filter((s) => !ids.has(s));
  // Keep the options' order (stable URLs and drawing order), once each.
  let good = dim.options.map((o) => o.id).filter((id) => asked.includes(id));
  if (bad.length) notices.push(`${bad.length === 1 ? `Unknown ${key} ${quote(bad[0]!)}` : `${bad.length} unknown ${key} values`} ignored.`);
  const max = dim.max ?? dim.options.length;
  if (good.length > max) {
    notices.push(`At most ${max} ${key} values; the first ${max} are shown.`);
    good = good.slice(0, max);
  }
  if (good.length < (dim.min ?? 0)) {
    notices.push(`No known ${key} left; showing the default.`);
    return [...dim.default];
  }
  return good;
}

function parseTime(raw: string, dim: TimeDim, notices: string[]): { from: string; to: string } {
  const full = { from: dim.min, to: dim.max };
  const m = /^([^.]*)\.\.([^.]*)$/.exec(raw);
  if (!m) {
    notices.push('Time range not understood (write YYYY-MM..YYYY-MM); showing all months.');
    return full;
  }
  let [from, to] = [m[1] || dim.min, m[2] || dim.max];
  for (const [side, v] of [['start', from], ['end', to]] as const) {
    if (!MONTH.test(v)) {
      notices.push(`Time range ${side} ${quote(v)} is not a month (YYYY-MM); ignored.`);
      if (side === 'start') from = dim.min;
      else to = dim.max;
    }
  }
  if (from < dim.min || from > dim.max) {
    notices.push(`Time range start ${quote(from)} is outside ${dim.min}..${dim.max}; ignored.`);
    from = dim.min;
  }
  if (to > dim.max || to < dim.min) {
    notices.push(`Time range end ${quote(to)} is outside ${dim.min}..${dim.max}; ignored.`);
    to = dim.max;
  }
  if (from > to) {
    notices.push('Time range ends before it starts; showing all months.');
    return full;
  }
  return { from, to };
}

/** Parse a query string (or URLSearchParams) into a view of a chart with these dimensions. */
export function parseView(search: string | URLSearchParams, dims: ViewDims): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view = defaultView(dims);
  const notices: string[] = [];
  let requested = false;
  for (const key of VIEW_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    requested = true;
    if (raw.length > MAX_VALUE) {
      notices.push(`The ${key} value is too long; ignored.`);
      continue;
    }
    if (key === 'tab') {
      if (raw === 'chart' || raw === 'table') view.tab = raw;
      else notices.push(`Unknown tab ${quote(raw)} ignored (chart or table).`);
      continue;
    }
    const dim = dims[key];
    if (!dim) {
      notices.push(`This chart has no ${key} choice; ${key} ignored.`);
      continue;
    }
    if (key === 'time') view.time = parseTime(raw, dims.time!, notices);
    else if (key === 'series' || key === 'highlight') view[key] = parseSet(key, raw, dim as SetDim, notices);
    else view[key] = parseChoice(key, raw, dim as ChoiceDim, notices);
  }
  return { view, notices, requested };
}

const sameSet = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((x) => b.includes(x));

/** The query string of a view ("" for the default view): only what differs, keys in a fixed order. */
export function serializeView(view: View, dims: ViewDims): string {
  const parts: string[] = [];
  const put = (k: string, v: string) => parts.push(`${k}=${encodeURIComponent(v)}`);
  for (const key of VIEW_KEYS) {
    if (key === 'tab') {
      if (view.tab !== 'chart') put(key, view.tab);
      continue;
    }
    const dim = dims[key];
    const v = view[key];
    if (!dim || v === undefined) continue;
    if (key === 'time') {
      const t = v as View['time'] & object;
      const d = dim as TimeDim;
      if (t.from !== d.min || t.to !== d.max) put(key, `${t.from === d.min ? '' : t.from}..${t.to === d.max ? '' : t.to}`);
    } else if (Array.isArray(v)) {
      const def = (dim as SetDim).default;
      if (!sameSet(v, def)) put(key, (dim as SetDim).options.map((o) => o.id).filter((id) => v.includes(id)).join(LIST_SEP));
    } else if (v !== (dim as ChoiceDim).default) put(key, v as string);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
