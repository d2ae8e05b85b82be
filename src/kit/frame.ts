import { FONT_FAMILY, type Variant } from './theme';
import { attrs, num } from './svg';

/** A rendered chart variant: an SVG string plus its size in user units. */
export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * Wrap chart content in the root <svg>: viewBox for scaling, width 100% so it fills its container,
 * no fixed height (the aspect ratio comes from the viewBox, so the box is known before paint: no shift).
 */
export function frame(body: string, width: number, height: number, variant: Variant): RenderedSvg {
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    width: '100%',
    class: 'chart-svg',
    'data-variant': variant.name,
    'font-family': FONT_FAMILY,
    'font-size': variant.fontSize,
  });
  return { svg: `<svg${root}>${body}</svg>`, width, height };
}
