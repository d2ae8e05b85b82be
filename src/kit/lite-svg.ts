// The embed page's first paint carries a lighter copy of each chart SVG: the same picture, without
// what only the tooltip and keyboard reading use. Those parts arrive on the reader's first
// interaction (/embed/<id>/full.json), so a chart of hundreds of points still fits the embed budget.

/** Attributes whose numbers are geometry (never visible text), cut to one decimal. */
const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|points)="([^"]*)"/g;

/** Per-mark data for tooltips and assistive reading (the root's role/aria-labelledby are kept). */
const MARK_TEXT = /\s(?:data-(?:series|label|value)|aria-label|aria-roledescription)="[^"]*"|\srole="graphics-(?:symbol|object|document)"/g;

/**
 * A small dot's centre (r < 3: a scatter's hundreds of muted dots, mostly these digits): whole units
 * are enough. Larger dots sit on lines, whose paths keep one decimal, so they keep one decimal too.
 */
const DOT = /<circle\b(?=[^>]*\sr="(?:[0-2](?:\.\d+)?)")[^>]*>/g;
const CENTRE = /\s(cx|cy)="(-?[\d.]+)"/g;

/** Self-closing marks drawn fully transparent: hit targets for the pointer, nothing to see. */
const INVISIBLE = /<(?:path|circle|rect|line|ellipse|polygon)\b[^>]*\sopacity="0"[^>]*\/>/g;

/**
 * The lite copy of a chart SVG: invisible marks dropped, per-mark text attributes dropped, small dot centres
 * rounded to whole units (at most 0.5 units off: under half a pixel in either layout), other geometry
 * cut to one decimal (under 0.1 units off: about a tenth of a pixel at the widest embed).
 * The root element and every visible shape and text stay as they are.
 */
export function liteSvg(svg: string): string {
  const end = svg.indexOf('>') + 1;
  if (!svg.startsWith('<svg') || end === 0) throw new Error('liteSvg: expected an <svg> element');
  const root = svg.slice(0, end);
  const body = svg
    .slice(end)
    .replace(INVISIBLE, '')
    .replace(MARK_TEXT, '')
    .replace(DOT, (tag) => tag.replace(CENTRE, (_m, name: string, v: string) => ` ${name}="${Math.round(Number(v))}"`))
    .replace(GEOMETRY, (_m, name: string, value: string) => ` ${name}="${value.replace(/(\d+\.\d)\d+/g, '$1')}"`);
  return root + body;
}
