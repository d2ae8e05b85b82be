// The iframe height a snippet carries for hosts without /embed.js (or before it runs): an estimate of
// the embed page's content height from the chart's SVG sizes and its text, computed per chart.
// The numbers mirror the embed page's CSS (EmbedLayout + Chart's figure styles); a browser test
// checks at phone widths that the real content always fits, and that the estimate is not wasteful.
import { wrapText } from '../../kit/text-width';

/** Size of one rendered SVG layout in user units. */
export interface Box {
  width: number;
  height: number;
}

/** What the embed page shows, as far as its height goes. */
export interface EmbedContent {
  title: string;
  dek: string;
  /** Source and licence line. */
  source: string;
  notes: readonly string[];
  /** Illustrations carry one more caption line ("Illustration, not data."). */
  illustrative?: boolean | undefined;
  /** Wide and narrow SVG layouts (the narrow one is shown below {@link METRICS.narrowBelow} px of figure). */
  wide: Box;
  narrow: Box;
}

/** CSS pixel metrics of the embed page (root font size 15 px). Keep in step with EmbedLayout.astro. */
export const METRICS = {
  /** Padding around the content (top and bottom, left and right). */
  pad: 12,
  title: { size: 18.75, line: 1.25 },
  dek: { size: 14.25, line: 1.45, gap: 3.75 },
  /** Gap above the chart. */
  chartGap: 11.25,
  /** Figure widths below which the narrow layout shows; max widths of each layout (Chart's CSS). */
  narrowBelow: 600,
  wideMax: 840,
  narrowMax: 450,
  caption: { size: 12.75, line: 1.45, gap: 11.25, notesGap: 5.25 },
  /** "Show data" toggle: gap above and one line at 13.5 px. */
  toggle: { size: 13.5, line: 1.45, gap: 11.25 },
  /** The link back to the chart page. */
  credit: { size: 12.75, line: 1.45, gap: 7.5 },
} as const;

/**
 * Frame widths the fallback must fit: phones and a common article column. Between about 480 and
 * 620 px the narrow layout is drawn at its largest, taller than anywhere else; sizing every snippet
 * for that band would leave a large gap everywhere else, so there (and only without /embed.js) the
 * frame scrolls instead. It never clips: snippets do not set scrolling="no".
 */
export const FALLBACK_WIDTHS = [320, 360, 375, 414, 700] as const;

/** Height of wrapped text: Inter advance widths, which run wider than system fonts, so lines are over-counted, not under. */
function textHeight(s: string, m: { size: number; line: number }, width: number): number {
  return s ? wrapText(s, m.size, width).length * m.size * m.line : 0;
}

/** Estimated content height (px) of the embed page in a frame `frameWidth` px wide. */
export function contentHeight(c: EmbedContent, frameWidth: number, creditText: string): number {
  const M = METRICS;
  const w = frameWidth - 2 * M.pad;
  const svg = w < M.narrowBelow ? c.narrow.height * (Math.min(w, M.narrowMax) / c.narrow.width) : c.wide.height * (Math.min(w, M.wideMax) / c.wide.width);
  const captionText = [c.source, ...(c.illustrative ? ['Illustration, not data.'] : []), ...c.notes];
  return (
    2 * M.pad +
    textHeight(c.title, M.title, w) +
    M.dek.gap +
    textHeight(c.dek, M.dek, w) +
    M.chartGap +
    svg +
    M.caption.gap +
    captionText.reduce((h, t, i) => h + textHeight(t, M.caption, i === 0 ? w : w - 18) + (i === 1 ? M.caption.notesGap : 0), 0) +
    M.toggle.gap +
    M.toggle.size * M.toggle.line +
    M.credit.gap +
    textHeight(creditText, M.credit, w)
  );
}

/**
 * Slack for fonts that wrap a line sooner than our glyph table counts (measured: Debian's default
 * sans). 6%: since text is measured from Inter's own widths (no longer over-counted), 4% fell short
 * by up to 1.5% on phone-width frames.
 */
export const FONT_SLACK = 1.06;

/**
 * The snippet's fixed height: the tallest estimate over {@link FALLBACK_WIDTHS}, {@link FONT_SLACK} more for fonts
 * that wrap a line sooner than we count (measured: Debian's default sans), rounded up to 10 px.
 */
export function fallbackHeight(c: EmbedContent, creditText: string): number {
  const tallest = Math.max(...FALLBACK_WIDTHS.map((w) => contentHeight(c, w, creditText)));
  return Math.ceil((tallest * FONT_SLACK + 8) / 10) * 10;
}

/**
 * Host margins a phone column may have around the frame (px, both sides together): a frame in a host
 * page `v` px wide is between `v - HOST_MARGIN` and `v` px wide.
 */
export const HOST_MARGIN = 48;

/** Phone viewports (CSS px) the narrow fallback is fitted over: small Android to large iPhone. */
export const PHONE_VIEWPORTS = [320, 360, 375, 390, 414, 430] as const;

/** A frame height that follows the host's viewport width: `base + perVw × 1vw` px. */
export interface NarrowFallback {
  base: number;
  perVw: number;
}

/**
 * The fallback for phone-width hosts, where the fixed {@link fallbackHeight} (sized for the tallest
 * case up to a 700 px column) would leave a gap under the chart: a line in the viewport width that
 * lies above the estimate for every frame width a phone column can give (same 4% + 8 px margin as
 * the fixed height). The snippet uses min(fixed, line), so wide hosts keep the fixed height.
 */
export function narrowFallback(c: EmbedContent, creditText: string): NarrowFallback {
  const need = (v: number) => {
    let h = 0;
    for (let w = v - HOST_MARGIN; w <= v; w += 8) h = Math.max(h, contentHeight(c, w, creditText) * FONT_SLACK + 8);
    return h;
  };
  const first = Math.min(...PHONE_VIEWPORTS);
  const last = Math.max(...PHONE_VIEWPORTS);
  const slope = (need(last) - need(first)) / (last - first);
  // Raise the line until no phone viewport needs more than it gives.
  const base = Math.max(...PHONE_VIEWPORTS.map((v) => need(v) - slope * v));
  return { base: Math.ceil(base), perVw: Math.ceil(slope * 100 * 100) / 100 };
}
