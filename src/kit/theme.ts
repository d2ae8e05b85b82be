/**
 * The one chart theme. Every colour is a CSS custom property from src/styles/tokens.css, written as
 * `var(--…)` so light, dark and print restyle the same SVG without a re-render. Files meant to leave
 * the page (SVG/PNG downloads) resolve these to the light values (see standalone.ts).
 */

/** Colour per concept (the same meaning everywhere on the site). */
export const COLORS = {
  writing: 'var(--c-writing)',
  images: 'var(--c-images)',
  ai: 'var(--c-ai)',
  other: 'var(--c-other)',
  software: 'var(--c-software)',
  positive: 'var(--c-positive)',
  negative: 'var(--c-negative)',
  annotation: 'var(--c-annotation)',
  highlight: 'var(--c-highlight)',
  ink: 'var(--ink)',
  inkMuted: 'var(--ink-muted)',
  grid: 'var(--grid)',
  rule: 'var(--rule)',
  paper: 'var(--paper)',
} as const;

/** A colour from {@link COLORS}. */
export type ThemeColor = (typeof COLORS)[keyof typeof COLORS];

/** Font stack for chart text: the site's Inter, then the TTF family the PNG renderer has, then system. */
export const FONT_FAMILY = "'Inter Variable', Inter, system-ui, sans-serif";

/** Layout variants: the wide one for containers ≥ 600 px, the narrow one below (phones). */
export const VARIANTS = {
  // 720 units shown at ≥ 600 px keeps 14-unit text ≥ 11.6 px.
  wide: { name: 'wide', width: 720, fontSize: 14, smallFontSize: 13 },
  // 340 units shown in a 328 px column (360 px phone) keeps 12-unit text ≥ 11.5 px.
  narrow: { name: 'narrow', width: 340, fontSize: 12, smallFontSize: 12 },
} as const;

/** One layout variant. */
export type Variant = (typeof VARIANTS)[keyof typeof VARIANTS];

/** Variant names in render order. */
export const VARIANT_NAMES = ['wide', 'narrow'] as const;

/** A variant's name. */
export type VariantName = (typeof VARIANT_NAMES)[number];
