import { lightTokens, resolveCssVars } from '../kit/theme-colors';
import { attrs, el, num, text } from '../kit/svg';
import { wrapText } from '../kit/text-width';
import type { RenderedSvg } from '../kit/frame';

/** What a standalone image states around the chart. */
export interface StandaloneText {
  title: string;
  dek: string;
  source: string;
  licence: string;
  url: string;
}

const PAD = 24;
const FONT = 'Inter, sans-serif';

/**
 * A self-contained SVG file: title and dek above, source, licence and link below, colours resolved
 * to the light theme (no CSS variables outside the page) and the font named as the PNG renderer has it.
 */
export function standaloneSvg(chart: RenderedSvg, t: StandaloneText): string {
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
  // The chart's own <svg> nests as is: its viewBox keeps its drawing; width/height place it.
  const inner = chart.svg.replace(/^<svg([^>]*)\swidth="100%"/, `<svg$1 x="${PAD}" y="${num(y)}" width="${num(chart.width)}" height="${num(chart.height)}"`);
  parts.push(inner);
  y += chart.height + 18;
  parts.push(el('line', { x1: PAD, x2: W - PAD, y1: y - 10, y2: y - 10, stroke: 'var(--rule)' }));
  for (const line of [...wrapText(t.source, 12, chart.width), ...wrapText(`${t.licence} ${t.url}`, 12, chart.width)]) {
    y += 16;
    parts.push(text(line, { x: PAD, y, 'font-size': 12, fill: 'var(--ink-muted)' }));
  }
  const H = y + PAD;
  const root = attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${num(W)} ${num(H)}`, width: num(W), height: num(H), 'font-family': FONT });
  const body = el('rect', { width: W, height: H, fill: 'var(--paper)' }) + parts.join('');
  return resolveCssVars(`<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}>${body}</svg>\n`, tokens).replace(/font-family="'Inter Variable', Inter, system-ui, sans-serif"/g, `font-family="${FONT}"`);
}
