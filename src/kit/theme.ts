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

/** Family names as the bundled TTF files declare them (what the PNG renderer, resvg, has). */
export const TTF_FAMILIES = { serif: 'Source Serif 4', sans: 'Inter' } as const;

/** Font stack for chart text: the site's Inter, then the TTF family the PNG renderer has, then system. */
export const FONT_FAMILY = `'Inter Variable', ${TTF_FAMILIES.sans}, system-ui, sans-serif`;

/** Font family of files that leave the page (standalone SVG/PNG): the TTF family the PNG renderer has. */
export const FILE_FONT_FAMILY = `${TTF_FAMILIES.sans}, sans-serif`;

/** Variant names in render order. */
export const VARIANT_NAMES = ['wide', 'narrow'] as const;

/** A variant's name. */
export type VariantName = (typeof VARIANT_NAMES)[number];

/** One layout variant: its width in user units, text sizes and font family. */
export interface Variant {
  name: VariantName;
  width: number;
  fontSize: number;
  smallFontSize: number;
  fontFamily: string;
}

/** Layout variants: the wide one for containers ≥ 600 px, the narrow one below (phones). */
export const VARIANTS: Readonly<Record<VariantName, Variant>> = {
  // 720 units shown at ≥ 600 px keeps 14-unit text ≥ 11.6 px.
  wide: { name: 'wide', width: 720, fontSize: 14, smallFontSize: 13, fontFamily: FONT_FAMILY },
  // 340 units shown in a 328 px column (360 px phone) keeps 12-unit text ≥ 11.5 px.
  narrow: { name: 'narrow', width: 340, fontSize: 12, smallFontSize: 12, fontFamily: FONT_FAMILY },
};

/** The variant drawn into standalone files: the wide layout with the file font. */
export const FILE_VARIANT: Variant = { ...VARIANTS.wide, fontFamily: FILE_FONT_FAMILY };

/** A paper-coloured halo behind chart text, so gridlines and lines never cut through labels. */
export const LABEL_HALO = { stroke: COLORS.paper, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;
