import { lightTokens, resolveCssVars } from '../kit/theme-colors';
import { attrs, el, num, text } from '../kit/svg';
import { wrapText } from '../kit/text-width';
import { frame, type Drawing } from '../kit/frame';
import { FILE_FONT_FAMILY } from '../kit/theme';

/** What a standalone image states around the chart. */
export interface StandaloneText {
  title: string;
  dek: string;
  source: string;
  licence: string;
  url: string;
}

const PAD = 24;

/** The XML declaration a standalone SVG file starts with (the PNG renderer takes the element alone). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * A self-contained SVG file: title and dek above, source, licence and link below, colours resolved
 * to the light theme (no CSS variables outside the page) and the font named as the PNG renderer has it
 * (the chart's file drawing is rendered with it).
 */
export function standaloneSvg(chart: Drawing, t: StandaloneText): string {
  const tokens = lightTokens();
  const W = chart.width + PAD * 2;
  const parts: string[] = [];
  let y = PAD;
  for (const line of wrapText(t.title, 22, chart.width, { weight: 700 })) {
    y += 26;
    parts.push(text(line, { x: PAD, y, 'font-size': 22, 'font-weight': 700, fill: 'var(--ink)' }));
  }
  for (const line of wrapText(t.dek, 14, chart.width)) {
    y += 19;
    parts.push(text(line, { x: PAD, y, 'font-size': 14, fill: 'var(--ink-muted)' }));
  }
  y += 16;
  // The chart nests as its own <svg>: its viewBox keeps its drawing; x, y, width and height place it.
  parts.push(frame(chart, { at: { x: PAD, y } }).svg);
  y += chart.height + 18;
  parts.push(el('line', { x1: PAD, x2: W - PAD, y1: y - 10, y2: y - 10, stroke: 'var(--rule)' }));
  for (const line of [...wrapText(t.source, 12, chart.width), ...wrapText(`${t.licence} ${t.url}`, 12, chart.width)]) {
    y += 16;
    parts.push(text(line, { x: PAD, y, 'font-size': 12, fill: 'var(--ink-muted)' }));
  }
  const H = y + PAD;
  const root = attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${num(W)} ${num(H)}`, width: num(W), height: num(H), 'font-family': FILE_FONT_FAMILY });
  const body = el('rect', { width: W, height: H, fill: 'var(--paper)' }) + parts.join('');
  return `${XML_DECLARATION}${resolveCssVars(`<svg${root}>${body}</svg>`, tokens)}\n`;
}
