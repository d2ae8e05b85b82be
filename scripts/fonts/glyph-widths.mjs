// `npm run fonts:widths`: writes src/kit/glyph-widths.json, the advance width of every character
// our text uses, read with fontkit from the fonts we bundle, for the weights the charts and social
// cards draw with. Run it again after upgrading a font package; the table is committed, so the build
// never parses a font.
//
// Why the static TTFs from @expo-google-fonts and not the site's variable woff2: fontkit cannot make
// an instance of a WOFF2 variable font (its variation copy loses the cmap), and the static files are
// the same release (Inter "Version 4.001;git-66647c0bb" in both; every advance at 400 is identical).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/** Font key (family-weight, as text-width.ts names them) → the package file it is read from. */
export const FONT_FILES = {
  'sans-400': '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  'sans-600': '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  'sans-700': '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
  'serif-600': '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
};

/** Code points measured: the subsets the site's @font-face rules serve for Latin text, plus math signs labels use. */
const RANGES = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0x2248, 0x2248],
  [0x2264, 0x2265],
];

/**
 * Open one of our fonts by its key (each file holds one font, not a collection).
 * @param {keyof typeof FONT_FILES} key
 * @returns {import('fontkit').Font}
 */
export function openFont(key) {
  return /** @type {import('fontkit').Font} */ (fontkit.openSync(require.resolve(FONT_FILES[key])));
}

/**
 * The table for one font: advances in font units, by character, and the fallback for the rest.
 * @param {keyof typeof FONT_FILES} key
 */
function measure(key) {
  const font = openFont(key);
  /** @type {Record<string, number>} */
  const widths = {};
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const glyph = font.glyphForCodePoint(cp);
      if (glyph.id !== 0) widths[String.fromCodePoint(cp)] = glyph.advanceWidth;
    }
  }
  // A character outside the table is drawn by whatever font the reader has: assume a wide letter.
  const fallback = font.glyphForCodePoint(0x6f /* o */).advanceWidth;
  return { file: FONT_FILES[key], version: font.version, unitsPerEm: font.unitsPerEm, fallback, widths };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../../src/kit/glyph-widths.json', import.meta.url));
  const keys = /** @type {(keyof typeof FONT_FILES)[]} */ (Object.keys(FONT_FILES));
  const table = Object.fromEntries(keys.map((k) => [k, measure(k)]));
  writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`wrote ${out}: ${Object.entries(table).map(([k, t]) => `${k} ${Object.keys(t.widths).length} chars`).join(', ')}`);
}
