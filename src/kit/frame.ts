import type { Variant } from './theme';
import { attrs, num } from './svg';

/** What a chart draws for one variant, before it is framed: the SVG body and its size in user units. */
export interface Drawing {
  body: string;
  width: number;
  height: number;
  variant: Variant;
}

/** A rendered chart variant: an SVG string plus its size in user units. */
export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Ids of the elements that name and describe a chart on its page (the root <svg> points at them). */
export interface ChartTextIds {
  title: string;
  desc: string;
}

/** The ids of a chart's title and description elements: the figure renders them, the SVG references them. */
export function chartTextIds(chartId: string): ChartTextIds {
  return { title: `chart-${chartId}-title`, desc: `chart-${chartId}-desc` };
}

/** How a frame is placed: named by the page's title/description, or nested at a position in a larger SVG. */
export interface FrameOptions {
  /** An image named by the page's title and description elements (role="img"). */
  labelledBy?: ChartTextIds;
  /**
   * Nested in another SVG at (x, y), instead of filling its container: at its own size, or scaled to fit
   * width × height (the viewBox keeps the whole drawing; SVG's default aspect rule centres it).
   */
  at?: { x: number; y: number; width?: number; height?: number };
}

/**
 * Wrap chart content in the root <svg>: viewBox for scaling, width 100% so it fills its container,
 * no fixed height (the aspect ratio comes from the viewBox, so the box is known before paint: no shift).
 */
export function frame(d: Drawing, opts: FrameOptions = {}): RenderedSvg {
  const { body, width, height, variant } = d;
  const size = opts.at
    ? { x: num(opts.at.x), y: num(opts.at.y), width: num(opts.at.width ?? width), height: num(opts.at.height ?? height) }
    : { width: '100%' };
  const root = attrs({
    role: opts.labelledBy ? 'img' : undefined,
    'aria-labelledby': opts.labelledBy?.title,
    'aria-describedby': opts.labelledBy?.desc,
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    ...size,
    class: 'chart-svg',
    'data-variant': variant.name,
    'font-family': variant.fontFamily,
    'font-size': variant.fontSize,
  });
  return { svg: `<svg${root}>${body}</svg>`, width, height };
}
