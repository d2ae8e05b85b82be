// The host page's colour scheme, as a reader sees it. A site's own theme switch usually does not
// change `prefers-color-scheme` (mode-watcher#164), so explicit page signals come first and the
// media query last (the idea of Observable Framework's dark.ts).
import type { Scheme } from '../../../lib/embed-protocol';

/** What the host page tells us about its theme, read from the DOM (see readSignals in host.ts). */
export interface SchemeSignals {
  /** Values of theme attributes on <html> and <body> (data-theme, data-color-scheme, data-mode, data-bs-theme). */
  attributes: readonly string[];
  /** Class names on <html> and <body>. */
  classes: readonly string[];
  /** Computed `color-scheme` of <html> ("normal", "light", "dark", "light dark", "only dark" …). */
  colorScheme: string;
  /** Computed background colours of <body> then <html>, as CSS colour strings. */
  backgrounds: readonly string[];
  /** Does `prefers-color-scheme: dark` match? */
  prefersDark: boolean;
}

/** A scheme named by a single word, or null ("dark", "theme-dark", "dark-mode" → dark). */
function named(value: string): Scheme | null {
  const v = value.toLowerCase();
  if (/(^|[-_\s])(dark|night)($|[-_\s])/.test(v)) return 'dark';
  if (/(^|[-_\s])(light|day)($|[-_\s])/.test(v)) return 'light';
  return null;
}

/** Relative luminance (0–1) of an opaque rgb()/rgba() colour, or null when transparent or unparsable. */
export function luminance(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const s = parseFloat(c ?? '0') / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The host's scheme: a theme attribute, then a theme class, then a single computed color-scheme, then
 * an opaque background's luminance. Only a page that opts in to both schemes ("light dark") follows
 * the media query; a page that says nothing is drawn on the default white canvas, so it is light.
 */
export function schemeFrom(s: SchemeSignals): Scheme {
  for (const a of s.attributes) {
    const n = named(a);
    if (n) return n;
  }
  // Classes: only exact words, so "darkroom-gallery" does not count.
  for (const c of s.classes) {
    const lc = c.toLowerCase();
    if (lc === 'dark' || lc === 'dark-mode' || lc === 'theme-dark') return 'dark';
    if (lc === 'light' || lc === 'light-mode' || lc === 'theme-light') return 'light';
  }
  const cs = s.colorScheme.replace(/\bonly\b/, '').trim();
  if (cs === 'dark' || cs === 'light') return cs;
  for (const bg of s.backgrounds) {
    const l = luminance(bg);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return /\bdark\b/.test(cs) && s.prefersDark ? 'dark' : 'light';
}
