import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { TTF_FAMILIES } from '../theme';

// Why static TTFs from @expo-google-fonts: resvg reads only TTF/OTF (not the site's woff2), and these
// are the same families the site uses (Inter, Source Serif 4), so cards look right on any machine.
const require = createRequire(import.meta.url);

/** Font family names as the TTF files declare them; use these in card SVGs. */
export const CARD_FONTS = TTF_FAMILIES;

const FILES = [
  '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
];

/** Absolute paths of the card fonts; throws naming the missing file so a broken install is obvious. */
export function cardFontFiles(): string[] {
  return FILES.map((f) => {
    const path = require.resolve(f);
    if (!existsSync(path)) throw new Error(`social cards: font file missing: ${f}`);
    return path;
  });
}
